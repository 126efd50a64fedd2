/**
 * How `npm run start:sharded` lays out its shards: how many the bot has in
 * all, which of them this host runs, and how quickly it may start them.
 */
import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import type { ShardingSettings } from '../config.js';

/**
 * Discord lets each rate-limit bucket of shards (shard id modulo
 * `max_concurrency`) IDENTIFY once per this window.
 */
export const IDENTIFY_WINDOW_MS = 5000;
/** The pause between two shards that share a bucket: the window, plus slack for process start-up jitter. */
export const SHARED_BUCKET_DELAY_MS = IDENTIFY_WINDOW_MS + 500;

/** The shards this host starts, in order. */
export interface ShardPlan {
  /** Shards of the whole bot, across every host. */
  readonly count: number;
  /** The ids this host runs. */
  readonly ids: readonly number[];
  /** Pause between starting one shard and the next. */
  readonly spawnDelayMs: number;
}

/** The plan cannot work: `message` says why and what to do. */
export class ShardPlanError extends Error {
  override readonly name = 'ShardPlanError';
}

/**
 * Resolves `TOTAL_SHARDS=auto` with Discord's recommendation and picks the
 * ids this host runs. Shards start one after the other; they need no pause
 * between them when each is alone in its rate-limit bucket, else
 * {@link SHARED_BUCKET_DELAY_MS}. Throws a {@link ShardPlanError} when
 * Discord has fewer session starts left than there are shards to start.
 */
export function planShards(settings: ShardingSettings, gateway: RESTGetAPIGatewayBotResult): ShardPlan {
  const count = settings.count === 'auto' ? gateway.shards : settings.count;
  const ids = settings.ids ?? Array.from({ length: count }, (_, id) => id);
  const limit = gateway.session_start_limit;
  if (limit.remaining < ids.length) {
    const resetAt = new Date(Date.now() + limit.reset_after).toISOString();
    throw new ShardPlanError(
      `Discord allows ${limit.remaining} more gateway sessions until ${resetAt}, and this host starts ${ids.length} shards. Start it again after that time.`,
    );
  }
  const buckets = new Set(ids.map((id) => id % limit.max_concurrency));
  return { count, ids, spawnDelayMs: buckets.size === ids.length ? 0 : SHARED_BUCKET_DELAY_MS };
}
