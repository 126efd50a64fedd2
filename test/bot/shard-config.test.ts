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
    expect(config.shard).toBeUndefined();
  });

  it('read SHARD_COUNT and the SHARD_IDS of this host, in any spacing', () => {
    const config = parseConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: ' 4 ', SHARD_IDS: '2, 3,' });
    expect(config.sharding).toEqual({ count: 4, ids: [2, 3] });
    expect(Object.isFrozen(config.sharding)).toBe(true);
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: 'AUTO', SHARD_IDS: '' }).sharding).toEqual({
      count: 'auto',
    });
  });

  it('list every problem with them, besides the other settings’ problems', () => {
    expect(problemsOf({ SHARD_COUNT: '0', SHARD_IDS: '1,one,1,-2', RATE_LIMIT_MAX: 'x' })).toEqual([
      'RATE_LIMIT_MAX must be a whole number of at least 0 (got "x")',
      'SHARD_COUNT must be "auto" or a whole number of at least 1 (got "0")',
      'SHARD_IDS: "one" is not a shard id (shard ids are whole numbers from 0, separated by commas)',
      'SHARD_IDS: "-2" is not a shard id (shard ids are whole numbers from 0, separated by commas)',
      'SHARD_IDS lists shard 1 more than once',
    ]);
  });

  it('need the total count on every host that runs only some shards', () => {
    expect(problemsOf({ SHARD_IDS: '0,1' })).toEqual([
      'SHARD_IDS needs SHARD_COUNT: the total number of shards, the same on every host (not "auto")',
    ]);
    expect(problemsOf({ SHARD_COUNT: '2', SHARD_IDS: '1,2,3' })).toEqual([
      'SHARD_IDS: shard 2 does not exist when SHARD_COUNT is 2 (ids go from 0 to 1)',
      'SHARD_IDS: shard 3 does not exist when SHARD_COUNT is 2 (ids go from 0 to 1)',
    ]);
  });

  it('give a process the sharding manager started the one shard it connects', () => {
    const child = { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' };
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, ...child }).shard).toEqual({ id: 1, count: 2 });
    expect(problemsOf({ ...child, SHARDS: '2' })).toEqual([
      'SHARDS must be one shard id below SHARD_COUNT when the sharding manager starts the bot',
    ]);
  });
});
