/**
 * The bot under load, through the project's fake Discord (test/support):
 *   npm run bench:load
 *
 * The real bot (discord.js Client, router, engine, logger) logs in to the
 * fake gateway in this process and answers `/ask` on the project's corpus.
 *
 * 1. A burst: 1,000 interactions from 1,000 distinct users, dispatched at
 *    once. Prints the time from dispatch to the bot's first response
 *    (acknowledgement) at p50, p99 and max; every one must arrive within
 *    Discord's 3 s, once, or the run fails.
 * 2. A stream: 20,000 interactions in a row (20 in flight at a time), each
 *    from a new user with a question no one asked before. Prints the heap
 *    after a full garbage collection before, right after, and once the
 *    rate limiter's window has passed (it remembers that window's users).
 *
 * Exits 1 if an interaction was lost, answered twice or acknowledged late.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createBot } from '../src/bot/bot.js';
import { INTERACTION_DEADLINE_MS } from '../src/bot/limits.js';
import { createLogger } from '../src/bot/logger.js';
import { parseConfig } from '../src/config.js';
import { LiveCorpus } from '../src/service/live-corpus.js';
import { type Actor, READER } from '../test/support/discord-fixtures.js';
import { FakeDiscord, type RecordedRequest, TEST_TOKEN } from '../test/support/fake-discord.js';
import { slashCommand } from '../test/support/interactions.js';

const BURST = 1000;
const STREAM = 20_000;
const STREAM_IN_FLIGHT = 20;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:load does)');

const questions = readFileSync(new URL('../../bench/story-questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { question: string }).question);

/** A member never seen before: the n-th. */
const member = (n: number): Actor => ({ ...READER, id: String(600_000_000_000_000_000n + BigInt(n)) });

const fake = await FakeDiscord.start({ recordRequests: false });
// Lines are serialised as in production but not printed: the figures would drown in them.
let logLines = 0;
const sink = new Writable({
  write(_chunk, _encoding, done) {
    logLines++;
    done();
  },
});
// Compiled to dist/bench/: the project's corpus is two levels up.
const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));
const config = parseConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpusDir });
const logger = createLogger({ level: 'info', secrets: [config.discordToken], destination: sink });
const bot = createBot({ config, live: await LiveCorpus.fromDirectory(config.corpusDir), logger });
await bot.start();

/** Interactions waiting for their first response (the interaction callback), by id. */
const waiting = new Map<string, { readonly sentAt: number; readonly acked: (ms: number) => void }>();
let callbacks = 0;
fake.onRequest((request: RecordedRequest) => {
  const id = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(request.path)?.[1];
  if (!id || request.method !== 'POST') return;
  callbacks++;
  const entry = waiting.get(id);
  waiting.delete(id);
  entry?.acked(request.receivedAt - entry.sentAt);
});

/** Dispatches `/ask` from member `n`; resolves with the time to its acknowledgement, or NaN after 10 s. */
function ask(n: number, question: string): Promise<number> {
  const interaction = slashCommand('ask', { question }, member(n));
  const acked = new Promise<number>((resolve) => {
    const timer = setTimeout(() => resolve(Number.NaN), 10_000);
    waiting.set(interaction.id, {
      sentAt: performance.now(),
      acked: (ms) => {
        clearTimeout(timer);
        resolve(ms);
      },
    });
  });
  fake.dispatch('INTERACTION_CREATE', interaction);
  return acked;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Warm-up, so the burst measures the bot rather than the JIT's first compiles.
await Promise.all(Array.from({ length: 200 }, (_, i) => ask(-1 - i, questions[i % questions.length] ?? '')));

// 1. The burst.
const burst = await Promise.all(Array.from({ length: BURST }, (_, i) => ask(i, questions[i % questions.length] ?? '')));
const acks = burst.filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b);
const late = acks.filter((ms) => ms > INTERACTION_DEADLINE_MS).length;
const lost = BURST - acks.length;

// 2. The stream, from a heap collected after the burst.
await until(() => bot.router.inFlight === 0, 30_000);
gc();
const heapBefore = process.memoryUsage();
let next = 0;
let streamAnswered = 0;
const streamStart = performance.now();
await Promise.all(
  Array.from({ length: STREAM_IN_FLIGHT }, async () => {
    while (next < STREAM) {
      const n = BURST + next++;
      // Each question has a word no one used before, as people rotating questions would.
      const ms = await ask(n, `${questions[n % questions.length]} zq${n.toString(36)}x`);
      if (!Number.isNaN(ms)) streamAnswered++;
    }
  }),
);
const streamSeconds = (performance.now() - streamStart) / 1000;
await until(() => bot.router.inFlight === 0, 30_000);
gc();
const heapAfter = process.memoryUsage();
// The rate limiter remembers the last window's users by design; once it passes, one more use lets it forget them.
await new Promise((resolve) => setTimeout(resolve, config.rateLimit.windowSeconds * 1000));
await ask(BURST + STREAM, questions[0] ?? '');
gc();
const heapSettled = process.memoryUsage();
const duplicateAcks = callbacks - 201 - acks.length - streamAnswered;

await bot.stop();
await fake.close();

console.log(`Burst: ${BURST} /ask from ${BURST} distinct users, dispatched at once through the fake gateway`);
console.log(`  acknowledged: ${acks.length} (lost ${lost}, answered twice ${duplicateAcks}, later than 3 s ${late})`);
console.log(
  `  ack latency: p50 ${percentile(acks, 50).toFixed(0)} ms, p99 ${percentile(acks, 99).toFixed(0)} ms, max ${(acks.at(-1) ?? Number.NaN).toFixed(0)} ms`,
);
console.log(`Stream: ${STREAM} /ask in a row, ${STREAM_IN_FLIGHT} in flight, each from a new user with a new word`);
console.log(
  `  answered: ${streamAnswered} in ${streamSeconds.toFixed(1)} s (${(STREAM / streamSeconds).toFixed(0)}/s)`,
);
console.log(
  `  heap used after GC: before ${mb(heapBefore.heapUsed)}, after ${mb(heapAfter.heapUsed)} (growth ${mb(heapAfter.heapUsed - heapBefore.heapUsed)})`,
);
console.log(
  `  heap used after GC once the ${config.rateLimit.windowSeconds} s rate-limit window has passed: ${mb(heapSettled.heapUsed)} (growth ${mb(heapSettled.heapUsed - heapBefore.heapUsed)})`,
);
console.log(`  rss: before ${mb(heapBefore.rss)}, after ${mb(heapSettled.rss)}; log lines written: ${logLines}`);

if (lost > 0 || late > 0 || duplicateAcks > 0 || streamAnswered !== STREAM) {
  console.error('FAILED: an interaction was lost, answered twice or acknowledged after 3 s');
  process.exitCode = 1;
}
