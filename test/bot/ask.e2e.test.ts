import { embedLength } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempCorpus, tempCorpus } from '../support/corpus.js';
import { READER, SECOND_READER } from '../support/discord-fixtures.js';
import { autocomplete, buttonClick, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// The project's own corpus: the question of the README must work on it.
// Ranking belongs to the engine and may change, so these tests check the form of every passage shown.
const REPORTS = {
  reuters: { title: 'Reuters: Untitled report (the text gives no headline)', details: ' · by Jack Kim' },
  'al-jazeera': { title: 'Al Jazeera: North Korea’s Kim gifted car by Russia’s Putin, state media says', details: '' },
  blog: {
    title: "Unattributed blog post: PUTIN gifts car to KIM JONG UN as a sign of ‘special personal relations'",
    details: ' · 2024-02-20',
  },
};

/** The paragraph id an answer embed shows first in its footer. */
const passageId = (embed: { footer: { text: string } }): string => embed.footer.text.split(' · ')[0] ?? '';
let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus('project');
  bot = await startTestBot({ corpus });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

describe('/ask', () => {
  it('quotes the passages that answer, publicly, with source, title, id and who else reports it', async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'who delivered the car' }));

    expect(reply.type).toBe(4);
    expect(reply.ephemeral).toBe(false);
    expect(reply.data.content).toBe('**Asked:** who delivered the car');
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const ids = reply.data.embeds.map(passageId);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(ids.some((id: string) => id === 'reuters#3' || id === 'blog#2')).toBe(true);
    for (const embed of reply.data.embeds) {
      const report = REPORTS[passageId(embed).split('#')[0] as keyof typeof REPORTS];
      expect(embed.title).toBe(report.title);
      expect(embed.footer.text).toBe(`${passageId(embed)}${report.details}`);
      expect(embed.description).toMatch(/^> .*\*\*delivered\*\*/u);
      for (const field of embed.fields ?? []) {
        expect(field.name).toBe('Also reported by');
        expect(field.value).toMatch(/^[^,]+ \([a-z-]+#\d+\)(, [^,]+ \([a-z-]+#\d+\))*$/u);
      }
    }
  });

  it('has a Post quote button that posts the top passage publicly as a citation', async () => {
    const answer = await bot.respond(slashCommand('ask', { question: 'who delivered the car' }));
    const button = answer.data.components[0].components[0];
    expect(button).toMatchObject({ type: 2, label: 'Post quote' });
    const topId = passageId(answer.data.embeds[0]);

    const posted = await bot.respond(buttonClick(button.custom_id, READER));

    expect(posted.type).toBe(4);
    expect(posted.ephemeral).toBe(false);
    expect(posted.data.allowed_mentions).toEqual({ parse: [] });
    const [quoteLine, citation, shared] = posted.data.content.split('\n');
    expect(quoteLine).toMatch(/^> .*delivered/u);
    expect(citation).toMatch(/^— [^,]+, \*.+\*( \(.+\))?, ¶\d+$/u);
    expect(shared).toBe(`-# Shared by <@${READER.id}> · ${topId}`);
  });

  it('answers privately when asked to, and the button still posts publicly', async () => {
    const answer = await bot.respond(slashCommand('ask', { question: 'who delivered the car', private: true }));
    expect(answer.ephemeral).toBe(true);

    const posted = await bot.respond(buttonClick(answer.data.components[0].components[0].custom_id));
    expect(posted.ephemeral).toBe(false);
  });

  it('quotes only the chosen source', async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'who delivered the car', source: 'reuters' }));
    const ids = reply.data.embeds.map(passageId);
    expect(ids).toContain('reuters#3');
    for (const id of ids) expect(id).toMatch(/^reuters#/u);
  });

  it('suggests the loaded sources as the user types', async () => {
    const all = await bot.respond(autocomplete('ask', { question: 'car', source: '' }, 'source'));
    expect(all.type).toBe(8);
    expect(all.data.choices).toEqual([
      { name: 'Al Jazeera', value: 'Al Jazeera' },
      { name: 'Unattributed blog post', value: 'Unattributed blog post' },
      { name: 'Reuters', value: 'Reuters' },
    ]);

    const typed = await bot.respond(autocomplete('ask', { question: 'car', source: 'reu' }, 'source'));
    expect(typed.data.choices).toEqual([{ name: 'Reuters', value: 'Reuters' }]);
  });

  it('says privately which sources exist when the source is unknown', async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'who delivered the car', source: 'Gazette' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'No loaded source is called "Gazette". The sources are: ' +
        'Al Jazeera (al-jazeera), Unattributed blog post (blog), Reuters (reuters).',
    );
  });

  it("says privately that the reports don't say, and suggests /sources", async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'what did the zeppelin pilot eat for breakfast' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      "**Asked:** what did the zeppelin pilot eat for breakfast\nThe reports don't say what the zeppelin pilot ate for breakfast. Try other words, or see what they cover with /sources.",
    );
    expect(reply.data.embeds).toBeUndefined();
  });

  it('offers the closest passages of a near miss privately, marked as not an answer, with no Post quote button', async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'what did the White House say about the gift' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      "**Asked:** what did the White House say about the gift\nThe reports don't say what the White House said about the gift. " +
        'Try other words, or see what they cover with /sources.\nThe closest passages, which do not answer it:',
    );
    expect(reply.data.embeds.length).toBeGreaterThan(0);
    expect(reply.data.components ?? []).toEqual([]);
  });

  it('keeps a 6000-character question within the message limits', async () => {
    const question = `who delivered the car ${'and what happened next '.repeat(270)}`.slice(0, 6000);
    expect(question).toHaveLength(6000);

    const reply = await bot.respond(slashCommand('ask', { question }));

    expect(reply.data.content.length).toBeLessThanOrEqual(2000);
    expect(reply.data.content.length).toBeLessThanOrEqual(320);
    expect(reply.data.content).toMatch(/…$/u);
    const embeds = reply.data.embeds ?? [];
    expect(
      embeds.reduce((sum: number, embed: Parameters<typeof embedLength>[0]) => sum + embedLength(embed), 0),
    ).toBeLessThanOrEqual(6000);
  });

  it('pings nobody when the question mentions @everyone or a role', async () => {
    const reply = await bot.respond(
      slashCommand('ask', { question: '@everyone <@&200000000000000002> who delivered the car?' }),
    );
    expect(reply.data.content).toContain('@everyone');
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('escapes Markdown in the echoed question, and a link so it shows no preview', async () => {
    const reply = await bot.respond(slashCommand('ask', { question: 'who **delivered** the _car_ [x](http://e.com)' }));
    expect(reply.data.content.split('\n')[0]).toBe(
      '**Asked:** who \\*\\*delivered\\*\\* the \\_car\\_ \\[x](http\\://e.com)',
    );
  });

  it('logs one line per interaction: command, user, latency, hits and outcome', async () => {
    await bot.respond(slashCommand('ask', { question: 'who delivered the car' }, SECOND_READER));
    const line = await bot.logs.waitFor((entry) => entry.msg === 'interaction' && entry.userId === SECOND_READER.id);
    expect(line).toMatchObject({ command: 'ask', userId: SECOND_READER.id, hits: 3, outcome: 'ok', level: 30 });
    expect(line.latencyMs).toBeGreaterThanOrEqual(0);
    expect(line.latencyMs).toBeLessThan(3000);
  });

  it('leaves no request unanswered by the fake: every call went to a real Discord route', () => {
    expect(bot.fake.unexpectedRequests).toEqual([]);
  });
});
