import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempCorpus, tempCorpus } from '../support/corpus.js';
import { autocomplete, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const LONG_PARAGRAPH = `${'The ferry kept to the timetable on every crossing that winter. '.repeat(150)}The end.`;
let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus({
    'daily.md': {
      id: 'daily',
      source: 'The Daily',
      title: 'Ferry reaches the harbour',
      author: 'Ana Ruiz',
      published: '2024-03-01',
      url: 'https://example.com/ferry',
      paragraphs: [
        'The ferry reached the harbour at noon after a storm delayed it by six hours.',
        'A notice for @everyone and <@&200000000000000002>: the *harbour* café is __closed__ until Monday.',
        LONG_PARAGRAPH,
      ],
    },
    'wire.md': {
      id: 'wire',
      source: 'Wire Service',
      title: 'Storm delays island ferry',
      paragraphs: ['A storm delayed the island ferry by six hours, port officials said.'],
    },
  });
  bot = await startTestBot({ corpus });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

describe('/quote', () => {
  it('posts the paragraph verbatim as a block quote, then the citation and the link', async () => {
    const reply = await bot.respond(slashCommand('quote', { passage: 'daily#1' }));
    expect(reply.type).toBe(4);
    expect(reply.ephemeral).toBe(false);
    expect(reply.data.content).toBe(
      '> The ferry reached the harbour at noon after a storm delayed it by six hours.\n' +
        '— The Daily, *Ferry reaches the harbour* (Ana Ruiz, 2024-03-01), ¶1\n' +
        '<https://example.com/ferry>',
    );
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    // A citation in text needs no preview card of its link.
    expect(reply.data.flags).toBe(MessageFlags.SuppressEmbeds);
  });

  it('leaves out the details a report does not have', async () => {
    const reply = await bot.respond(slashCommand('quote', { passage: 'Wire #1' }));
    expect(reply.data.content).toBe(
      '> A storm delayed the island ferry by six hours, port officials said.\n— Wire Service, *Storm delays island ferry*, ¶1',
    );
  });

  it('pings nobody and shows Markdown literally when the corpus contains @everyone, role mentions and markup', async () => {
    const reply = await bot.respond(slashCommand('quote', { passage: 'daily#2' }));
    expect(reply.data.content.split('\n')[0]).toBe(
      '> A notice for @everyone and <@&200000000000000002>: the \\*harbour\\* café is \\_\\_closed\\_\\_ until Monday.',
    );
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('shortens a very long paragraph at a sentence, keeping the whole citation within 2000 characters', async () => {
    const reply = await bot.respond(slashCommand('quote', { passage: 'daily#3' }));
    const content: string = reply.data.content;
    expect(LONG_PARAGRAPH.length).toBeGreaterThan(9000);
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.length).toBeGreaterThan(1800);
    expect(content).toMatch(
      /winter\. …\n— The Daily, \*Ferry reaches the harbour\* \(Ana Ruiz, 2024-03-01\), ¶3\n<https:\/\/example\.com\/ferry>$/u,
    );
  });

  it('says privately that an unknown id does not exist, and what ids look like', async () => {
    const reply = await bot.respond(slashCommand('quote', { passage: 'daily#99' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'There is no passage "daily#99". Passage ids look like daily#1: pick one from the list as you type, or see /sources.',
    );
  });

  it('suggests passages as the user types: the id as value, a preview of at most 100 characters as name', async () => {
    const empty = await bot.respond(autocomplete('quote', { passage: '' }, 'passage'));
    expect(empty.type).toBe(8);
    expect(empty.data.choices.map((choice: { value: string }) => choice.value)).toEqual([
      'daily#1',
      'daily#2',
      'daily#3',
      'wire#1',
    ]);
    for (const choice of empty.data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(empty.data.choices[2].name).toMatch(/^daily#3: The ferry kept to the timetable .*…$/u);

    // Best match first: the shorter paragraph holds the typed words more densely.
    const typed = await bot.respond(autocomplete('quote', { passage: 'storm delayed' }, 'passage'));
    expect(typed.data.choices).toEqual([
      { name: 'wire#1: A storm delayed the island ferry by six hours, port officials said.', value: 'wire#1' },
      {
        name: 'daily#1: The ferry reached the harbour at noon after a storm delayed it by six hours.',
        value: 'daily#1',
      },
    ]);
  });

  it('offers at most 25 suggestions', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => `Entry ${i + 1}: calm sea.`);
    corpus.write('log.md', { id: 'log', source: 'Log', title: 'Entries', paragraphs: entries });
    await bot.live.reload();
    try {
      const reply = await bot.respond(autocomplete('quote', { passage: 'calm' }, 'passage'));
      expect(reply.data.choices).toHaveLength(25);
    } finally {
      corpus.remove('log.md');
      await bot.live.reload();
    }
  });
});
