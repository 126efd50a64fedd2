/**
 * Every way a moderator's corpus edit can go wrong, reloaded through Discord:
 * /reload names the problem exactly, and /ask keeps answering from the corpus
 * that was serving before.
 */
import { execFileSync } from 'node:child_process';
import { renameSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/load.js';
import { buildIndex } from '../../src/engine/build.js';
import { LiveCorpus } from '../../src/service/live-corpus.js';
import { HARBOUR_REPORTS, reportFile, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { SERVER_MANAGER } from '../support/discord-fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const RADIO = { id: 'radio', source: 'City Radio', title: 'Ferry late', paragraphs: ['The ferry was six hours late.'] };

let corpus: TempCorpus;
let bot: TestBot;
/** What happens to a file between opening and reading it, in the next reload. */
let whileReading: ((file: string) => void) | undefined;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  const first = await checkCorpus(corpus.dir);
  if (!first.ok) throw new Error('fixture corpus is invalid');
  const live = new LiveCorpus(buildIndex(first.corpus), () =>
    checkCorpus(corpus.dir, { whileReading: (file) => whileReading?.(file) }),
  );
  bot = await startTestBot({ corpus, live });
});
beforeEach(async () => {
  whileReading = undefined;
  execFileSync('find', [corpus.dir, '-mindepth', '1', '-delete']);
  for (const [file, report] of Object.entries(HARBOUR_REPORTS)) corpus.write(file, report);
  const reset = await bot.live.reload();
  if (!reset.ok) throw new Error(`could not reset the corpus: ${JSON.stringify(reset.problems)}`);
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

/** Runs /reload as a moderator and checks it refused with exactly `problems`, still serving what it served. */
async function expectRefused(problems: readonly string[]): Promise<void> {
  const version = bot.live.index.corpus.version;
  const reply = await bot.respond(slashCommand('reload', {}, SERVER_MANAGER));
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  expect(reply.ephemeral).toBe(true);
  expect(reply.data.content).toBe(
    [
      `The corpus was not reloaded: it has ${count}. Still serving version \`${version}\` (2 reports, 5 paragraphs). Fix the files and run /reload again.`,
      '```',
      ...problems,
      '```',
    ].join('\n'),
  );
  expect(bot.live.index.corpus.version).toBe(version);
  const answer = await bot.respond(slashCommand('ask', { question: 'how many passengers did port officials count' }));
  expect(answer.data.embeds[0].footer.text).toMatch(/^daily#3/u);
}

describe('/reload refuses a corpus file a moderator got wrong', () => {
  it('front matter that is not valid YAML', async () => {
    corpus.write('radio.md', '---\nid: radio\nsource: "City Radio\ntitle: Late\n---\n\nThe ferry was late.\n');
    await expectRefused(['radio.md:4: front matter is not valid YAML: Missing closing "quote']);
  });

  it('an unknown key', async () => {
    corpus.write(
      'radio.md',
      '---\nid: radio\nsource: City Radio\ntitle: Late\ncolour: red\n---\n\nThe ferry was late.\n',
    );
    await expectRefused([
      'radio.md:5: unknown key "colour" (allowed: id, source, title, author, published, url, credits)',
    ]);
  });

  it('an id another report already uses', async () => {
    corpus.write('radio.md', { ...RADIO, id: 'daily' });
    await expectRefused(['radio.md:2: duplicate id "daily": daily.md:2 uses it too; give each report its own id']);
  });

  it('a report with no body', async () => {
    corpus.write('radio.md', '---\nid: radio\nsource: City Radio\ntitle: Late\n---\n\n');
    await expectRefused(['radio.md:5: has no paragraphs after the front matter']);
  });

  it('a file that is not UTF-8', async () => {
    writeFileSync(
      path.join(corpus.dir, 'radio.md'),
      Buffer.concat([Buffer.from(reportFile(RADIO)), Buffer.from([0xff, 0xfe])]),
    );
    await expectRefused(['radio.md:8: is not valid UTF-8 text; save it as UTF-8']);
  });

  it('a binary file', async () => {
    writeFileSync(
      path.join(corpus.dir, 'photo.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    await expectRefused(['photo.md:3: is a binary file, not Markdown text']);
  });

  it('a 50 MB file, without reading it', async () => {
    writeFileSync(path.join(corpus.dir, 'dump.md'), '');
    truncateSync(path.join(corpus.dir, 'dump.md'), 50 * 1024 * 1024);
    await expectRefused(['dump.md: is 50.0 MB; a corpus file may be at most 5 MB']);
  });

  it('a half-written file', async () => {
    corpus.write('radio.md', reportFile(RADIO).slice(0, 30));
    await expectRefused(['radio.md:1: front matter is not closed: add a line "---" after the keys']);
  });

  it('a pipe, which would block a reader forever', async () => {
    execFileSync('mkfifo', [path.join(corpus.dir, 'pipe.md')]);
    await expectRefused(['pipe.md: is not a plain file (a pipe, socket or device); corpus files must be text files']);
  });
});

describe('/reload refuses a file that changes under it', () => {
  it('a file deleted while the reload reads it', async () => {
    corpus.write('radio.md', RADIO);
    whileReading = (file) => {
      if (file === 'radio.md') unlinkSync(path.join(corpus.dir, file));
    };
    await expectRefused(['radio.md: was removed while the corpus was being read; check the folder and try again']);
  });

  it('a file rewritten while the reload reads it, then loads it once the edit is saved', async () => {
    const edited = reportFile({ ...RADIO, paragraphs: ['The ferry was six hours late.', 'Nobody was hurt.'] });
    corpus.write('radio.md', RADIO);
    whileReading = (file) => {
      // The editor has truncated the file and written half of it when the reload reads.
      if (file === 'radio.md') writeFileSync(path.join(corpus.dir, file), edited.slice(0, edited.length / 2 + 10));
    };
    await expectRefused([
      'radio.md: changed while the corpus was being read; run /reload again once the edit is saved',
    ]);

    whileReading = undefined;
    corpus.write('radio.md', edited);
    const reply = await bot.respond(slashCommand('reload', {}, SERVER_MANAGER));
    expect(reply.data.content.split('\n')[1]).toBe('**Sources added:** City Radio (radio)');
    expect(bot.live.index.byId.get('radio#2')?.paragraph.text).toBe('Nobody was hurt.');
  });
});

describe('/reload refuses a corpus directory that is unusable', () => {
  it('CORPUS_DIR missing', async () => {
    const away = `${corpus.dir}-away`;
    renameSync(corpus.dir, away);
    try {
      await expectRefused([`${corpus.dir}: the corpus directory does not exist`]);
    } finally {
      renameSync(away, corpus.dir);
    }
  });

  it('CORPUS_DIR empty', async () => {
    corpus.remove('daily.md');
    corpus.remove('wire.md');
    await expectRefused([`${corpus.dir}: has no reports: add at least one *.md file`]);
  });

  it('a link to a file outside CORPUS_DIR, saying why', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'citebot-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), reportFile(RADIO));
      symlinkSync(path.join(outside, 'secret.md'), path.join(corpus.dir, 'linked.md'));
      await expectRefused(['linked.md: is a link to a file outside the corpus directory; copy the file in instead']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a link to a file that does not exist', async () => {
    symlinkSync(path.join(corpus.dir, 'nowhere.md'), path.join(corpus.dir, 'gone.md'));
    await expectRefused(['gone.md: is a link to a file that does not exist; remove the link or copy the file in']);
  });
});
