/** The bot's database at startup: a data folder it cannot use stops it at once, with the reason. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runProgram } from '../support/built-program.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { TEST_TOKEN } from '../support/fake-discord.js';

const BOT = 'src/bot/main.js';

const corpus: TempCorpus = tempCorpus(HARBOUR_REPORTS);
beforeAll(() => ensureBuilt([BOT]), 120_000);
afterAll(() => corpus.cleanup());

/** Runs the bot with `dataDir` until it exits, and returns what it wrote on standard error. */
async function failedStart(dataDir: string): Promise<string> {
  const bot = runProgram(BOT, {
    DISCORD_TOKEN: TEST_TOKEN,
    CORPUS_DIR: corpus.dir,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  expect(await bot.exited()).toBe(1);
  return bot.stderr();
}

describe('DATA_DIR at startup', () => {
  it('refuses to start when another running bot holds the database', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'citebot-data-'));
    // The test runner's parent process stands in for another bot: it runs for as long as the test does.
    writeFileSync(path.join(dataDir, 'unanswered.sqlite.owner'), `${process.ppid}\n`);

    expect(await failedStart(dataDir)).toBe(
      `citebot cannot start: the database in DATA_DIR (${dataDir}) cannot be opened: ` +
        `${path.join(dataDir, 'unanswered.sqlite')} is in use by process ${process.ppid}: ` +
        'give each running citebot its own DATA_DIR (delete unanswered.sqlite.owner if that process is not citebot)\n',
    );
  });

  it('refuses to start when DATA_DIR is not a folder', async () => {
    const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), 'citebot-data-')), 'data');
    writeFileSync(notAFolder, 'a file');

    expect(await failedStart(notAFolder)).toMatch(
      new RegExp(
        `^citebot cannot start: the database in DATA_DIR \\(${notAFolder.replaceAll('/', '\\/')}\\) cannot be opened: E[A-Z]+: `,
        'u',
      ),
    );
  });
});
