import { describe, expect, it } from 'vitest';
import { type ShardReloadOutcome, shardReportEmbed } from '../../src/bot/shard-reload.js';

describe('the shard report under a sharded /reload', () => {
  const reloaded = (shard: number, version: string): ShardReloadOutcome => ({ shard, status: 'reloaded', version });

  it('says when every shard serves the same version', () => {
    expect(shardReportEmbed({ outcomes: [reloaded(2, 'new'), reloaded(3, 'new')] }, 3)).toEqual({
      title: '2 shards answered',
      description: [
        'Every shard of this host serves version `new`.',
        'Shard 2: reloaded, serves `new`',
        "Shard 3 (this server's): reloaded, serves `new`",
      ].join('\n'),
    });
  });

  it('warns when the shards disagree, naming what each did', () => {
    const outcomes: ShardReloadOutcome[] = [
      reloaded(0, 'new'),
      { shard: 1, status: 'refused', version: 'old' },
      { shard: 2, status: 'failed', version: 'old', errorId: '3fa2c19b' },
    ];
    expect(shardReportEmbed({ outcomes }, 0).description?.split('\n')).toEqual([
      'The shards serve different versions (the files changed during the reload?): run /reload again.',
      "Shard 0 (this server's): reloaded, serves `new`",
      'Shard 1: refused the invalid corpus, serves `old`',
      'Shard 2: failed (error id `3fa2c19b`), serves `old`',
    ]);
  });

  it('says so when the other shards could not be reached, with this shard’s own outcome', () => {
    const report = { outcomes: [reloaded(0, 'new')], unreachable: 'Shard 1 has no active process or worker.' };
    expect(shardReportEmbed(report, 0)).toEqual({
      title: '1 shard answered',
      description:
        'Could not reach every shard of this host (Shard 1 has no active process or worker.). A shard that is ' +
        'starting loads the corpus from disk; run /reload again once all are online to see each version.\n' +
        "Shard 0 (this server's): reloaded, serves `new`",
    });
  });
});
