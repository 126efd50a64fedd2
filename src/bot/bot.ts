/**
 * The Discord client with citebot's commands wired in, and its life cycle:
 * log in, serve, and shut down without dropping answers in flight.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Logger } from 'pino';
import { commands as allCommands } from '../../commands/index.js';
import type { BotConfig } from '../config.js';
import { CorpusAdmin } from '../service/corpus-admin.js';
import type { LiveCorpus } from '../service/live-corpus.js';
import type { UnansweredLog } from '../service/unanswered.js';
import { openUnansweredLog } from '../service/unanswered-file.js';
import { unansweredWriteFailed } from './unanswered-note.js';
import type { Command } from './command.js';
import { logDiscordHealth } from './discord-health.js';
import { NO_MENTIONS } from './reply.js';
import { shardOf } from './shard-reload.js';
import { InteractionRouter } from './router.js';

/** How long a shutdown waits for interactions in flight before it closes anyway. */
export const SHUTDOWN_GRACE_MS = 5000;

/** Options of {@link createBot}. */
export interface BotOptions {
  readonly config: BotConfig;
  readonly live: LiveCorpus;
  readonly logger: Logger;
  /** The command set; the modules in `commands/` unless a test adds its own. */
  readonly commands?: readonly Command[];
  /** The unanswered questions' database; opened in `DATA_DIR` when absent. The bot closes it when it stops. */
  readonly unanswered?: UnansweredLog;
}

/** A bot ready to start. */
export interface Bot {
  readonly client: Client;
  readonly router: InteractionRouter;
  /** Logs in and resolves once the client has received every server. */
  start(): Promise<void>;
  /** Stops taking interactions, waits for those in flight (at most `graceMs`), then disconnects. */
  stop(graceMs?: number): Promise<void>;
}

/** Creates the client and its router. Nothing connects until {@link Bot.start}. */
export function createBot(options: BotOptions): Bot {
  const { config, live, logger } = options;
  const commands = options.commands ?? allCommands;
  // Under the sharding manager, discord.js reads this process's shard from the environment the manager set.
  const client = new Client({
    // Slash commands and context menus arrive as interactions: no privileged intents needed.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: { api: config.discordApiUrl },
    // Every interaction brings its user and member; caching them all would grow memory with every new
    // person. Nothing reads them back from the cache (permissions come with each interaction), so keep
    // only the bot's own.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });
  // Opened first: a database another running bot holds stops this one before it connects.
  const shardId = client.shard ? shardOf(client) : undefined;
  const unanswered = options.unanswered ?? openUnansweredLog(config.dataDir, shardId, unansweredWriteFailed(logger));
  const corpusAdmin = new CorpusAdmin(live, { corpusDir: config.corpusDir, historyDir: config.corpusHistoryDir });
  const router = new InteractionRouter({ commands, config, live, logger, corpusAdmin, unanswered });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  logDiscordHealth(client, logger);

  let stopping: Promise<void> | undefined;
  return {
    client,
    router,
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(config.discordToken);
      await ready;
      const corpus = live.index.corpus;
      logger.info(
        {
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          commands: commands.map((command) => command.data.name),
          corpusVersion: corpus.version,
          reports: corpus.reports.length,
          paragraphs: corpus.paragraphs.length,
        },
        'citebot is online',
      );
    },
    stop(graceMs = SHUTDOWN_GRACE_MS) {
      stopping ??= (async () => {
        router.stopAccepting();
        const pending = router.inFlight;
        const finished = await router.drain(graceMs);
        if (!finished) logger.warn({ pending: router.inFlight }, 'shutting down with interactions unfinished');
        await client.destroy();
        unanswered.close();
        logger.info({ finishedInFlight: pending }, 'citebot stopped');
      })();
      return stopping;
    },
  };
}
