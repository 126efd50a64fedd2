/**
 * `npm run start:sharded`: the bot as several gateway shards, one process
 * each, under discord.js's ShardingManager (Discord requires shards past
 * about 2,500 servers). Reads TOTAL_SHARDS and SHARD_IDS, checks the corpus
 * once, starts this host's shards one after the other, restarts a shard that
 * dies, and on SIGINT or SIGTERM stops every shard gracefully and exits 0.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import { checkCorpus } from '../corpus/load.js';
import { CorpusError } from '../errors.js';
import { createLogger } from './logger.js';
import { planShards, ShardPlanError } from './shard-plan.js';
import { loadConfigOrReport } from './startup.js';

/** The program each shard runs: the bot of `npm start`, which learns its shard from the manager. */
const SHARD_PROGRAM = fileURLToPath(new URL('./main.js', import.meta.url));
/** V8 flags each shard runs with, the same as `npm start`'s. */
const BOT_NODE_FLAGS = ['--max-semi-space-size=64'] as const;
/** From process start to the shard's READY: reading and indexing a large corpus, then logging in. */
const READY_TIMEOUT_MS = 60_000;
/** A shard finishes its answers in flight within 5 s and exits by itself within 15 s; past this it is killed. */
const STOP_TIMEOUT_MS = 20_000;
/** A shard that dies this often within {@link CRASH_WINDOW_MS} is broken, not unlucky: stop instead of looping. */
const MAX_DEATHS = 3;
const CRASH_WINDOW_MS = 60_000;

async function main(): Promise<void> {
  const config = loadConfigOrReport();
  if (!config) return;
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  // Every shard would refuse an invalid corpus, and the manager would start them again and again.
  const check = await checkCorpus(config.corpusDir);
  if (!check.ok) {
    const error = new CorpusError(check.problems);
    logger.fatal({ corpusDir: config.corpusDir, problems: error.problems }, 'the corpus cannot be loaded');
    process.stderr.write(`citebot cannot start: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }

  let plan: ReturnType<typeof planShards>;
  try {
    const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
    plan = planShards(config.sharding, (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult);
  } catch (error) {
    const message =
      error instanceof ShardPlanError
        ? error.message
        : 'could not ask Discord for the shard count: check DISCORD_TOKEN and DISCORD_API_URL';
    logger.fatal({ err: error }, message);
    process.exitCode = 1;
    return;
  }

  const manager = new ShardingManager(SHARD_PROGRAM, {
    totalShards: plan.count,
    shardList: [...plan.ids],
    token: config.discordToken,
    mode: 'process',
    // As `npm start`: a larger young generation cuts the collector's pauses while answering (BENCHMARKS.md).
    execArgv: [...BOT_NODE_FLAGS],
    // Off while starting, so a shard that cannot start fails the start instead of looping.
    respawn: false,
  });
  const shutdown = new Shutdown(manager, logger);
  manager.on('shardCreate', (shard) => watchShard(shard, manager, logger, shutdown));
  process.once('SIGINT', (signal) => shutdown.stop(0, signal));
  process.once('SIGTERM', (signal) => shutdown.stop(0, signal));

  logger.info({ shards: plan.ids, shardCount: plan.count, spawnDelayMs: plan.spawnDelayMs }, 'starting shards');
  try {
    await manager.spawn({ amount: plan.count, delay: plan.spawnDelayMs, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    // A shard stopped by SIGINT or SIGTERM while starting is no failure.
    if (shutdown.requested) return;
    logger.fatal({ err: error }, 'a shard could not start: see its lines above');
    shutdown.stop(1);
    return;
  }
  manager.respawn = true;
  logger.info({ shards: plan.ids, shardCount: plan.count }, 'every shard is online');
}

/** Logs a shard's life, and stops everything when it keeps dying. */
function watchShard(shard: Shard, manager: ShardingManager, logger: Logger, shutdown: Shutdown): void {
  const deaths: number[] = [];
  // The manager runs in 'process' mode: each shard is a ChildProcess.
  shard.on('spawn', () => logger.info({ shard: shard.id, shardPid: shard.process?.pid }, 'shard started'));
  shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
  shard.on('error', (error) => logger.error({ shard: shard.id, err: error }, 'shard error'));
  shard.on('death', () => {
    const exitCode = shard.process?.exitCode;
    const signalCode = shard.process?.signalCode;
    if (!manager.respawn) {
      logger.info({ shard: shard.id, exitCode, signal: signalCode }, 'shard exited');
      return;
    }
    const now = Date.now();
    deaths.push(now);
    const recent = deaths.filter((time) => now - time < CRASH_WINDOW_MS).length;
    logger.error({ shard: shard.id, exitCode, signal: signalCode, recent }, 'shard died: restarting it');
    if (recent >= MAX_DEATHS) {
      logger.fatal({ shard: shard.id, deaths: recent }, 'a shard keeps dying: stopping every shard');
      // After discord.js has started the replacement, so that it is stopped too.
      setImmediate(() => shutdown.stop(1));
    }
  });
}

/** The end of the manager: every shard stopped gracefully, once, then the process exits. */
class Shutdown {
  readonly #manager: ShardingManager;
  readonly #logger: Logger;
  #requested = false;

  constructor(manager: ShardingManager, logger: Logger) {
    this.#manager = manager;
    this.#logger = logger;
  }

  /** True once {@link Shutdown.stop} has been called. */
  get requested(): boolean {
    return this.#requested;
  }

  /** Stops every shard (SIGTERM, then SIGKILL past the timeout), then exits with `exitCode`. Later calls do nothing. */
  stop(exitCode: number, signal?: NodeJS.Signals): void {
    if (this.#requested) return;
    this.#requested = true;
    this.#manager.respawn = false;
    if (signal) this.#logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS + 5000).unref();
    Promise.all([...this.#manager.shards.values()].map(stopShard)).then(
      () => {
        this.#logger.info('every shard stopped');
        process.exit(exitCode);
      },
      (error: unknown) => {
        this.#logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  }
}

async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

await main();
