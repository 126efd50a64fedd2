/**
 * The corpus faults that need the bot as a process: a corpus directory the
 * bot may not read (root reads everything, so the bot runs as an unprivileged
 * user here), and an empty corpus at startup, which the bot refuses.
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runProgram } from '../support/built-program.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { SERVER_MANAGER } from '../support/discord-fixtures.js';
import { FakeDiscord, TEST_TOKEN } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';

const BOT = 'src/bot/main.js';
/** `nobody`: a user without the privilege to read what the permissions forbid. */
const UNPRIVILEGED_UID = 65534;

beforeAll(() => ensureBuilt([BOT]), 120_000);

describe('a corpus the bot may not read', () => {
  let corpus: TempCorpus;
  beforeAll(() => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    chmodSync(corpus.dir, 0o755);
    for (const file of Object.keys(HARBOUR_REPORTS)) chmodSync(`${corpus.dir}/${file}`, 0o644);
  });
  afterAll(() => {
    chmodSync(corpus.dir, 0o755);
    corpus.cleanup();
  });

  it('/reload names the unreadable file, then the unreadable directory, and /ask answers from the old corpus', async () => {
    const fake = await FakeDiscord.start();
    const asRoot = process.getuid?.() === 0;
    // The bot must be able to write its database, wherever it runs.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'citebot-data-'));
    chmodSync(dataDir, 0o777);
    const bot = runProgram(
      BOT,
      {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: corpus.dir,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      asRoot ? { uid: UNPRIVILEGED_UID } : {},
    );
    const reload = async () => {
      const deferred = slashCommand('reload', {}, SERVER_MANAGER);
      await fake.sendInteraction(deferred);
      const edit = await fake.waitForRequest(
        (request) => request.method === 'PATCH' && request.path.includes(deferred.token),
        'the reload report',
      );
      return edit.body.content as string;
    };
    const ask = async () => {
      const reply = await fake.sendInteraction(slashCommand('ask', { question: 'how many passengers were counted' }));
      return reply.body.data.embeds[0].footer.text as string;
    };
    const refusal = (problem: string) =>
      expect.stringMatching(
        new RegExp(
          `^The corpus was not reloaded: it has 1 problem\\. Still serving version \`[0-9a-f]{12}\` \\(2 reports, 5 paragraphs\\)\\. Fix the files and run /reload again\\.\n\`\`\`\n${problem}\n\`\`\`$`,
          'u',
        ),
      );
    try {
      await bot.waitForOutput('citebot is online');

      chmodSync(`${corpus.dir}/wire.md`, 0o000);
      expect(await reload()).toEqual(refusal('wire\\.md: the file cannot be read \\(permission denied\\)'));
      expect(await ask()).toMatch(/^daily#3/u);

      chmodSync(`${corpus.dir}/wire.md`, 0o644);
      chmodSync(corpus.dir, 0o000);
      expect(await reload()).toEqual(
        refusal(`${corpus.dir.replaceAll('/', '\\/')}: the corpus directory cannot be read \\(permission denied\\)`),
      );
      expect(await ask()).toMatch(/^daily#3/u);
    } finally {
      chmodSync(corpus.dir, 0o755);
      bot.child.kill('SIGKILL');
      await fake.close();
    }
  });
});

describe('an empty corpus at startup', () => {
  it('is refused: the bot exits 1 and says how to fix it, without contacting Discord', async () => {
    const empty = tempCorpus({});
    const fake = await FakeDiscord.start();
    try {
      const bot = runProgram(BOT, {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: empty.dir,
        LOG_LEVEL: 'silent',
      });
      expect(await bot.exited()).toBe(1);
      expect(bot.stderr()).toBe(
        `citebot cannot start: The corpus has 1 problem:\n${empty.dir}: has no reports: add at least one *.md file\n`,
      );
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
      empty.cleanup();
    }
  });
});
