import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { isStopWord, stemWord } from '../../src/text/terms.js';
import { normalizeWord, splitWords } from '../../src/text/words.js';

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
});
