import { REST } from '@discordjs/rest';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { SlashCommand } from '../../src/bot/command.js';
import { deployCommands, describeDeployment } from '../../src/bot/deploy.js';
import { sendReply } from '../../src/bot/reply.js';
import { ensureBuilt, runProgram } from '../support/built-program.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { APPLICATION_ID, GUILD_ID } from '../support/discord-fixtures.js';
import { FakeDiscord, TEST_TOKEN } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, waitUntil } from '../support/test-bot.js';

const BOT = 'src/bot/main.js';
const DEPLOY = 'src/bot/deploy-commands.js';
let corpus: TempCorpus;

beforeAll(() => {
  ensureBuilt([BOT, DEPLOY]);
  corpus = tempCorpus(HARBOUR_REPORTS);
}, 120_000);
afterAll(() => corpus?.cleanup());

describe('graceful shutdown', () => {
  it('finishes the answers in flight, turns new ones away, then disconnects', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = {
      kind: 'slash',
      rateLimited: false,
      data: new SlashCommandBuilder().setName('slow').setDescription('Takes its time'),
      async execute(interaction) {
        await gate;
        await sendReply(interaction, { content: 'finished' });
        return {};
      },
    } satisfies SlashCommand;
    const test = await startTestBot({ corpus, commands: [...commands, slow] });
    try {
      const inFlight = test.respond(slashCommand('slow'));
      await waitUntil(() => test.bot.router.inFlight === 1, 'the slow command is running');

      const stopping = test.bot.stop();
      const turnedAway = await test.respond(slashCommand('sources'));
      expect(turnedAway.ephemeral).toBe(true);
      expect(turnedAway.data.content).toBe('citebot is restarting. Try again in a minute.');

      release();
      expect((await inFlight).data.content).toBe('finished');
      await stopping;
      expect(test.bot.client.isReady()).toBe(false);
      expect(await test.logs.waitFor((entry) => entry.msg === 'citebot stopped')).toMatchObject({
        finishedInFlight: 1,
      });
    } finally {
      release();
      await test.stop();
    }
  });
});

describe('npm start (the built bot as a process)', () => {
  it('logs in, answers, and on SIGTERM shuts down cleanly with exit code 0', async () => {
    const fake = await FakeDiscord.start();
    const bot = runProgram(BOT, {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: corpus.dir,
      LOG_LEVEL: 'info',
    });
    try {
      await bot.waitForOutput('citebot is online');
      const reply = await fake.sendInteraction(slashCommand('sources'));
      expect(reply.body.data.embeds[0].title).toBe('2 reports loaded');

      bot.child.kill('SIGTERM');

      expect(await bot.exited()).toBe(0);
      const lines = bot
        .stdout()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining(['citebot is online', 'interaction', 'shutting down', 'citebot stopped']),
      );
      expect(lines.find((line) => line.msg === 'shutting down').signal).toBe('SIGTERM');
      expect(bot.stdout() + bot.stderr()).not.toContain(TEST_TOKEN);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.close();
    }
  });

  it('refuses to start without a token, listing every configuration problem', async () => {
    const bot = runProgram(BOT, { RATE_LIMIT_MAX: 'lots' });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr()).toBe(
      'citebot cannot start. The configuration has 2 problems:\n' +
        '  - DISCORD_TOKEN is required: the bot token from the Discord Developer Portal (Bot → Reset Token)\n' +
        '  - RATE_LIMIT_MAX must be a whole number of at least 0 (got "lots")\n' +
        'See .env.example and docs/bot.md.\n',
    );
  });

  it('exits 1 when Discord rejects the token, without printing it', async () => {
    const fake = await FakeDiscord.start();
    const wrongToken = 'wrong-token.never-printed';
    try {
      const bot = runProgram(BOT, { DISCORD_TOKEN: wrongToken, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpus.dir });
      expect(await bot.exited()).toBe(1);
      const fatal = JSON.parse(bot.stdout().trim().split('\n').at(-1) ?? '{}');
      expect(fatal).toMatchObject({
        level: 60,
        msg: 'could not log in to Discord: check DISCORD_TOKEN and DISCORD_API_URL',
      });
      expect(bot.stdout() + bot.stderr()).not.toContain(wrongToken);
    } finally {
      await fake.close();
    }
  });

  it('refuses to start from an invalid corpus, naming the file and line', async () => {
    const broken = tempCorpus({ 'wire.md': '---\nid: wire\nsource: "Wire"\n---\n\nText.\n' });
    try {
      const bot = runProgram(BOT, { DISCORD_TOKEN: TEST_TOKEN, CORPUS_DIR: broken.dir, LOG_LEVEL: 'silent' });
      expect(await bot.exited()).toBe(1);
      expect(bot.stderr()).toBe('citebot cannot start: The corpus has 1 problem:\nwire.md:2: "title" is required\n');
    } finally {
      broken.cleanup();
    }
  });
});

describe('npm run deploy-commands', () => {
  it('registers every command in the configured server and prints what it registered', async () => {
    const fake = await FakeDiscord.start();
    try {
      const deploy = runProgram(DEPLOY, {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: fake.apiUrl,
      });
      expect(await deploy.exited()).toBe(0);
      expect(deploy.stdout()).toBe(
        `Registered 6 commands in server ${GUILD_ID}:\n  /ask\n  /quote\n  /sources\n  /reload\n  /corpus\n  Find sources (message menu)\n`,
      );
      const put = await fake.waitForRequest((request) => request.method === 'PUT');
      expect(put.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
      expect(put.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
      expect(put.body).toEqual(commands.map((command) => command.data.toJSON()));
      const ask = put.body.find((command: { name: string }) => command.name === 'ask');
      expect(ask.options.map((option: { name: string; required?: boolean }) => [option.name, option.required])).toEqual(
        [
          ['question', true],
          ['source', false],
          ['private', false],
        ],
      );
      expect(ask.options[0].max_length).toBe(300);
    } finally {
      await fake.close();
    }
  });

  it('registers globally when no server is set', async () => {
    const fake = await FakeDiscord.start();
    try {
      const rest = new REST({ api: fake.apiUrl }).setToken(TEST_TOKEN);
      const deployment = await deployCommands(rest, { applicationId: APPLICATION_ID }, commands);
      expect(describeDeployment(deployment).split('\n')[0]).toBe('Registered 6 commands globally:');
      expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        `PUT /api/v10/applications/${APPLICATION_ID}/commands`,
      ]);
    } finally {
      await fake.close();
    }
  });

  it('says what to check when Discord refuses the token', async () => {
    const fake = await FakeDiscord.start();
    try {
      const deploy = runProgram(DEPLOY, {
        DISCORD_TOKEN: 'wrong-token.never-printed',
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: fake.apiUrl,
      });
      expect(await deploy.exited()).toBe(1);
      expect(deploy.stderr()).toBe(
        'Discord refused the commands: 401: Unauthorized (HTTP 401). Check DISCORD_TOKEN: Discord did not accept it.\n',
      );
    } finally {
      await fake.close();
    }
  });

  it('explains a missing application id without contacting Discord', async () => {
    const deploy = runProgram(DEPLOY, { DISCORD_TOKEN: TEST_TOKEN });
    expect(await deploy.exited()).toBe(1);
    expect(deploy.stderr()).toContain('DISCORD_APPLICATION_ID is required to register commands');
  });
});
