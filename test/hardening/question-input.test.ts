/**
 * Whatever a member types as a question or posts in a message, the answer
 * stays within Discord's limits, formats nothing they wrote and pings nobody.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { askMessage, findSourcesMessage } from '../../src/bot/answers.js';
import { ECHO_BUDGET } from '../../src/bot/format.js';
import { fitMessage } from '../../src/bot/reply.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { PROJECT_CORPUS } from '../support/corpus.js';
import { activeMarkdown, expectWholeOrCleanlyCut, expectWithinDiscordLimits } from './discord-message.js';
import { anyQuestion } from './hostile-text.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(PROJECT_CORPUS));
});

/** The question as the echo shows it: on one line, spaces collapsed. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Bold markers the bot puts around matched words are its own; everything else in a quote came from a report. */
const withoutHighlights = (markdown: string) =>
  markdown.replace(/\\[\s\S]|\*\*/gu, (match) => (match === '**' ? '' : match));

describe('any question', () => {
  it('gets an answer within every Discord limit, echoed escaped and whole or cut at a word, pinging nobody', () => {
    fc.assert(
      fc.property(anyQuestion, fc.boolean(), (question, privately) => {
        const { message } = askMessage(index, question, { private: privately });
        const body = fitMessage(message);
        expectWithinDiscordLimits(body);

        const [echo = ''] = (body.content ?? '').split('\n');
        expect(echo.startsWith('**Asked:** ')).toBe(true);
        const asked = echo.slice('**Asked:** '.length);
        expect(activeMarkdown(asked)).toEqual([]);
        expect(asked.length).toBeLessThanOrEqual(ECHO_BUDGET);
        expectWholeOrCleanlyCut(asked, oneLine(question));

        for (const embed of body.embeds ?? []) {
          const quote = (embed.description ?? '').replace(/^> /u, '');
          expect(activeMarkdown(withoutHighlights(quote))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('used as a message for "Find sources", gets a private answer within every limit', () => {
    fc.assert(
      fc.property(anyQuestion, (text) => {
        const { message } = findSourcesMessage(index, text);
        expect(message.private).toBe(true);
        const body = fitMessage(message);
        expectWithinDiscordLimits(body);
        const asked = (body.content ?? '').split('\n')[0]?.slice('**Message:** '.length) ?? '';
        expect(activeMarkdown(asked)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('questions that once slipped through', () => {
  it.each([
    ['a backslash that would cancel the escape after it', '\\**bold**', '\\\\\\*\\*bold\\*\\*'],
    ['italics after a custom emoji', '<:e:123456789012345678> _x_', '<:e:123456789012345678> \\_x\\_'],
    ['a link, which would unfurl a preview', 'see https://example.com', 'see https\\://example.com'],
    ['a block quote', '> who delivered the car', '\\> who delivered the car'],
    ['subtext', '-# who delivered the car', '\\-# who delivered the car'],
  ])('escapes %s', (_, question, echoed) => {
    const { message } = askMessage(index, question);
    expect(message.content?.split('\n')[0]).toBe(`**Asked:** ${echoed}`);
  });

  it('cuts a long question between words, not inside an emoji', () => {
    const question = `who delivered the car ${'🚗 '.repeat(200)}`;
    const echo = askMessage(index, question).message.content?.split('\n')[0] ?? '';
    expect(echo).toMatch(/^\*\*Asked:\*\* who delivered the car (🚗 )+🚗…$/u);
  });
});
