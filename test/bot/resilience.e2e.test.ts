import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { SlashCommand } from '../../src/bot/command.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { READER, SECOND_READER } from '../support/discord-fixtures.js';
import { TEST_TOKEN } from '../support/fake-discord.js';
import { autocomplete, buttonClick, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

/** A command whose handler has a bug, added next to the real ones. */
const broken = {
  kind: 'slash',
  rateLimited: false,
  data: new SlashCommandBuilder().setName('broken').setDescription('Fails'),
  async execute() {
    throw new TypeError("Cannot read properties of undefined (reading 'text')");
  },
  async autocomplete() {
    throw new Error('suggestions failed');
  },
} satisfies SlashCommand;

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus, commands: [...commands, broken], env: { RATE_LIMIT_MAX: '2' } });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

describe('when a handler fails', () => {
  it('apologises privately with an error id, logs the error under that id, and keeps serving', async () => {
    const reply = await bot.respond(slashCommand('broken'));

    expect(reply.ephemeral).toBe(true);
    const match =
      /^Sorry, something went wrong on my side\. If it keeps happening, tell a moderator the error id `([0-9a-f]{8})`\.$/u.exec(
        reply.data.content,
      );
    expect(match).not.toBeNull();
    const logged = await bot.logs.waitFor((entry) => entry.errorId === match?.[1]);
    expect(logged).toMatchObject({ level: 50, command: 'broken', outcome: 'error', userId: READER.id });
    expect(logged.err.message).toBe("Cannot read properties of undefined (reading 'text')");

    const after = await bot.respond(slashCommand('sources'));
    expect(after.data.embeds[0].title).toBe('2 reports loaded');
  });

  it('answers a failed autocomplete with no choices', async () => {
    const reply = await bot.respond(autocomplete('broken', { anything: 'x' }, 'anything'));
    expect(reply).toMatchObject({ type: 8, data: { choices: [] } });
  });
});

describe('unknown interactions', () => {
  it('tells the user privately about a command the bot does not have', async () => {
    const reply = await bot.respond(slashCommand('weather'));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      "I don't know that command: it may have been removed. Type / to see citebot's commands.",
    );
  });

  it('tells the user privately about a button the bot does not have', async () => {
    const reply = await bot.respond(buttonClick('vote:yes'));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'This button no longer does anything (the bot was updated). Run the command again.',
    );
  });

  it('says a Post quote button for a passage that no longer exists is out of date', async () => {
    const reply = await bot.respond(buttonClick('post-quote:gone#1:0:5:000000000000'));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'That passage is no longer in the corpus: it was reloaded since this answer. Ask again.',
    );
  });
});

describe('rate limit (2 per 30 s in this file)', () => {
  it('refuses the third use privately with the wait, counting /ask, /quote and the button together', async () => {
    const user = { ...READER, id: '500000000000000042' };
    await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }, user));
    await bot.respond(slashCommand('quote', { passage: 'daily#1' }, user));
    const refused = await bot.respond(buttonClick('post-quote:daily#1', user));

    expect(refused.ephemeral).toBe(true);
    expect(refused.data.content).toMatch(/^You're asking quickly: try again in (30|29) s\.$/u);
    const line = await bot.logs.waitFor((entry) => entry.userId === user.id && entry.outcome === 'rate-limited');
    expect(line.command).toBe('button:post-quote');
  });

  it('limits each user separately and leaves /sources alone', async () => {
    const user = { ...SECOND_READER, id: '500000000000000043' };
    await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }, user));
    await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }, user));
    expect((await bot.respond(slashCommand('sources', {}, user))).data.embeds).toHaveLength(1);
    const other = await bot.respond(slashCommand('quote', { passage: 'daily#1' }, SECOND_READER));
    expect(other.ephemeral).toBe(false);
  });
});

describe('secrets', () => {
  it('logs in with the configured token and only the Guilds intent, with mentions off by default', () => {
    expect(bot.fake.identifies).toHaveLength(1);
    expect(bot.fake.identifies[0]).toMatchObject({ token: TEST_TOKEN, intents: 1 });
    expect(bot.bot.client.options.allowedMentions).toEqual({ parse: [] });
  });

  it('never writes the bot token or an interaction token to the log, even in errors about expired interactions', async () => {
    const late = slashCommand('sources');
    bot.fake.expireInteraction(late.id);
    await bot.fake.sendInteraction(late);
    const failure = await bot.logs.waitFor((entry) => entry.interactionId === late.id && entry.outcome === 'expired');
    expect(failure).toMatchObject({ level: 40, msg: 'interaction expired before it was answered' });
    expect(failure.err.message).toBe('Unknown interaction');
    expect(JSON.stringify(failure.err)).toContain(`/interactions/${late.id}/[redacted]/callback`);

    const all = bot.logs.lines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain('interaction-token-');
  });
});
