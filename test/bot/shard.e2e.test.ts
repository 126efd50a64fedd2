import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, type RunningProgram, runProgram } from '../support/built-program.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { type Actor, GUILD_ID, READER, SECOND_GUILD_ID, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { FakeDiscord, TEST_TOKEN } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';
import { waitUntil } from '../support/test-bot.js';

const MANAGER = 'src/bot/shard-manager.js';
const BOT = 'src/bot/main.js';
const RADIO = { id: 'radio', source: 'City Radio', title: 'Ferry late', paragraphs: ['The ferry was six hours late.'] };

/** With two shards, GUILD_ID's events go to shard 0 and SECOND_GUILD_ID's to shard 1. */
const ON_SHARD_0: Actor = SERVER_MANAGER;
const ON_SHARD_1: Actor = { ...READER, guildId: SECOND_GUILD_ID };

beforeAll(() => ensureBuilt([MANAGER, BOT]), 120_000);

/** Sends an interaction and waits for the answer, following a deferral to its edit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw interaction payloads and replies are plain JSON.
async function respond(fake: FakeDiscord, interaction: { id: string; token: string }): Promise<any> {
  const callback = await fake.sendInteraction(interaction);
  if (callback.body.type !== 5) return callback.body.data;
  const edit = await fake.waitForRequest(
    (request) => request.method === 'PATCH' && request.path.includes(`/${interaction.token}/messages/%40original`),
    `the deferred reply to interaction ${interaction.id}`,
    15_000,
  );
  return edit.body;
}

/** The JSON lines the manager and its shards printed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- log lines are free-form JSON.
function logLines(program: RunningProgram): any[] {
  return program
    .stdout()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** The first line, printed already or within a few seconds, that `matches`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- log lines are free-form JSON.
async function waitForLine(program: RunningProgram, matches: (line: any) => boolean): Promise<any> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = logLines(program).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No matching log line. Output:\n${program.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the sharded bot on a corpus of its own with `env`, runs `body`,
 * then makes sure nothing it started is left running.
 */
async function withShardedBot(
  env: Record<string, string>,
  body: (fake: FakeDiscord, manager: RunningProgram, corpus: TempCorpus) => Promise<void>,
): Promise<void> {
  const corpus = tempCorpus(HARBOUR_REPORTS);
  const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2, guilds: [GUILD_ID, SECOND_GUILD_ID] });
  const manager = runProgram(MANAGER, {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpus.dir,
    RATE_LIMIT_MAX: '0',
    LOG_LEVEL: 'info',
    ...env,
  });
  try {
    await body(fake, manager, corpus);
  } finally {
    const shardPids = logLines(manager)
      .filter((line) => line.msg === 'shard started')
      .map((line) => line.shardPid as number);
    manager.child.kill('SIGKILL');
    for (const pid of shardPids.filter(isRunning)) process.kill(pid, 'SIGKILL');
    await fake.close();
    corpus.cleanup();
  }
}

describe('npm run start:sharded, two shards on one host', () => {
  it('answers on both shards, reloads both from either, and stops them all on SIGTERM', async () => {
    await withShardedBot({}, async (fake, manager, corpus) => {
      await manager.waitForOutput('every shard is online', 15_000);

      // TOTAL_SHARDS is unset, so the manager takes Discord's recommendation: 2.
      expect(await waitForLine(manager, (line) => line.msg === 'starting shards')).toMatchObject({
        shards: [0, 1],
        shardCount: 2,
      });
      expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);

      const before = await respond(fake, slashCommand('sources', {}, ON_SHARD_1));
      expect(before.embeds[0].footer.text).toBe('Shard 1 of 2');
      const oldVersion = /Corpus version `(\w+)`/u.exec(before.embeds[0].description)?.[1];
      expect((await respond(fake, slashCommand('sources', {}, ON_SHARD_0))).embeds[0]).toMatchObject({
        footer: { text: 'Shard 0 of 2' },
        description: expect.stringContaining(`Corpus version \`${oldVersion}\``),
      });

      corpus.write('radio.md', RADIO);
      const reload = await respond(fake, slashCommand('reload', {}, ON_SHARD_0));

      const newVersion = /→ `(\w+)`/u.exec(reload.content)?.[1];
      expect(newVersion).toMatch(/^\w+$/u);
      expect(newVersion).not.toBe(oldVersion);
      expect(reload.content.split('\n')[1]).toBe('**Sources added:** City Radio (radio)');
      expect(reload.embeds[0]).toEqual({
        title: '2 shards answered',
        description: [
          `Every shard of this host serves version \`${newVersion}\`.`,
          `Shard 0 (this server's): reloaded, serves \`${newVersion}\``,
          `Shard 1: reloaded, serves \`${newVersion}\``,
        ].join('\n'),
      });
      for (const actor of [ON_SHARD_0, ON_SHARD_1]) {
        const sources = await respond(fake, slashCommand('sources', {}, actor));
        expect(sources.embeds[0].description).toContain(`Corpus version \`${newVersion}\``);
      }
      const answer = await respond(fake, slashCommand('ask', { question: 'how late was the ferry' }, ON_SHARD_1));
      expect(answer.embeds[0].footer.text).toBe('radio#1');

      // From the other shard too; a broken file is refused by both, and both keep the same version.
      corpus.write('radio.md', '---\nid: radio\nsource: City Radio\n---\n\nLate.\n');
      const refused = await respond(fake, slashCommand('reload', {}, { ...SERVER_MANAGER, guildId: SECOND_GUILD_ID }));
      expect(refused.content).toMatch(/^The corpus was not reloaded: it has 1 problem\./u);
      expect(refused.embeds[0].description.split('\n')).toEqual([
        `Every shard of this host serves version \`${newVersion}\`.`,
        `Shard 0: refused the invalid corpus, serves \`${newVersion}\``,
        `Shard 1 (this server's): refused the invalid corpus, serves \`${newVersion}\``,
      ]);
      // Each shard logs what it did, and which shard it is.
      expect(await waitForLine(manager, (line) => line.msg === 'corpus reloaded' && line.shard === 1)).toMatchObject({
        requestedByShard: 0,
        moderatorId: SERVER_MANAGER.id,
        toVersion: newVersion,
      });
      await waitForLine(manager, (line) => line.msg === 'interaction' && line.command === 'ask' && line.shard === 1);
      await waitForLine(manager, (line) => line.msg === 'interaction' && line.command === 'reload' && line.shard === 0);

      manager.child.kill('SIGTERM');

      expect(await manager.exited()).toBe(0);
      const shardPids = logLines(manager)
        .filter((line) => line.msg === 'shard started')
        .map((line) => line.shardPid);
      expect(shardPids).toHaveLength(2);
      expect(shardPids.filter(isRunning)).toEqual([]);
      expect(
        logLines(manager)
          .filter((line) => line.msg === 'citebot stopped')
          .map((line) => line.shard)
          .sort(),
      ).toEqual([0, 1]);
      expect(manager.stdout() + manager.stderr()).not.toContain(TEST_TOKEN);
    });
  });
});

describe('npm run start:sharded, one of several hosts', () => {
  it('runs only the SHARD_IDS it is given, out of TOTAL_SHARDS; they stop by themselves if the manager dies', async () => {
    await withShardedBot({ TOTAL_SHARDS: '2', SHARD_IDS: '1' }, async (fake, manager) => {
      await manager.waitForOutput('every shard is online', 15_000);

      expect(fake.identifies.map((identify) => identify.shard)).toEqual([[1, 2]]);
      const sources = await respond(fake, slashCommand('sources', {}, ON_SHARD_1));
      expect(sources.embeds[0].footer.text).toBe('Shard 1 of 2');

      // The shard writes to the manager's output, which closes only once the shard has exited too.
      const everyProcessGone = once(manager.child, 'close');

      manager.child.kill('SIGKILL');

      await waitForLine(
        manager,
        (line) => line.msg === 'the sharding manager is gone: shutting down' && line.shard === 1,
      );
      await waitForLine(manager, (line) => line.msg === 'citebot stopped' && line.shard === 1);
      await everyProcessGone;
    });
  });
});

describe('npm run start:sharded, when things go wrong', () => {
  it('restarts a shard that dies, and stops everything when one keeps dying', async () => {
    await withShardedBot({ TOTAL_SHARDS: '2', SHARD_IDS: '1' }, async (fake, manager) => {
      await manager.waitForOutput('every shard is online', 15_000);
      const started = () => logLines(manager).filter((line) => line.msg === 'shard started');
      const kill = async () => {
        const count = started().length;
        process.kill(started().at(-1)?.shardPid, 'SIGKILL');
        await waitUntil(() => started().length > count, 'the manager has started the shard again');
      };

      await kill();
      // A new shard loads the engine and warms it up before it logs in, as the first one did, so it
      // gets the same time to come online: on a loaded 2-core machine that can exceed 5 s.
      await waitUntil(() => fake.identifies.length === 2, 'the new shard has identified', 15_000);
      const sources = await respond(fake, slashCommand('sources', {}, ON_SHARD_1));
      expect(sources.embeds[0].footer.text).toBe('Shard 1 of 2');

      await kill();
      await kill();

      expect(await manager.exited()).toBe(1);
      expect(
        await waitForLine(manager, (line) => line.msg === 'a shard keeps dying: stopping every shard'),
      ).toMatchObject({ shard: 1, deaths: 3 });
      expect(
        started()
          .map((line) => line.shardPid)
          .filter(isRunning),
      ).toEqual([]);
    });
  });

  it('exits 1 when Discord refuses a shard, here because TOTAL_SHARDS is too low for the bot', async () => {
    await withShardedBot({ TOTAL_SHARDS: '1' }, async (fake, manager) => {
      expect(await manager.exited()).toBe(1);
      expect(fake.identifies.map((identify) => identify.shard)).toEqual([[0, 1]]);
      const fatal = logLines(manager).filter((line) => line.level === 60);
      // The shard and the manager write concurrently: their lines may come in either order.
      expect(fatal.find((line) => line.shard === 0)?.err.message).toBe('Sharding is required');
      expect(fatal.find((line) => line.shard === undefined)).toMatchObject({
        msg: 'a shard could not start: see its lines above',
        err: { message: "Shard 0's Client disconnected before becoming ready." },
      });
    });
  });

  it('exits 1 when Discord rejects the token, before starting any shard and without printing it', async () => {
    const fake = await FakeDiscord.start({ shards: 2 });
    const corpus = tempCorpus(HARBOUR_REPORTS);
    const wrongToken = 'wrong-token.never-printed';
    try {
      const env = { DISCORD_TOKEN: wrongToken, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpus.dir };
      const manager = runProgram(MANAGER, env);
      expect(await manager.exited()).toBe(1);
      expect(logLines(manager).at(-1)).toMatchObject({
        level: 60,
        msg: 'could not ask Discord for the shard count: check DISCORD_TOKEN and DISCORD_API_URL',
      });
      expect(fake.identifies).toEqual([]);
      expect(manager.stdout() + manager.stderr()).not.toContain(wrongToken);
    } finally {
      await fake.close();
      corpus.cleanup();
    }
  });

  it('refuses an invalid corpus before starting any shard', async () => {
    const broken = tempCorpus({ 'wire.md': '---\nid: wire\nsource: "Wire"\n---\n\nText.\n' });
    try {
      const manager = runProgram(MANAGER, { DISCORD_TOKEN: TEST_TOKEN, CORPUS_DIR: broken.dir, LOG_LEVEL: 'silent' });
      expect(await manager.exited()).toBe(1);
      expect(manager.stderr()).toBe(
        'citebot cannot start: The corpus has 1 problem:\nwire.md:2: "title" is required\n',
      );
    } finally {
      broken.cleanup();
    }
  });

  it('refuses shard ids that TOTAL_SHARDS does not have, before starting any shard', async () => {
    const manager = runProgram(MANAGER, { DISCORD_TOKEN: TEST_TOKEN, TOTAL_SHARDS: '2', SHARD_IDS: '1,2' });
    expect(await manager.exited()).toBe(1);
    expect(manager.stderr()).toBe(
      'citebot cannot start. The configuration has 1 problem:\n' +
        '  - SHARD_IDS: shard 2 does not exist when TOTAL_SHARDS is 2 (ids go from 0 to 1)\n' +
        'See .env.example and docs/bot.md.\n',
    );
  });
});
