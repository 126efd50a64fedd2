import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { messageCommand, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

describe('/sources', () => {
  it('lists each report privately with its details, the corpus version and when it was loaded', async () => {
    const reply = await bot.respond(slashCommand('sources'));
    expect(reply.ephemeral).toBe(true);
    const corpusNow = bot.live.index.corpus;
    const loaded = Math.floor(corpusNow.loadedAt.getTime() / 1000);
    expect(reply.data.embeds).toEqual([
      {
        color: 0x2b6cb0,
        title: '2 reports loaded',
        description: [
          `Corpus version \`${corpusNow.version}\`, loaded <t:${loaded}:f> (<t:${loaded}:R>).`,
          '• **The Daily**: *Ferry reaches the harbour* · Ana Ruiz, 2024-03-01 · 3 paragraphs (`daily#1`–`#3`) · [link](https://example.com/ferry)',
          '• **Wire Service**: *Storm delays island ferry* · 2 paragraphs (`wire#1`–`#2`)',
        ].join('\n'),
      },
    ]);
    expect(corpusNow.version).toMatch(/^[0-9a-f]{12}$/u);
  });
});

describe('Find sources (message context menu)', () => {
  it('privately shows the passages that support the message', async () => {
    const reply = await bot.respond(messageCommand('Find sources', 'I heard a storm held the ferry up by six hours!'));
    expect(reply.type).toBe(4);
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      '**Message:** I heard a storm held the ferry up by six hours!\nThese passages of the reports support it:',
    );
    const ids = reply.data.embeds.map((embed: { footer: { text: string } }) => embed.footer.text.split(' · ')[0]);
    expect(ids).toContain('wire#1');
    const daily = reply.data.embeds[ids.indexOf('daily#1')];
    expect(daily).toMatchObject({
      title: 'The Daily: Ferry reaches the harbour',
      url: 'https://example.com/ferry',
      footer: { text: 'daily#1 · by Ana Ruiz · 2024-03-01' },
    });
    expect(daily.description).toMatch(/^> .*\*\*storm\*\*/u);
    expect(reply.data.components[0].components[0].label).toBe('Post quote');
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says so when no report supports the message', async () => {
    const reply = await bot.respond(messageCommand('Find sources', 'Penguins invented the zeppelin.'));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      '**Message:** Penguins invented the zeppelin.\nNone of the reports support that message. See what they cover with /sources.',
    );
  });

  it('explains that a message without text cannot be looked up', async () => {
    const reply = await bot.respond(messageCommand('Find sources', ''));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe('That message has no text to look up.');
  });

  it('keeps a 6000-character message and its @everyone within limits, pinging nobody', async () => {
    const text = `@everyone ${'The storm delayed the ferry by six hours. '.repeat(200)}`.slice(0, 6000);
    const reply = await bot.respond(messageCommand('Find sources', text));
    expect(reply.data.content.length).toBeLessThanOrEqual(400);
    expect(reply.data.content.startsWith('**Message:** @everyone The storm delayed')).toBe(true);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
  });
});
