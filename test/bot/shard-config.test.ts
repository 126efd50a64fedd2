import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const TOKEN = 'MTIz.fake.bot-token';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig({ DISCORD_TOKEN: TOKEN, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('sharding settings', () => {
  it('default to as many shards as Discord recommends, all on this host', () => {
    const config = parseConfig({ DISCORD_TOKEN: TOKEN });
    expect(config.sharding).toEqual({ count: 'auto' });
  });

  it('read TOTAL_SHARDS and the SHARD_IDS of this host, in any spacing', () => {
    const config = parseConfig({ DISCORD_TOKEN: TOKEN, TOTAL_SHARDS: ' 4 ', SHARD_IDS: '2, 3,' });
    expect(config.sharding).toEqual({ count: 4, ids: [2, 3] });
    expect(Object.isFrozen(config.sharding)).toBe(true);
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, TOTAL_SHARDS: 'AUTO', SHARD_IDS: '' }).sharding).toEqual({
      count: 'auto',
    });
  });

  it('list every problem with them, besides the other settings’ problems', () => {
    expect(problemsOf({ TOTAL_SHARDS: '0', SHARD_IDS: '1,one,1,-2', RATE_LIMIT_MAX: 'x' })).toEqual([
      'RATE_LIMIT_MAX must be a whole number of at least 0 (got "x")',
      'TOTAL_SHARDS must be "auto" or a whole number of at least 1 (got "0")',
      'SHARD_IDS: "one" is not a shard id (shard ids are whole numbers from 0, separated by commas)',
      'SHARD_IDS: "-2" is not a shard id (shard ids are whole numbers from 0, separated by commas)',
      'SHARD_IDS lists shard 1 more than once',
    ]);
  });

  it('need the total count on every host that runs only some shards', () => {
    expect(problemsOf({ SHARD_IDS: '0,1' })).toEqual([
      'SHARD_IDS needs TOTAL_SHARDS: the total number of shards, the same on every host (not "auto")',
    ]);
    expect(problemsOf({ TOTAL_SHARDS: '2', SHARD_IDS: '1,2,3' })).toEqual([
      'SHARD_IDS: shard 2 does not exist when TOTAL_SHARDS is 2 (ids go from 0 to 1)',
      'SHARD_IDS: shard 3 does not exist when TOTAL_SHARDS is 2 (ids go from 0 to 1)',
    ]);
  });

  it('point a SHARD_COUNT left from before to TOTAL_SHARDS, except in a shard the manager started', () => {
    expect(problemsOf({ SHARD_COUNT: '4' })).toEqual([
      'SHARD_COUNT is now TOTAL_SHARDS (discord.js reads SHARD_COUNT itself): rename it, keeping its value',
    ]);
    const shard = parseConfig({ DISCORD_TOKEN: TOKEN, SHARDING_MANAGER: 'true', SHARDS: '[1]', SHARD_COUNT: '2' });
    expect(shard.sharding).toEqual({ count: 'auto' });
  });
});
