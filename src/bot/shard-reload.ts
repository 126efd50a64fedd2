/**
 * `/reload` on a sharded bot. Under `npm run start:sharded` each shard is a
 * process with its own copy of the corpus, and a moderator's `/reload`
 * reaches only the shard of their server. That shard reloads, then asks
 * every other shard of this host to reload too (discord.js's broadcastEval,
 * over the sharding manager's IPC), and the reply reports each shard.
 */
import { randomBytes } from 'node:crypto';
import { type APIEmbed, type Client, inlineCode } from 'discord.js';
import type { Logger } from 'pino';
import { formatProblem } from '../errors.js';
import type { LiveCorpus, ReloadResult } from '../service/live-corpus.js';
import { fitLines, plural } from '../text/listing.js';
import { DISCORD_LIMITS } from './limits.js';

/** What a shard sends the others. Plain JSON: it crosses process boundaries. */
export interface ShardReloadRequest {
  /** The shard that received `/reload`; it has already reloaded. */
  readonly origin: number;
  readonly moderatorId: string;
  /** discord.js shares one answer between evals of identical text, and two reloads must not be merged. */
  readonly requestId: string;
}

/** What one shard did. Plain JSON: it crosses process boundaries. */
export interface ShardReloadOutcome {
  readonly shard: number;
  /** `refused`: the corpus on disk is invalid, the shard kept its own. `failed`: an error, logged under `errorId`. */
  readonly status: 'reloaded' | 'refused' | 'failed';
  /** The corpus version the shard serves now. */
  readonly version: string;
  readonly errorId?: string;
}

/** The shards' answers, and why some could not be asked. */
export interface ShardReloadReport {
  /** Every shard that answered, this one included, by id. */
  readonly outcomes: readonly ShardReloadOutcome[];
  /** Set when the other shards could not all be reached (one is restarting, or the bot is still starting). */
  readonly unreachable?: string;
}

declare module 'discord.js' {
  interface Client {
    /**
     * Set on every shard by {@link serveAsShard}, for {@link reloadOtherShards}.
     * The broadcast script is sent as text and runs in the other shard's
     * process, where it can reach nothing but that shard's client: hence a
     * property of the client. Absent outside a sharded bot.
     */
    citebotReload?: (request: ShardReloadRequest) => Promise<ShardReloadOutcome | null>;
  }
}

/** This process's shard under the sharding manager (it starts one shard a process), or 0 without one. */
export function shardOf(client: Client): number {
  return client.shard?.ids[0] ?? 0;
}

/** Writes the one log line a reload leaves, on the shard that got `/reload` and on the others alike. */
export function logReload(logger: Logger, result: ReloadResult, moderatorId: string): void {
  if (!result.ok) {
    const problems = result.problems.map(formatProblem);
    logger.warn({ moderatorId, version: result.current.version, problems }, 'corpus reload refused: invalid corpus');
    return;
  }
  const { diff } = result;
  logger.info(
    {
      moderatorId,
      fromVersion: diff.fromVersion,
      toVersion: diff.toVersion,
      sourcesAdded: diff.sourcesAdded.length,
      sourcesRemoved: diff.sourcesRemoved.length,
      sourcesChanged: diff.sourcesChanged.length,
      paragraphsAdded: diff.paragraphsAdded.length,
      paragraphsRemoved: diff.paragraphsRemoved.length,
      paragraphsChanged: diff.paragraphsChanged.length,
    },
    'corpus reloaded',
  );
}

/** A shard's outcome from its own reload. */
export function outcomeOf(shard: number, result: ReloadResult): ShardReloadOutcome {
  return { shard, status: result.ok ? 'reloaded' : 'refused', version: result.current.version };
}

/**
 * Makes this shard answer the reload requests of the others, and stop when
 * the sharding manager is gone. Call once, in a process the manager started.
 */
export function serveAsShard(client: Client, options: { live: LiveCorpus; logger: Logger }): void {
  const { live, logger } = options;
  const shard = shardOf(client);
  client.citebotReload = async (request) => {
    // The shard that got `/reload` has reloaded already; one build per shard is enough.
    if (request.origin === shard) return null;
    const requestLogger = logger.child({ requestedByShard: request.origin });
    try {
      const result = await live.reload();
      logReload(requestLogger, result, request.moderatorId);
      return outcomeOf(shard, result);
    } catch (error) {
      const errorId = randomBytes(4).toString('hex');
      requestLogger.error({ err: error, errorId, moderatorId: request.moderatorId }, 'corpus reload failed');
      return { shard, status: 'failed', version: live.index.corpus.version, errorId };
    }
  };
  // discord.js listens on the IPC channel, which would keep the process alive after the bot ends (say its
  // login fails): let it end as it does under `npm start`. The gateway connection keeps a running bot alive.
  process.channel?.unref();
  // Without its manager a shard would run on unsupervised and unstoppable: shut down as on SIGTERM.
  process.once('disconnect', () => {
    logger.warn('the sharding manager is gone: shutting down');
    process.kill(process.pid, 'SIGTERM');
  });
}

/**
 * Asks every other shard of this host to reload, and reports them with this
 * shard's own `local` outcome. Without a sharding manager, reports only `local`.
 */
export async function reloadOtherShards(
  client: Client,
  local: ShardReloadOutcome,
  moderatorId: string,
): Promise<ShardReloadReport> {
  if (!client.shard) return { outcomes: [local] };
  const request: ShardReloadRequest = { origin: local.shard, moderatorId, requestId: randomBytes(8).toString('hex') };
  try {
    // Runs in each shard's process with that shard's client: it must use nothing but its arguments.
    const answers = await client.shard.broadcastEval(
      (shardClient, context) => shardClient.citebotReload?.(context) ?? null,
      { context: request },
    );
    const others = answers.filter((answer): answer is ShardReloadOutcome => answer !== null);
    return { outcomes: [local, ...others].sort((a, b) => a.shard - b.shard) };
  } catch (error) {
    return { outcomes: [local], unreachable: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * After this shard reloaded with `result`, reloads the other shards and
 * returns the embed reporting every shard, for the moderator's reply; nothing
 * when the bot runs as one process.
 */
export async function reloadShardsEmbeds(
  client: Client,
  result: ReloadResult,
  moderatorId: string,
): Promise<APIEmbed[] | undefined> {
  if (!client.shard) return undefined;
  const shard = shardOf(client);
  const report = await reloadOtherShards(client, outcomeOf(shard, result), moderatorId);
  return [shardReportEmbed(report, shard)];
}

const STATUS_TEXT: Readonly<Record<ShardReloadOutcome['status'], string>> = {
  reloaded: 'reloaded',
  refused: 'refused the invalid corpus',
  failed: 'failed',
};

/** The embed under a sharded `/reload` reply: one line per shard, and whether they all serve one version. */
export function shardReportEmbed(report: ShardReloadReport, origin: number): APIEmbed {
  const versions = new Set(report.outcomes.map((outcome) => outcome.version));
  const [only] = versions;
  let summary: string;
  if (report.unreachable !== undefined) {
    summary =
      `Could not reach every shard of this host (${report.unreachable}). ` +
      'A shard that is starting loads the corpus from disk; run /reload again once all are online to see each version.';
  } else if (versions.size === 1 && only !== undefined) {
    summary = `Every shard of this host serves version ${inlineCode(only)}.`;
  } else {
    summary = 'The shards serve different versions (the files changed during the reload?): run /reload again.';
  }
  const lines = report.outcomes.map((outcome) => {
    const who = outcome.shard === origin ? `Shard ${outcome.shard} (this server's)` : `Shard ${outcome.shard}`;
    const error = outcome.errorId === undefined ? '' : ` (error id ${inlineCode(outcome.errorId)})`;
    return `${who}: ${STATUS_TEXT[outcome.status]}${error}, serves ${inlineCode(outcome.version)}`;
  });
  const header = `${summary}\n`;
  return {
    title: `${plural(report.outcomes.length, 'shard')} answered`,
    description: header + fitLines(lines, DISCORD_LIMITS.embedDescription - header.length, 'shards'),
  };
}
