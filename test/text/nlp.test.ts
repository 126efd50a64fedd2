import { describe, expect, it } from 'vitest';
import { isDemonym, qualifiesNoun } from '../../src/text/nlp.js';

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
