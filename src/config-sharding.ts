/**
 * The sharding settings, `TOTAL_SHARDS` and `SHARD_IDS`, checked on their own
 * so that their problems are listed beside every other key's (config.ts).
 */
import { z } from 'zod';
import { optional } from './config-fields.js';

/** How the bot is split into gateway shards, across every host that runs it. */
export interface ShardingSettings {
  /** Shards of the whole bot; `auto` takes the number Discord recommends. */
  readonly count: number | 'auto';
  /** The shards this host runs (several hosts); absent: every shard. */
  readonly ids?: readonly number[];
}

const WHOLE = /^\d+$/;

const shardCount = optional(z.string().trim()).transform((value, ctx) => {
  if (value === undefined || value.toLowerCase() === 'auto') return 'auto' as const;
  if (WHOLE.test(value) && Number(value) >= 1) return Number(value);
  ctx.addIssue({
    code: 'custom',
    message: `TOTAL_SHARDS must be "auto" or a whole number of at least 1 (got "${value}")`,
  });
  return z.NEVER;
});

const shardIds = optional(z.string()).transform((list, ctx) => {
  const entries = (list ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  for (const entry of entries.filter((candidate) => !WHOLE.test(candidate))) {
    ctx.addIssue({
      code: 'custom',
      message: `SHARD_IDS: "${entry}" is not a shard id (shard ids are whole numbers from 0, separated by commas)`,
    });
  }
  const ids = entries.filter((entry) => WHOLE.test(entry)).map(Number);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
    ctx.addIssue({ code: 'custom', message: `SHARD_IDS lists shard ${id} more than once` });
  }
  return ids;
});

// Checked on their own, so their problems are listed even when other keys have some; the checks across
// keys run once each key is valid. The total is TOTAL_SHARDS, not SHARD_COUNT: discord.js reads SHARD_COUNT
// itself (the sharding manager sets it for each shard it starts), so a user's SHARD_COUNT=auto would reach
// the client and stop `npm start`.
export const shardingSchema = z
  .object({
    TOTAL_SHARDS: shardCount,
    SHARD_IDS: shardIds,
    SHARD_COUNT: optional(z.string()),
    SHARDING_MANAGER: optional(z.string()),
  })
  .transform((values, ctx) => {
    const { TOTAL_SHARDS: count, SHARD_IDS: ids } = values;
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (values.SHARD_COUNT !== undefined && values.SHARDING_MANAGER === undefined) {
      problem('SHARD_COUNT is now TOTAL_SHARDS (discord.js reads SHARD_COUNT itself): rename it, keeping its value');
    }
    if (ids && count === 'auto') {
      problem('SHARD_IDS needs TOTAL_SHARDS: the total number of shards, the same on every host (not "auto")');
    }
    if (typeof count === 'number') {
      for (const id of (ids ?? []).filter((candidate) => candidate >= count)) {
        problem(`SHARD_IDS: shard ${id} does not exist when TOTAL_SHARDS is ${count} (ids go from 0 to ${count - 1})`);
      }
    }
    const sharding: ShardingSettings = ids ? { count, ids: Object.freeze(ids) } : { count };
    return Object.freeze(sharding);
  });
