import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { planShards, SHARED_BUCKET_DELAY_MS, ShardPlanError } from '../../src/bot/shard-plan.js';

function gateway(shards: number, maxConcurrency = 1, remaining = 1000): RESTGetAPIGatewayBotResult {
  return {
    url: 'wss://gateway.discord.gg',
    shards,
    session_start_limit: { total: 1000, remaining, reset_after: 3_600_000, max_concurrency: maxConcurrency },
  };
}

describe('planShards', () => {
  it('takes Discord’s recommended count for auto, and runs every shard on a single host', () => {
    expect(planShards({ count: 'auto' }, gateway(3))).toEqual({
      count: 3,
      ids: [0, 1, 2],
      spawnDelayMs: SHARED_BUCKET_DELAY_MS,
    });
  });

  it('runs only the SHARD_IDS of this host, out of the given count', () => {
    expect(planShards({ count: 8, ids: [4, 5, 6, 7] }, gateway(2)).ids).toEqual([4, 5, 6, 7]);
    expect(planShards({ count: 8, ids: [4, 5, 6, 7] }, gateway(2)).count).toBe(8);
  });

  it('starts shards back to back only when no two share an IDENTIFY rate-limit bucket', () => {
    expect(planShards({ count: 4 }, gateway(1, 4)).spawnDelayMs).toBe(0);
    expect(planShards({ count: 4 }, gateway(1, 2)).spawnDelayMs).toBe(SHARED_BUCKET_DELAY_MS);
    // 0 and 16 share bucket 0 when 16 may identify at once.
    expect(planShards({ count: 32, ids: [0, 16] }, gateway(1, 16)).spawnDelayMs).toBe(SHARED_BUCKET_DELAY_MS);
    expect(SHARED_BUCKET_DELAY_MS).toBeGreaterThan(5000);
  });

  it('refuses to start more shards than Discord has session starts left', () => {
    expect(() => planShards({ count: 4 }, gateway(4, 1, 3))).toThrow(ShardPlanError);
    expect(() => planShards({ count: 4 }, gateway(4, 1, 3))).toThrow(
      /^Discord allows 3 more gateway sessions until \d{4}-\d\d-\d\dT[\d:.]+Z, and this host starts 4 shards\./u,
    );
  });
});
