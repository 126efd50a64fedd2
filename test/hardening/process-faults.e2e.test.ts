/**
 * Errors nothing caught, in the built bot running as a process: an unhandled
 * rejection is logged with its context and the bot keeps serving; an uncaught
 * exception is logged and the process exits 1 for its supervisor. Neither
 * prints the token, though the errors contain it.
 */
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { guardProcess, runForInteraction } from '../../src/bot/process-guards.js';
import { ensureBuilt, type RunningProgram, runProgram } from '../support/built-program.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { FakeDiscord, TEST_TOKEN } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';
import { captureLogs } from '../support/log-capture.js';

const BOT = 'src/bot/main.js';
const PRELOAD = fileURLToPath(new URL('../support/fault-preload.mjs', import.meta.url));
let corpus: TempCorpus;

beforeAll(() => {
  ensureBuilt([BOT]);
  corpus = tempCorpus(HARBOUR_REPORTS);
}, 120_000);
afterAll(() => corpus?.cleanup());

/** The bot's JSON log lines so far. */
const linesOf = (bot: RunningProgram) =>
  bot
    .stdout()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** Starts the built bot with the fault preload, logged in to `fake`. */
async function startFaultyBot(fake: FakeDiscord, fault: 'rejection' | 'exception'): Promise<RunningProgram> {
  const bot = runProgram(
    BOT,
    { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpus.dir, CITEBOT_TEST_FAULT: fault },
    { nodeArgs: ['--import', PRELOAD] },
  );
  await bot.waitForOutput('citebot is online');
  return bot;
}

describe('an error nothing caught, in the running bot', () => {
  it('an unhandled rejection is logged with its context, and the bot keeps serving', async () => {
    const fake = await FakeDiscord.start();
    const bot = await startFaultyBot(fake, 'rejection');
    try {
      bot.child.kill('SIGUSR2');
      await bot.waitForOutput('unhandled promise rejection; still serving');

      const reply = await fake.sendInteraction(slashCommand('sources'));
      expect(reply.body.data.embeds[0].title).toBe('2 reports loaded');
      const logged = linesOf(bot).find((line) => line.msg === 'unhandled promise rejection; still serving');
      expect(logged).toMatchObject({ level: 50, origin: 'unhandledRejection', inFlight: 0 });
      expect(logged.err.message).toBe('simulated rejection; the token was [redacted]');
      expect(logged.err.stack).toContain('fault-preload.mjs');
      expect(logged.uptimeSeconds).toBeGreaterThanOrEqual(0);

      bot.child.kill('SIGTERM');
      expect(await bot.exited()).toBe(0);
      expect(bot.stdout() + bot.stderr()).not.toContain(TEST_TOKEN);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.close();
    }
  });

  it('an uncaught exception is logged as fatal and the process exits 1, so a supervisor restarts it', async () => {
    const fake = await FakeDiscord.start();
    const bot = await startFaultyBot(fake, 'exception');
    try {
      bot.child.kill('SIGUSR2');

      expect(await bot.exited()).toBe(1);
      const fatal = linesOf(bot).at(-1);
      expect(fatal).toMatchObject({
        level: 60,
        msg: 'uncaught exception; exiting so a supervisor restarts citebot',
        origin: 'uncaughtException',
      });
      expect(fatal.err.message).toBe('simulated crash; the token was [redacted]');
      expect(bot.stderr()).toBe('');
      expect(bot.stdout()).not.toContain(TEST_TOKEN);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.close();
    }
  });
});

describe('the context logged with an error nothing caught', () => {
  it('names the interaction whose work raised it', () => {
    const logs = captureLogs();
    const logger = createLogger({ level: 'info', destination: logs.destination });
    const emitter = new EventEmitter();
    const exits: number[] = [];
    guardProcess(logger, () => 3, {
      on: (event: string, listener: (error: unknown, origin?: unknown) => void) => emitter.on(event, listener),
      exit: (code) => void exits.push(code),
      uptime: () => 42.4,
    });
    const trace = { interactionId: '700000000000000001', command: 'ask', userId: '500000000000000001' };

    runForInteraction(trace, () => emitter.emit('uncaughtException', new TypeError('boom'), 'uncaughtException'));

    expect(logs.entries()[0]).toMatchObject({
      level: 60,
      interaction: trace,
      inFlight: 3,
      uptimeSeconds: 42,
      err: { type: 'TypeError', message: 'boom' },
    });
    expect(exits).toEqual([1]);
  });
});
