import { describe, expect, it } from 'vitest';
import { conjugate, isDemonym, isPlainVerb, qualifiesNoun, tagWords } from '../../src/text/nlp.js';

describe('isDemonym', () => {
  it('knows demonyms from compromise’s lexicon, and not countries or other words', () => {
    expect(isDemonym('japanese')).toBe(true);
    expect(isDemonym('european')).toBe(true);
    expect(isDemonym('japan')).toBe(false);
    expect(isDemonym('car')).toBe(false);
  });
});

describe('qualifiesNoun', () => {
  it('is true for a word right before the noun it qualifies', () => {
    expect(qualifiesNoun('Which Japanese car brand is in his collection?', 'Japanese')).toBe(true);
  });

  it('is false for a word that stands for people, or one not in the text', () => {
    expect(qualifiesNoun('What did the Japanese say about the gift?', 'Japanese')).toBe(false);
    expect(qualifiesNoun('What did they say?', 'Japanese')).toBe(false);
  });
});

describe('tagWords', () => {
  const tagsOf = (text: string) => tagWords(text).map((term) => [term.text, term.tags.join('+')]);

  it('gives compromise-style tags with offsets, and no terms for punctuation', () => {
    expect(tagsOf('did Kim thank Putin?')).toEqual([
      ['did', 'Verb+Auxiliary'],
      ['Kim', 'Noun+ProperNoun'],
      ['thank', 'Verb+Infinitive'],
      ['Putin', 'Noun+ProperNoun'],
    ]);
    const [, kim] = tagWords('did Kim drive');
    expect(kim).toMatchObject({ start: 4, end: 7 });
  });

  it('keeps a possessive and a hyphenated word in one term', () => {
    expect(tagsOf("Kim's Russian-made car")).toEqual([
      ["Kim's", 'Noun+ProperNoun'],
      ['Russian-made', 'Adjective'],
      ['car', 'Noun'],
    ]);
  });

  it('reads a past tense off the lemma, and a capitalised word inside the text as a name', () => {
    expect(tagsOf('Kim received it')[1]).toEqual(['received', 'Verb+PastTense']);
    expect(tagsOf('how old was Peyton Manning')[4]).toEqual(['Manning', 'Noun+ProperNoun']);
  });
});

describe('isPlainVerb and conjugate', () => {
  it('tells a plain verb from other words in the frame "they …"', () => {
    for (const verb of ['drive', 'own', 'have', 'letter']) expect(isPlainVerb(verb)).toBe(true);
    for (const word of ['car', 'kim', 'drove', 'alredy']) expect(isPlainVerb(word)).toBe(false);
  });

  it('conjugates regular and irregular verbs', () => {
    expect(conjugate('drive')).toMatchObject({ PastTense: 'drove', PresentTense: 'drives' });
    expect(conjugate('own')).toMatchObject({ PastTense: 'owned', PresentTense: 'owns' });
    expect(conjugate('say')).toMatchObject({ PastTense: 'said', PresentTense: 'says' });
  });
});
