import { describe, expect, it } from 'vitest';
import { askedThing } from '../../src/text/asked-nouns.js';

describe('askedThing: the made thing a what- or which-question asks about', () => {
  it.each([
    // As typed, not in wink-nlp's American spelling ("license"): the corpus may spell it either way.
    ["what's the licence plate on Kim's new car", { noun: 'plate', typed: 'plate', modifiers: ['licence'] }],
    ['Which factories in Russia built the car for Kim?', { noun: 'factory', typed: 'factories', modifiers: [] }],
    [
      'Which North Korean media outlet first reported on the car gift?',
      { noun: 'outlet', typed: 'outlet', modifiers: ['media'] },
    ],
    ['what car did putin give kim', { noun: 'car', typed: 'car', modifiers: [] }],
  ])('%j → %j', (question, thing) => {
    expect(askedThing(question)).toEqual(thing);
  });

  it.each([
    // A kind asked for is the frame's business, not a thing's.
    'what kind of car did putin give kim',
    // No noun after the question word, or one that names no made thing.
    'what did putin write to kim',
    'which country built the car',
    'who delivered the car',
    '',
  ])('%j asks about no made thing', (question) => {
    expect(askedThing(question)).toBeUndefined();
  });
});
