import { describe, expect, it } from 'vitest';
import { readWords } from '../../src/text/nlp.js';
import { questionAnswerKind } from '../../src/text/question-kinds.js';
import { AnswerKind } from '../../src/text/kinds.js';
import {
  askedGivingVerb,
  giversIn,
  isGettingVerb,
  isGivingVerb,
  recipientsIn,
  recipientVerb,
  returnGiver,
} from '../../src/text/transfer-verbs.js';

const recipientsOf = (sentence: string) => recipientsIn(readWords(sentence).words);
const verbOf = (question: string) => recipientVerb(readWords(question).words);

describe('verbs of giving and getting, from WordNet', () => {
  it.each(['deliver', 'give', 'gift', 'send', 'hand', 'hand_over'])('"%s" gives', (verb) => {
    expect(isGivingVerb(verb)).toBe(true);
  });

  it.each(['receive', 'accept', 'get', 'pick_up'])('"%s" gets', (verb) => {
    expect(isGettingVerb(verb)).toBe(true);
  });

  it.each(['say', 'drive', 'meet', 'smuggle'])('"%s" does neither', (verb) => {
    expect(isGivingVerb(verb)).toBe(false);
    expect(isGettingVerb(verb)).toBe(false);
  });
});

describe('recipientsIn: whom a sentence hands something to', () => {
  it('is the noun phrase after "to" that follows a giving verb', () => {
    expect(recipientsOf('The car was delivered to Kim’s top aides on Sunday.')).toEqual([['kim', 'top', 'aides']]);
    expect(recipientsOf('Putin gave a car to the North Korean leader.')).toEqual([['north', 'korean', 'leader']]);
  });

  it('is no one for "according to", a "to" of another verb, or a giving verb with no "to"', () => {
    expect(recipientsOf('The gift serves as a demonstration, according to KCNA.')).toEqual([]);
    expect(recipientsOf('The car was delivered on Sunday, and the aides went to Pyongyang.')).toEqual([]);
    expect(recipientsOf('Putin gave Kim a car.')).toEqual([]);
  });
});

describe('recipientVerb: a question asking who got something for someone', () => {
  it.each([
    ["Who received the car on Kim's behalf?", 'received'],
    ['so who picked up the car for Kim?', 'picked'],
    // A particle after a pronoun is the verb's, whatever follows.
    ['who picked it up for kim', 'picked'],
    ['who was the car delivered to', 'delivered'],
    // Taking a delivery is getting it: WordNet's family of "delivery" holds the giving verb "deliver".
    ["Who took delivery of the car on Kim's behalf?", 'took'],
    // Its "to" is stranded, though a phrase of place follows it.
    ['who did they hand the car over to in pyongyang', 'hand'],
  ])('"%s" asks for a recipient', (question, verb) => {
    expect(verbOf(question)).toBe(verb);
  });

  it.each([
    // Kim received it: the question names no one it was got for.
    'who received the car',
    // The giver is asked for.
    'who did Kim get the car from',
    'who delivered the car to Kim',
    'who drove the car for Kim',
    // "Took" with an object that gives nothing is no getting.
    'who took the car for Kim to Pyongyang',
    // The verb "who" goes with is "decided", not the "accept … for" after it.
    'who decided to accept the car for Kim',
    // "to go" marks an infinitive: the giver is asked for.
    'who gave Tesla money to go to Prague',
  ])('"%s" does not', (question) => {
    expect(verbOf(question)).toBeUndefined();
  });

  it('asks for a recipient instead of an agent', () => {
    const kinds = questionAnswerKind("who received the car on Kim's behalf");
    expect(kinds & AnswerKind.Recipient).toBe(AnswerKind.Recipient);
    expect(kinds & AnswerKind.Agent).toBe(0);
    expect(questionAnswerKind('who delivered the car') & AnswerKind.Recipient).toBe(0);
  });
});

describe('giversIn: who hands something over', () => {
  it.each([
    // The subject of a giving verb, past an adverb.
    ['Kim Yo Jong courteously conveyed Kim Jong Un’s thanks to Putin.', [['kim', 'yo', 'jong']]],
    // wink-nlp reads "gifted" after "has" as an adjective; it is the verb all the same.
    ['Russian President, Vladimir Putin has gifted a car to Kim Jong Un.', [['vladimir', 'putin']]],
    // A passive's giver is the one after "by".
    [
      'Kim Jong Un has been gifted a car by Russian President Vladimir Putin.',
      [['russian', 'president', 'vladimir', 'putin']],
    ],
    ['The Russian-made car was delivered Sunday by a Russian delegation.', [['russian', 'delegation']]],
    // Nobody hands anything over.
    ['Kim admired the limousine.', []],
  ])('%j', (sentence, givers) => {
    expect(giversIn(readWords(sentence).words).map((giver) => giver.words)).toEqual(givers);
  });

  it('notes the stem of the giving verb', () => {
    const sentence = 'The Russian-made car was delivered to Kim’s top aides by the Russian side.';
    expect(giversIn(readWords(sentence).words)).toEqual([{ words: ['russian', 'side'], verb: 'deliv' }]);
  });
});

describe('returnGiver: who a question asks to have given something back', () => {
  it.each([
    ['What did Kim give Putin in return?', ['kim']],
    ['What did Kim Jong Un give Putin in return for the car?', ['kim', 'jong', 'un']],
    ['I was wondering if Kim sent Putin a gift back', ['kim']],
    ['Is Kim planning to give Putin a gift in return?', ['kim']],
    // No gift the other way is asked about.
    ['what did putin give kim', undefined],
    ['do nk and russia send delegations back and forth', undefined],
    ['where did kim and putin meet back in 2023', undefined],
  ])('%j → %j', (question, giver) => {
    expect(returnGiver(question)).toEqual(giver);
  });
});

describe('askedGivingVerb: the giving verb a question asks about, when it hands over a made thing', () => {
  it.each([
    ['Which Russian official handed the car to Kim Yo Jong?', { lemma: 'hand' }],
    ['which official handed the car over', { lemma: 'hand', particle: 'over' }],
    // "over the border" says where: no particle, as the query reads it too.
    ['which official handed the car over the border', { lemma: 'hand' }],
    ['which russian guy delivered the car', { lemma: 'deliver' }],
    // Money is no made thing, nor is a question without a giving verb.
    ['which investor supplied the money', undefined],
    ['which official drove the car', undefined],
  ])('%j → %j', (question, verb) => {
    expect(askedGivingVerb(question)).toEqual(verb);
  });
});
