/**
 * `npm start`: reads the settings and the corpus, logs in, and serves until
 * SIGINT or SIGTERM, then shuts down gracefully and exits 0. Under
 * `npm run start:sharded`, each shard's process runs this too.
 */

import { CorpusError } from '../errors.js';
import { warmUpAnswers } from '../engine/warm-up.js';
import { warmUpEngine } from '../engine/build.js';
import { LiveCorpus } from '../service/live-corpus.js';
import { DatabaseOpenError } from '../service/unanswered-file.js';
import { type Bot, createBot } from './bot.js';
import { createLogger } from './logger.js';
import { guardProcess } from './process-guards.js';
import { serveAsShard, shardOf } from './shard-reload.js';
import { loadConfigOrReport } from './startup.js';

/** If a graceful shutdown hangs, the process still ends after this long. */
const FORCED_EXIT_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfigOrReport();
  if (!config) return;
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  let inFlight = () => 0;
  guardProcess(logger, () => inFlight());

  let live: LiveCorpus;
  try {
    live = await LiveCorpus.fromDirectory(config.corpusDir, {
      cacheDir: config.indexCacheDir,
      // A corrupt or stale snapshot is rebuilt; the log says why.
      onIndexOpened: (report) =>
        report.rejected || report.saveError
          ? logger.warn(report, 'index snapshot not used or not saved')
          : logger.info(report, 'index opened'),
    });
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    logger.fatal({ corpusDir: config.corpusDir, problems: error.problems }, 'the corpus cannot be loaded');
    process.stderr.write(`citebot cannot start: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  // The language models load now, not during the first reload or answers, and the engine answers
  // questions made from the corpus so that members' first questions run compiled code.
  warmUpEngine();
  warmUpAnswers(live.index);

  let bot: Bot;
  try {
    bot = createBot({ config, live, logger });
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    // A data folder the bot cannot write, or one another running bot holds: say so now, not at the first question.
    const reason = error.message;
    logger.fatal({ dataDir: config.dataDir, err: error }, 'the database cannot be opened');
    process.stderr.write(
      `citebot cannot start: the database in DATA_DIR (${config.dataDir}) cannot be opened: ${reason}\n`,
    );
    process.exitCode = 1;
    return;
  }

  inFlight = () => bot.router.inFlight;
  if (bot.client.shard) {
    // All shards write to one output: from here on, each line says which shard wrote it.
    logger.setBindings({ shard: shardOf(bot.client) });
    serveAsShard(bot.client, { live, logger });
  }
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), FORCED_EXIT_MS).unref();
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    await bot.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not log in to Discord: check DISCORD_TOKEN and DISCORD_API_URL');
    await bot.client.destroy();
    process.exitCode = 1;
  }
}

await main();
