/**
 * Discord failing the ways it does, through the fake Discord: server errors
 * and rate limits on REST, interactions that expired, a dropped gateway and a
 * reconnect request, and handlers too slow for the 3 s deadline. The bot
 * retries as discord.js does, logs what happened, and keeps answering.
 */
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { SlashCommand } from '../../src/bot/command.js';
import { sendReply } from '../../src/bot/reply.js';
import { UserError } from '../../src/errors.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import type { RecordedRequest } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot, waitUntil } from '../support/test-bot.js';

/** Longer than the bot waits before deferring, shorter than a test's patience. */
const SLOW_MS = 2600;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers publicly, but only after SLOW_MS. */
const slow = {
  kind: 'slash',
  rateLimited: false,
  data: new SlashCommandBuilder().setName('slow').setDescription('Takes its time'),
  repliesPrivately: () => false,
  async execute(interaction) {
    await pause(SLOW_MS);
    await sendReply(interaction, { content: 'finished, slowly' });
    return {};
  },
} satisfies SlashCommand;

/** Would answer publicly, but after SLOW_MS finds the request was the user's mistake. */
const slowRefusal = {
  ...slow,
  data: new SlashCommandBuilder().setName('slow-refusal').setDescription('Takes its time, then refuses'),
  async execute() {
    await pause(SLOW_MS);
    throw new UserError('That source was removed while you waited.');
  },
} satisfies SlashCommand;

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus, commands: [...commands, slow, slowRefusal] });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

const callbacksOf = (id: string) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path.startsWith(`/api/v10/interactions/${id}/`);
const logLine = (id: string) => bot.logs.waitFor((entry) => entry.interactionId === id && entry.outcome, 10_000);

/** The bot still answers a plain question. */
async function expectServing(): Promise<void> {
  const reply = await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }));
  expect(reply.data.embeds[0].footer.text).toMatch(/^(daily|wire)#\d/u);
}

describe('REST failures', () => {
  it('retries a reply Discord failed with 500, logs each failure, and answers', async () => {
    const ask = slashCommand('ask', { question: 'how late was the ferry' });
    bot.fake.failRequests(callbacksOf(ask.id), [{ status: 500 }, { status: 500 }]);

    await bot.fake.sendInteraction(ask);

    expect(await logLine(ask.id)).toMatchObject({ outcome: 'ok', hits: 2 });
    const attempts = bot.fake.requests.filter(callbacksOf(ask.id));
    expect(attempts).toHaveLength(3);
    expect(attempts.map((attempt) => attempt.body)).toEqual([attempts[0]?.body, attempts[0]?.body, attempts[0]?.body]);
    const warnings = bot.logs
      .entries()
      .filter((entry) => entry.msg === 'Discord failed a request with a server error; retrying' && entry.retries < 2);
    expect(warnings.slice(-2)).toEqual([
      expect.objectContaining({ level: 40, status: 500, method: 'POST', route: '/interactions/:id/:token/callback' }),
      expect.objectContaining({ level: 40, status: 500, retries: 1 }),
    ]);
    await expectServing();
  });

  it('waits as long as a 429 says, logs the rate limit, and answers', async () => {
    const ask = slashCommand('ask', { question: 'how late was the ferry' });
    bot.fake.failRequests(callbacksOf(ask.id), [{ status: 429, retryAfterSeconds: 0.6 }]);

    await bot.fake.sendInteraction(ask);

    expect(await logLine(ask.id)).toMatchObject({ outcome: 'ok' });
    const [limited, retried] = bot.fake.requests.filter(callbacksOf(ask.id));
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(600);
    expect(
      await bot.logs.waitFor(
        (entry) => entry.msg === 'Discord rate limited a request; retrying after the wait it asked for',
      ),
    ).toMatchObject({ level: 40, status: 429, retryAfterSeconds: 0.6, route: '/interactions/:id/:token/callback' });
    await expectServing();
  });

  it('when Discord fails every retry, logs the error with an id, apologises once it recovers, and keeps serving', async () => {
    const ask = slashCommand('ask', { question: 'how late was the ferry' });
    bot.fake.failRequests(callbacksOf(ask.id), [{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);

    await bot.fake.sendInteraction(ask);

    const line = await logLine(ask.id);
    expect(line).toMatchObject({ level: 50, outcome: 'error', msg: 'interaction failed' });
    expect(line.err.status).toBe(500);
    const attempts = bot.fake.requests.filter(callbacksOf(ask.id));
    expect(attempts).toHaveLength(5);
    expect(attempts.at(-1)?.body.data.content).toBe(
      `Sorry, something went wrong on my side. If it keeps happening, tell a moderator the error id \`${line.errorId}\`.`,
    );
    await expectServing();
  });

  it('logs an interaction that expired (10062) once, without a reply that would fail too, and stays alive', async () => {
    const late = slashCommand('sources');
    bot.fake.expireInteraction(late.id);

    await bot.fake.sendInteraction(late);

    expect(await logLine(late.id)).toMatchObject({
      level: 40,
      outcome: 'expired',
      msg: 'interaction expired before it was answered',
      err: expect.objectContaining({ code: 10062 }),
    });
    await pause(50);
    expect(bot.fake.requests.filter(callbacksOf(late.id))).toHaveLength(1);
    await expectServing();
  });
});

describe('gateway failures', () => {
  it('resumes after the socket drops, and answers an interaction sent while it was down', async () => {
    const identified = bot.fake.identifies.length;
    const resumed = bot.fake.resumes.length;

    bot.fake.dropGatewayConnections();
    const reply = await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }));

    expect(reply.data.embeds[0].footer.text).toMatch(/^(daily|wire)#\d/u);
    expect(bot.fake.resumes).toHaveLength(resumed + 1);
    expect(bot.fake.identifies).toHaveLength(identified);
    expect(await bot.logs.waitFor((entry) => entry.msg === 'gateway session resumed')).toMatchObject({ level: 30 });
  });

  it('reconnects and resumes when Discord asks (opcode 7), then answers', async () => {
    const resumed = bot.fake.resumes.length;

    bot.fake.requestGatewayReconnect();
    const reply = await bot.respond(slashCommand('sources'));

    expect(reply.data.embeds[0].title).toBe('2 reports loaded');
    await waitUntil(() => bot.fake.resumes.length === resumed + 1, 'the client resumed');
    await expectServing();
  });
});

// Both wait out the deferral delay: run side by side.
describe.concurrent('slow handlers', () => {
  it('defers before Discord’s 3 s deadline, as the answer will be (public), then edits in the answer', async () => {
    const command = slashCommand('slow');
    const sent = performance.now();

    const reply = await bot.respond(command);

    const [deferral, edit] = reply.requests;
    expect(deferral?.body.type).toBe(5);
    expect(deferral?.body.data.flags).toBe(0);
    expect((deferral?.receivedAt ?? Number.POSITIVE_INFINITY) - sent).toBeLessThan(3000);
    expect(edit?.body).toMatchObject({ content: 'finished, slowly', allowed_mentions: { parse: [] } });
    expect(reply.ephemeral).toBe(false);
  });

  it('after a public deferral, replaces the placeholder with a private message when the answer is a refusal', async () => {
    const command = slashCommand('slow-refusal');

    await bot.fake.sendInteraction(command);
    const followUp = await bot.fake.waitForRequest(
      (request) =>
        request.method === 'POST' && request.path.includes(`/webhooks/`) && request.path.endsWith(command.token),
      'the private follow-up',
      10_000,
    );

    expect(followUp.body).toMatchObject({ content: 'That source was removed while you waited.', flags: 64 });
    const deleted = bot.fake.requests.filter(
      (request) => request.method === 'DELETE' && request.path.includes(`/${command.token}/messages/%40original`),
    );
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.receivedAt).toBeLessThan(followUp.receivedAt);
    expect(await logLine(command.id)).toMatchObject({ outcome: 'user-error' });
  });
});
