/**
 * What the bot must never let happen, however it is used: a non-moderator
 * reloading the corpus, the token showing anywhere, one user's burst getting
 * through the rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { type Actor, GUILD_ID, MODERATOR_ROLE_ID, READER, ROLE_MODERATOR } from '../support/discord-fixtures.js';
import { TEST_TOKEN } from '../support/fake-discord.js';
import { buttonClick, forgedSlashCommand, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({
    corpus,
    // A server admin pasted the server's id among the role ids: that is the @everyone role.
    env: {
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      MODERATOR_ROLE_IDS: `${MODERATOR_ROLE_ID},${GUILD_ID}`,
    },
  });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

const user = (n: number): Actor => ({ ...READER, id: `5100000000000${String(n).padStart(5, '0')}`, username: `u${n}` });

describe('/reload stays with moderators', () => {
  it('is refused to a member, whatever Discord shows them, even when the role list names @everyone', async () => {
    const reply = await bot.respond(slashCommand('reload', {}, READER));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'Only moderators can reload the corpus: it needs the Manage Server permission or a moderator role.',
    );
  });

  it('is still allowed to a member with a real moderator role', async () => {
    const reply = await bot.respond(slashCommand('reload', {}, ROLE_MODERATOR));
    expect(reply.data.content).toMatch(/^Reloaded the corpus: nothing changed/u);
  });
});

describe('the rate limit under a burst', () => {
  it('lets 5 of 40 questions sent at once by one user through, answers every one, and refuses the rest privately', async () => {
    const burster = user(1);
    const questions = Array.from({ length: 40 }, (_, i) => `how late was ferry number ${i}`);

    const replies = await Promise.all(
      questions.map((question) => bot.respond(slashCommand('ask', { question }, burster))),
    );

    const refused = replies.filter((reply) =>
      /^You're asking quickly: try again in \d+ s\.$/u.test(reply.data.content),
    );
    expect(refused).toHaveLength(35);
    expect(refused.every((reply) => reply.ephemeral)).toBe(true);
    expect(
      replies.filter((reply) => reply.data.content.startsWith('**Asked:** how late was ferry number')),
    ).toHaveLength(5);
  });
});

describe('memory that grows with the number of people', () => {
  it('is not spent on caching the users and members every interaction brings', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => bot.respond(slashCommand('sources', {}, user(100 + i)))));
    const client = bot.bot.client;
    expect([...client.users.cache.keys()]).toEqual([client.user?.id]);
    expect(client.guilds.cache.get(GUILD_ID)?.members.cache.size ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('the bot token', () => {
  it('appears in nothing the bot logged or sent, after answers, refusals, reloads and failures', async () => {
    const before = bot.live.index.corpus.version;
    const sources = await bot.respond(slashCommand('sources', {}, user(2)));
    await bot.respond(slashCommand('quote', { passage: 'wire#9' }, user(3)));
    await bot.respond(forgedSlashCommand('ask', [{ name: 'question', type: 4, value: 7 }], user(4)));
    await bot.respond(buttonClick('post-quote:gone#1:0:5:000000000000', user(5)));
    corpus.write('broken.md', '---\nid: broken\nsource: Broken\n---\n\nText.\n');
    await bot.respond(slashCommand('reload', {}, ROLE_MODERATOR));
    corpus.remove('broken.md');
    bot.fake.failRequests((request) => request.body?.data?.content?.includes('wire#8'), Array(4).fill({ status: 500 }));
    await bot.respond(slashCommand('quote', { passage: 'wire#8' }, user(7)));
    const expired = slashCommand('sources', {}, user(6));
    bot.fake.expireInteraction(expired.id);
    await bot.fake.sendInteraction(expired);
    await bot.logs.waitFor((entry) => entry.interactionId === expired.id && entry.outcome === 'expired');
    expect(bot.live.index.corpus.version).toBe(before);

    expect(JSON.stringify(sources.data)).not.toContain(TEST_TOKEN);
    const logged = bot.logs.lines.join('');
    expect(logged).toContain('interaction');
    expect(logged).not.toContain(TEST_TOKEN);
    for (const request of bot.fake.requests) {
      const { authorization, ...headers } = request.headers;
      const sent = JSON.stringify({ path: request.path, query: [...request.query], headers, body: request.body });
      expect(sent).not.toContain(TEST_TOKEN);
    }
  });
});
