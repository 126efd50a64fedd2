import { describe, expect, it } from 'vitest';
import { readSentence } from '../../src/text/answer-kinds.js';
import { definiteThings } from '../../src/text/definite.js';
import { isKindOf } from '../../src/text/word-classes.js';

describe('definiteThings: what a question calls "the …"', () => {
  it.each([
    ['Who drove the car to Pyongyang?', ['car']],
    ['did kim drive the new car himself', ['car']],
    ['who sailed the ship to the islands', ['ship', 'island']],
    // Owned or named, the thing may be the one a sentence names: these are not read.
    ["what colour is Putin's car", []],
    ['did kim drive his car', []],
    ['who built the Aurus limousine', []],
    ['what car did Kim get', []],
    ['', []],
  ])('%j → %j', (question, nouns) => {
    expect(definiteThings(question).nouns).toEqual(nouns);
  });

  it('keeps the words of a clause that says which thing is meant, as stems', () => {
    expect([...definiteThings('How much is the car Putin gave Kim worth?').description]).toEqual([
      'putin',
      'gave',
      'kim',
    ]);
    // In small letters, with a typo, the clause is still one.
    expect([...definiteThings('whats the brand of the car putin gave kimm').description]).toEqual([
      'putin',
      'gave',
      'kimm',
    ]);
    // "worth" is what is asked, not which car: no clause follows "the car" here.
    expect([...definiteThings('how much is the car worth').description]).toEqual([]);
  });
});

describe('readSentence: the things a sentence names', () => {
  it('lists the nouns a proper name stands right before, adjectives between', () => {
    const maybach = readSentence(
      'Kim himself drove to the site in a Maybach limousine brought onboard a special train.',
    );
    expect(maybach.namedThings).toEqual(['limousine']);
    expect(maybach.nouns).toContain('limousine');
    expect(
      readSentence('He is often seen in a Mercedes-Maybach Pullman Guard armored limousine, worth $1 million.')
        .namedThings,
    ).toEqual(['limousine']);
    expect(readSentence('The Russian-made car was delivered to Kim’s top aides.').namedThings).toEqual([]);
  });

  it('does not take a common word capitalised at the start of a sentence for a name', () => {
    expect(
      readSentence('Overactive immune responses comprise the other end of immune dysfunction.').namedThings,
    ).toEqual([]);
  });
});

describe('isKindOf: WordNet hypernyms within two links', () => {
  it.each([
    ['limousine', 'car', true],
    ['tanker', 'ship', true],
    ['car', 'limousine', false],
    ['car', 'car', false],
    ['sister', 'car', false],
    ['kimm', 'car', false],
  ])('%s is a kind of %s: %s', (noun, other, kind) => {
    expect(isKindOf(noun, other)).toBe(kind);
  });
});
