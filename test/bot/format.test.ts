import { describe, expect, it } from 'vitest';
import { citationMessage, highlightedQuote } from '../../src/bot/format.js';
import { fitLines, listIds } from '../../src/text/listing.js';
import { reloadFailureMessage } from '../../src/bot/format-reload.js';
import type { Corpus } from '../../src/corpus/types.js';

const WORK = { source: 'The Daily', title: 'Ferry *late*', author: 'Ana Ruiz', published: '2024-03-01', paragraph: 2 };

describe('highlightedQuote', () => {
  it('bolds the matched words and escapes Markdown around and inside them', () => {
    const quote = 'The *ferry* reached the harbour_side at noon.';
    expect(
      highlightedQuote({
        quote,
        highlights: [
          { start: 5, end: 10 },
          { start: 24, end: 36 },
        ],
      }),
    ).toBe('The \\***ferry**\\* reached the **harbour\\_side** at noon.');
  });

  it('merges touching highlights so the bold markers stay balanced', () => {
    const quote = 'U.N. sanctions apply.';
    expect(
      highlightedQuote({
        quote,
        highlights: [
          { start: 0, end: 4 },
          { start: 4, end: 14 },
        ],
      }),
    ).toBe('**U.N. sanctions** apply.');
  });

  it('shortens a long quote and drops highlights past the cut', () => {
    const quote = `${'Calm sea. '.repeat(20)}The storm came.`;
    const shown = highlightedQuote(
      {
        quote,
        highlights: [
          { start: 0, end: 4 },
          { start: 204, end: 209 },
        ],
      },
      50,
    );
    expect(shown).toBe('**Calm** sea. Calm sea. Calm sea. Calm sea. Calm sea.…');
  });
});

describe('citationMessage', () => {
  it('quotes the text and cites source, title, byline and paragraph, plus an extra line', () => {
    expect(citationMessage({ ...WORK, url: 'https://example.com/a' }, 'It was late.', '-# Shared')).toBe(
      '> It was late.\n— The Daily, *Ferry \\*late\\** (Ana Ruiz, 2024-03-01), ¶2\n<https://example.com/a>\n-# Shared',
    );
  });

  it('never exceeds 2000 characters, however long or Markdown-heavy the text', () => {
    const message = citationMessage(WORK, '*_~`|>#'.repeat(2000));
    expect(message.length).toBeLessThanOrEqual(2000);
    expect(message.endsWith('— The Daily, *Ferry \\*late\\** (Ana Ruiz, 2024-03-01), ¶2')).toBe(true);
  });
});

describe('listIds and fitLines', () => {
  it('name what fits and count the rest', () => {
    expect(listIds([], 50)).toBe('none');
    expect(listIds(['a#1', 'a#2', 'a#3', 'a#4'], 20)).toBe('a#1, a#2 and 2 more');
    expect(fitLines(['one', 'two', 'three', 'four', 'five', 'six'], 25, 'lines')).toBe('one\ntwo\n…and 4 more lines');
    expect(fitLines(['one', 'two'], 16, 'lines')).toBe('one\ntwo');
  });
});

describe('reloadFailureMessage', () => {
  it('fits hundreds of problems in one message, saying how many are not shown', () => {
    const corpus = { reports: [], paragraphs: [], version: 'abc123abc123', loadedAt: new Date(0) } satisfies Corpus;
    const problems = Array.from({ length: 300 }, (_, i) => ({
      file: `r${i}.md`,
      line: 2,
      message: '"title" is required',
    }));
    const message = reloadFailureMessage(corpus, problems);
    expect(message.length).toBeLessThanOrEqual(2000);
    expect(
      message.startsWith('The corpus was not reloaded: it has 300 problems. Still serving version `abc123abc123`'),
    ).toBe(true);
    expect(message).toMatch(/\n…and \d+ more problems\n```$/u);
  });
});
