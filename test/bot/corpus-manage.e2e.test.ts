import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetHarbourCorpus } from '../support/corpus-reset.js';
import { corpusCommand } from '../support/corpus-interactions.js';
import { HARBOUR_REPORTS, reportFile, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { DM_USER, READER, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let corpus: TempCorpus;
let bot: TestBot;
let scratch: string;
const env = () => ({
  CORPUS_HISTORY_DIR: path.join(scratch, 'history'),
  DATA_DIR: path.join(scratch, 'data'),
});

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  scratch = mkdtempSync(path.join(tmpdir(), 'citebot-manage-'));
  bot = await startTestBot({ corpus, env: env() });
});
beforeEach(() => resetHarbourCorpus(corpus, bot.live));
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

const corpusReply = (subcommand: string, values: Record<string, string | number> = {}) =>
  bot.respond(corpusCommand(subcommand, values, SERVER_MANAGER));
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

describe('/corpus remove', () => {
  it('moves the file to the history, reloads and replies with the diff', async () => {
    const before = bot.live.index.corpus.version;
    const wire = reportFile(HARBOUR_REPORTS['wire.md']);

    const reply = await corpusReply('remove', { report: 'wire' });

    const after = bot.live.index.corpus.version;
    const kept = readdirSync(path.join(scratch, 'history')).find((name) => name.endsWith(`_wire_${hashOf(wire)}.md`));
    expect(readFileSync(path.join(scratch, 'history', kept ?? 'missing'), 'utf8')).toBe(wire);
    expect(readdirSync(corpus.dir)).toEqual(['daily.md']);
    expect(reply).toMatchObject({ type: 5, ephemeral: true });
    expect(reply.data.content).toBe(
      [
        `Removed report \`wire\` (content \`${hashOf(wire)}\`). The old file is kept in the history as \`${kept}\`.`,
        `Reloaded the corpus: version \`${before}\` → \`${after}\` (1 report, 3 paragraphs).`,
        '**Sources added:** none',
        '**Sources removed:** Wire Service (wire)',
        '**Sources changed:** none',
        '**Paragraphs added** (0): none',
        '**Paragraphs removed** (2): wire#1, wire#2',
        '**Paragraphs changed** (0): none',
      ].join('\n'),
    );
  });

  it('refuses to remove the last report, and an id no report has', async () => {
    await corpusReply('remove', { report: 'wire' });

    const last = await corpusReply('remove', { report: 'daily' });
    expect(last.data.content).toBe(
      '"daily" is the last report, and citebot needs at least one. Add another report first.',
    );
    const unknown = await corpusReply('remove', { report: 'radio' });
    expect(unknown.data.content).toBe('No report has the id "radio". /sources lists them.');
    expect(readdirSync(corpus.dir)).toEqual(['daily.md']);
  });

  it('puts the file back when the reload refuses the corpus on disk, and says so', async () => {
    corpus.write('notes.txt', 'someone saved this in the corpus folder');
    const version = bot.live.index.corpus.version;

    const reply = await corpusReply('remove', { report: 'wire' });

    expect(reply.data.content).toBe(
      [
        'The change to `wire` was undone: 1 problem. ' +
          'The corpus folder has problems of its own: fix them and try again. The bot keeps serving the corpus it had.',
        '```',
        'notes.txt: is not a Markdown file: corpus files must be named *.md',
        '```',
      ].join('\n'),
    );
    expect(readdirSync(corpus.dir).sort()).toEqual(['daily.md', 'notes.txt', 'wire.md']);
    expect(readFileSync(path.join(corpus.dir, 'wire.md'), 'utf8')).toBe(reportFile(HARBOUR_REPORTS['wire.md']));
    expect(bot.live.index.corpus.version).toBe(version);
  });
});

describe('/corpus file', () => {
  it("sends the report's current file back as an attachment named <id>.md", async () => {
    corpus.write('wire.md', `${reportFile(HARBOUR_REPORTS['wire.md'])}\nEdited on disk.\n`);
    await bot.live.reload();

    const reply = await corpusReply('file', { report: 'wire' });

    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'The current file of `wire`. Fix it and add it again with /corpus add replace:true.',
    );
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const [file] = reply.requests.at(-1)?.files ?? [];
    expect(file?.name).toBe('wire.md');
    expect(file?.bytes.toString('utf8')).toBe(readFileSync(path.join(corpus.dir, 'wire.md'), 'utf8'));
  });
});

describe('/corpus unanswered', () => {
  const ask = (question: string, actor = READER, extra: Record<string, boolean> = {}) =>
    bot.respond(slashCommand('ask', { question, ...extra }, actor));

  it('lists the questions most asked without an answer, counting near-identical ones together', async () => {
    const before = Math.floor(Date.now() / 1000);
    await ask('Who owns the lighthouse?');
    await ask('who owns the lighthouse');
    await ask('Hey, can you tell me who owns the lighthouse, please?');
    await ask('What colour is the lighthouse?');
    // Answered, private, or in a direct message: not counted.
    await ask('how late was the ferry');
    await ask('Which band played at the pier?', READER, { private: true });
    await ask('Which band played at the pier?', DM_USER);

    const reply = await corpusReply('unanswered');

    expect(reply.ephemeral).toBe(true);
    const lines = (reply.data.content as string).split('\n');
    expect(lines.map((line) => line.replace(/<t:\d+:R>/u, '<time>'))).toEqual([
      '**Questions the reports could not answer, the last 7 days** (most asked first):',
      '1. Hey, can you tell me who owns the lighthouse, please?: 3 times, last <time>',
      '2. What colour is the lighthouse?: once, last <time>',
    ]);
    const times = lines.slice(1).map((line) => Number(/<t:(\d+):R>/u.exec(line)?.[1]));
    for (const time of times) expect(time).toBeGreaterThanOrEqual(before);
    for (const time of times) expect(time).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
  });

  it('keeps the counts when the bot restarts', async () => {
    const first = await corpusReply('unanswered', { days: 1 });
    await bot.stop();
    bot = await startTestBot({ corpus, env: env() });

    await ask('what colour is the lighthouse');
    const reply = await corpusReply('unanswered', { days: 1 });

    expect(first.data.content).toContain('2. What colour is the lighthouse?: once, last');
    expect(reply.data.content).toContain('1. Hey, can you tell me who owns the lighthouse, please?: 3 times, last');
    expect(reply.data.content).toContain('2. what colour is the lighthouse: 2 times, last');
  });
});

describe('/reload and /corpus at once', () => {
  it('runs one after the other, and each reply tells what it did', async () => {
    const radio = reportFile({ id: 'radio', source: 'City Radio', title: 'Late', paragraphs: ['It was late.'] });
    const url = bot.fake.serveFile('radio.md', radio);
    const v0 = bot.live.index.corpus.version;

    const [added, reloaded] = await Promise.all([
      bot.respond(corpusCommand('add', { file: { filename: 'radio.md', url, size: radio.length } }, SERVER_MANAGER)),
      bot.respond(slashCommand('reload', {}, SERVER_MANAGER)),
    ]);

    const v1 = bot.live.index.corpus.version;
    expect((added.data.content as string).split('\n')[1]).toBe(
      `Reloaded the corpus: version \`${v0}\` → \`${v1}\` (3 reports, 6 paragraphs).`,
    );
    // Whichever ran first, the reload saw the corpus before or after the whole change, never half of it.
    expect([
      `Reloaded the corpus: nothing changed (version \`${v0}\`, 2 reports, 5 paragraphs).`,
      `Reloaded the corpus: nothing changed (version \`${v1}\`, 3 reports, 6 paragraphs).`,
    ]).toContain(reloaded.data.content);
  });
});
