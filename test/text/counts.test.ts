import { describe, expect, it } from 'vitest';
import { askedCount, countsAsked, countsIn } from '../../src/text/counts.js';
import { readWords } from '../../src/text/nlp.js';

const countsOf = (sentence: string) => countsIn(readWords(sentence).words);

describe('countsIn: what the numbers of a sentence count', () => {
  it.each([
    [
      'Earlier that year, two armored Mercedes-Maybach S600 Guard vehicles were shipped.',
      [['armored', 'mercedes', 'maybach', 's600', 'guard', 'vehicles']],
    ],
    ['The two countries have forged closer ties.', [['countries']]],
    // A number that ends its phrase counts what was said before it.
    ['Fresno has a population of 520,052.', [[]]],
    // A share counts what it is a share of, wherever that is said.
    ['A study found that 42% of UK teachers felt stress.', [[]]],
    // Years, money and numbers in names count nothing.
    ['In 2018, he arrived in a black Rolls-Royce.', []],
    ['It is worth upwards of $1 million.', []],
    ['Kim rode in a Lexus LX 570.', []],
    ['The car was delivered on February 18.', []],
  ])('%j', (sentence, counts) => {
    expect(countsOf(sentence)).toEqual(counts);
  });
});

describe('askedCount: what a how-many question asks to be counted', () => {
  it.each([
    ['How many artillery shells has North Korea sent to Russia so far?', ['artillery', 'shells']],
    ['so how many maybachs does kim have', ['maybachs']],
    ['how much is the car worth', []],
    ['who delivered the car', []],
    ['', []],
  ])('%j → %j', (question, words) => {
    expect(askedCount(question)).toEqual(words);
  });
});

describe('countsAsked: whether a count may answer how many there are', () => {
  it.each([
    // It shares a word, or the plural's singular, with what is asked.
    [['armored', 'mercedes', 'maybach', 'vehicles'], ['maybachs'], true],
    [['kg'], ['kgs'], true],
    // It counts the same sort of thing in WordNet: people and persons, quantities.
    [['employees'], ['people'], true],
    [['pounds'], ['miles'], true],
    // It counts nothing said.
    [[], ['shells'], true],
    // Countries and delegations are no shells.
    [['countries'], ['artillery', 'shells'], false],
    [['delegations'], ['shells'], false],
    // Made things count for each other only as kinds of each other: a car is a vehicle, a shell is not.
    [['armored', 'guard', 'vehicles'], ['cars'], true],
    [['guard', 'vehicles'], ['artillery', 'shells'], false],
  ])('%j for %j: %j', (count, asked, answers) => {
    expect(countsAsked(count, asked)).toBe(answers);
  });
});
