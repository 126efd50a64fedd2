import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetHarbourCorpus } from '../support/corpus-reset.js';
import { type AttachedFile, corpusCommand } from '../support/corpus-interactions.js';
import { HARBOUR_REPORTS, reportFile, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { type Actor, ROLE_MODERATOR, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const RADIO = reportFile({
  id: 'radio',
  source: 'City Radio',
  title: 'Ferry late',
  paragraphs: ['The ferry was six hours late.'],
});
const TV = reportFile({
  id: 'tv',
  source: 'Channel 9',
  title: 'Harbour news',
  paragraphs: ['Gulls circled the pier.'],
});
const AUDIT_CHANNEL_ID = '400000000000000077';

let corpus: TempCorpus;
let bot: TestBot;
let historyDir: string;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  historyDir = path.join(mkdtempSync(path.join(tmpdir(), 'citebot-history-')), 'history');
  bot = await startTestBot({ corpus, env: { CORPUS_HISTORY_DIR: historyDir, AUDIT_CHANNEL_ID } });
});
beforeEach(() => resetHarbourCorpus(corpus, bot.live));
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

/** The file `content`, served by the fake Discord's file server as an attachment named `name`. */
function attach(name: string, content: string | Uint8Array, size?: number): AttachedFile {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { filename: name, url: bot.fake.serveFile(name, bytes), size: size ?? bytes.byteLength };
}

function add(file: AttachedFile, options: { replace?: boolean; actor?: Actor } = {}) {
  const values = { file, ...(options.replace === undefined ? {} : { replace: options.replace }) };
  return bot.respond(corpusCommand('add', values, options.actor ?? SERVER_MANAGER));
}

const files = () => readdirSync(corpus.dir).sort();

describe('/corpus add', () => {
  it('writes a valid report as <id>.md, reloads, and replies privately with the diff', async () => {
    const before = bot.live.index.corpus.version;

    const reply = await add(attach('my upload.md', RADIO));

    const after = bot.live.index.corpus.version;
    expect(reply).toMatchObject({ type: 5, ephemeral: true });
    expect(reply.data.content).toBe(
      [
        `Added report \`radio\` as \`radio.md\` (content \`${hashOf(RADIO)}\`).`,
        `Reloaded the corpus: version \`${before}\` → \`${after}\` (3 reports, 6 paragraphs).`,
        '**Sources added:** City Radio (radio)',
        '**Sources removed:** none',
        '**Sources changed:** none',
        '**Paragraphs added** (1): radio#1',
        '**Paragraphs removed** (0): none',
        '**Paragraphs changed** (0): none',
      ].join('\n'),
    );
    expect(files()).toEqual(['daily.md', 'radio.md', 'wire.md']);
    expect(readFileSync(path.join(corpus.dir, 'radio.md'), 'utf8')).toBe(RADIO);
    const answer = await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }));
    expect(answer.data.embeds[0].footer.text).toBe('radio#1');
  });

  it('lists every problem of an invalid file as file:line: message, and writes nothing', async () => {
    const version = bot.live.index.corpus.version;
    const broken = '---\nid: radio\nsource: City Radio\npublished: yesterday\nautor: Me\n---\n\nLate.\n';

    const reply = await add(attach('radio.md', broken));

    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      [
        'The report was not added: 3 problems. Nothing was written. Fix the file and add it again.',
        '```',
        'radio.md:2: "title" is required',
        'radio.md:4: "published" must be an ISO date like 2024-02-20 (a real calendar date)',
        'radio.md:5: unknown key "autor" (allowed: id, source, title, author, published, url, credits)',
        '```',
      ].join('\n'),
    );
    expect(files()).toEqual(['daily.md', 'wire.md']);
    expect(bot.live.index.corpus.version).toBe(version);
  });

  it('checks the file together with the rest of the corpus: a problem elsewhere stops it too', async () => {
    corpus.write('notes.txt', 'not a report');

    const reply = await add(attach('radio.md', RADIO));

    expect(reply.data.content).toBe(
      [
        'The report was not added: 1 problem. Nothing was written. Fix the file and add it again.',
        '```',
        'notes.txt: is not a Markdown file: corpus files must be named *.md',
        '```',
      ].join('\n'),
    );
    expect(files()).toEqual(['daily.md', 'notes.txt', 'wire.md']);
  });

  it('refuses an id that exists already, unless replace:true', async () => {
    const daily = reportFile({ ...HARBOUR_REPORTS['daily.md'], paragraphs: ['The ferry docked.'] });

    const reply = await add(attach('daily-v2.md', daily));

    expect(reply.data.content).toBe(
      'A report with the id "daily" exists already (daily.md). To replace it, run /corpus add again with ' +
        'replace:true; its current file is kept in the history.',
    );
    expect(readFileSync(path.join(corpus.dir, 'daily.md'), 'utf8')).toBe(reportFile(HARBOUR_REPORTS['daily.md']));
  });

  it('counts an id used by a file of any name', async () => {
    corpus.write('older-radio.md', RADIO);
    await bot.live.reload();

    const reply = await add(attach('radio.md', RADIO));

    expect(reply.data.content).toMatch(/^A report with the id "radio" exists already \(older-radio\.md\)\./u);
    expect(files()).toEqual(['daily.md', 'older-radio.md', 'wire.md']);
  });

  it('refuses to overwrite the file of a report with another id', async () => {
    // A report of another id already sits in tv.md: the new "tv" report would need that name.
    corpus.write('tv.md', reportFile({ id: 'harbour-tv', source: 'Channel 9', title: 'Pier', paragraphs: ['Gulls.'] }));
    await bot.live.reload();

    const reply = await add(attach('tv.md', TV));

    expect(reply.data.content).toBe(
      'tv.md is the file of another report, so "tv" cannot be written there. Give the report another id.',
    );
  });

  it('with replace:true, keeps the old file in the history, writes the new one and lists what changed', async () => {
    const old = reportFile(HARBOUR_REPORTS['wire.md']);
    const wire = reportFile({
      ...HARBOUR_REPORTS['wire.md'],
      paragraphs: ['A storm delayed the ferry.', 'Port officials said so.', 'Nobody was hurt.'],
    });
    const before = bot.live.index.corpus.version;

    const reply = await add(attach('wire.md', wire), { replace: true });

    const after = bot.live.index.corpus.version;
    const [kept] = readdirSync(historyDir).filter((name) => name.endsWith('.md'));
    expect(kept).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z_wire_${hashOf(old)}\\.md$`, 'u'),
    );
    expect(readFileSync(path.join(historyDir, kept ?? ''), 'utf8')).toBe(old);
    expect(readFileSync(path.join(corpus.dir, 'wire.md'), 'utf8')).toBe(wire);
    expect(reply.data.content).toBe(
      [
        `Replaced report \`wire\` as \`wire.md\` (content \`${hashOf(wire)}\`). The old file is kept in the history as \`${kept}\`.`,
        `Reloaded the corpus: version \`${before}\` → \`${after}\` (2 reports, 6 paragraphs).`,
        '**Sources added:** none',
        '**Sources removed:** none',
        '**Sources changed:** none',
        '**Paragraphs added** (1): wire#3',
        '**Paragraphs removed** (0): none',
        '**Paragraphs changed** (2): wire#1, wire#2',
      ].join('\n'),
    );
  });

  it('runs two moderators adding at once one after the other, and each reply tells what it did', async () => {
    const v0 = bot.live.index.corpus.version;

    const [first, second] = await Promise.all([
      add(attach('radio.md', RADIO)),
      add(attach('tv.md', TV), { actor: ROLE_MODERATOR }),
    ]);

    expect(files()).toEqual(['daily.md', 'radio.md', 'tv.md', 'wire.md']);
    const summaries = [first, second].map((reply) => {
      const [, versions, added] = (reply.data.content as string).split('\n');
      const [, from, to, reports] = /version `(\w+)` → `(\w+)` \((\d) reports/u.exec(versions ?? '') ?? [];
      return { from, to, reports, added };
    });
    const [earlier, later] = summaries.sort((a, b) => String(a.reports).localeCompare(String(b.reports)));
    expect(earlier).toMatchObject({ from: v0, reports: '3' });
    expect(later).toMatchObject({ from: earlier?.to, to: bot.live.index.corpus.version, reports: '4' });
    expect([earlier?.added, later?.added].sort()).toEqual([
      '**Sources added:** Channel 9 (tv)',
      '**Sources added:** City Radio (radio)',
    ]);
  });
});

describe('/corpus: the audit', () => {
  const notices = () =>
    bot.fake.requests.filter((request) => request.path === `/api/v10/channels/${AUDIT_CHANNEL_ID}/messages`);

  it('logs each change with who, what, which report, its hash and the result, and posts a notice that pings nobody', async () => {
    const before = notices().length;
    const changes = () => bot.logs.entries().filter((entry) => entry.msg === 'corpus change');
    const loggedBefore = changes().length;

    await add(attach('radio.md', RADIO), { actor: ROLE_MODERATOR });
    await add(attach('radio.md', RADIO));

    const [added, refused] = notices().slice(before);
    expect(added?.body).toEqual({
      content: `role-mod (${ROLE_MODERATOR.id}) ran /corpus add: report \`radio\`, content \`${hashOf(RADIO)}\`: added.`,
      allowed_mentions: { parse: [] },
    });
    expect(refused?.body.content).toBe(
      `manager (${SERVER_MANAGER.id}) ran /corpus add: report \`radio\`, content \`${hashOf(RADIO)}\`: refused.`,
    );
    await bot.logs.waitFor(() => changes().length === loggedBefore + 2);
    const [log] = changes().slice(loggedBefore);
    expect(log.audit).toEqual({
      moderatorId: ROLE_MODERATOR.id,
      moderatorName: 'role-mod',
      command: 'corpus add',
      reportId: 'radio',
      contentHash: hashOf(RADIO),
      result: 'added',
    });
  });
});

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
