import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/service/choices.js';
import { highlightRuns } from '../../src/text/highlight-runs.js';
import { splitSentences } from '../../src/text/sentences.js';
import { isStopWord, stemWord } from '../../src/text/terms.js';
import { foldText, normalizeWord, splitWords } from '../../src/text/words.js';

describe('words', () => {
  it.each([
    ['Kim’s', 'kim'],
    ["Russia's", 'russia'],
    ['U.N', 'un.'],
    ['UN', 'un.'],
    ['Un', 'un'],
    ['us', 'us'],
    ['U.S', 'us.'],
    ['KCNA', 'kcna'],
    ["UN's", 'un.'],
    ['Café', 'cafe'],
    ['3.5', '3.5'],
  ])('%s matches as %s', (raw, norm) => {
    expect(normalizeWord(raw)).toBe(norm);
  });

  it('keeps offsets into the original text', () => {
    const text = 'The Russian-made car, Kim’s.';
    expect(splitWords(text).map((w) => [w.norm, text.slice(w.start, w.end)])).toEqual([
      ['the', 'The'],
      ['russian', 'Russian'],
      ['made', 'made'],
      ['car', 'car'],
      ['kim', 'Kim’s'],
    ]);
  });

  it('drops stop words and stems the rest', () => {
    const terms = splitWords('Who delivered the cars to Kim?')
      .filter((word) => !isStopWord(word.norm))
      .map((word) => stemWord(word.norm));
    expect(terms).toEqual(['deliv', 'car', 'kim']);
  });
});

describe('sentences', () => {
  const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('does not break after abbreviations and initials', () => {
    expect(
      sentencesOf('The car arrived on Feb. 18, KCNA said. It breaks U.N. Security Council rules. Mr. Kim agreed.'),
    ).toEqual(['The car arrived on Feb. 18, KCNA said.', 'It breaks U.N. Security Council rules.', 'Mr. Kim agreed.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentencesOf('He said, “I will always be standing with Russia.” Then he left.')).toEqual([
      'He said, “I will always be standing with Russia.”',
      'Then he left.',
    ]);
  });

  it('splits a 4.9 MB paragraph of sentences in linear time, each sentence where it is', () => {
    const pair = 'Mr. Kim saw the car on Feb. 18. It was a gift. ';
    const text = pair.repeat(Math.ceil(4_900_000 / pair.length));
    const started = performance.now();
    const spans = splitSentences(text);
    // Segmenting the whole string at once takes minutes at this size.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(spans.length).toBe(2 * (text.length / pair.length));
    const misplaced = spans.filter((span, i) => {
      const at = Math.floor(i / 2) * pair.length;
      return i % 2 === 0 ? span.start !== at || span.end !== at + 31 : span.start !== at + 32 || span.end !== at + 46;
    });
    expect(misplaced).toEqual([]);
  });

  it('keeps one very long sentence whole', () => {
    const sentence = `${'word '.repeat(20_000)}end.`;
    expect(sentencesOf(`${sentence} Next one.`)).toEqual([sentence, 'Next one.']);
  });
});

describe('highlight runs', () => {
  it('merges overlapping spans and drops one that goes past the kept length', () => {
    const spans = [
      { start: 8, end: 11 },
      { start: 4, end: 7 },
      { start: 5, end: 9 },
      { start: 16, end: 22 },
    ];
    expect(highlightRuns('the big car was stolen', spans, 20)).toEqual([
      { text: 'the ', matched: false },
      { text: 'big car', matched: true },
      { text: ' was stol', matched: false },
    ]);
  });
});

describe('folding for search', () => {
  it('folds like word matching, one character at a time, so offsets stay put', () => {
    const typed = 'Café ‘Kim’s’ ﬁle';
    const folded = foldForSearch(typed);
    expect(folded).toBe("cafe 'kim's' ﬁle");
    expect(folded).toHaveLength(typed.length);
    expect(normalizeWord('Café')).toBe(foldText('Café'));
  });
});
