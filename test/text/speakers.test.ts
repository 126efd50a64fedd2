import { describe, expect, it } from 'vitest';
import { readWords } from '../../src/text/nlp.js';
import { questionSpeaker, speakersIn } from '../../src/text/speakers.js';

const speakersOf = (sentence: string) => speakersIn(readWords(sentence).words);

describe('speakersIn: the subjects of verbs of telling', () => {
  it('is the name before the verb, past adverbs and quotation marks', () => {
    expect(speakersOf('“Kim Yo Jong courteously conveyed her thanks,” the agency said.')).toEqual([
      ['kim', 'yo', 'jong'],
      ['agency'],
    ]);
    expect(speakersOf('Kim’s sister “courteously conveyed Kim Jong Un’s thanks to Putin,” KCNA said.')).toEqual([
      ['kim', 'sister'],
      ['kcna'],
    ]);
  });

  it("is the subject past a perfect's auxiliary and a negation", () => {
    expect(speakersOf('Kim has been gifted a car, state media has reported.')).toEqual([['state', 'media']]);
    expect(speakersOf('The Kremlin has not denied nor confirmed its use of the weapons.')).toEqual([['kremlin']]);
  });

  it('is no one for a passive, or for a verb after a comma or a conjunction', () => {
    expect(speakersOf('Kim is believed to own many cars.')).toEqual([]);
    expect(speakersOf('The car was delivered to his aides.')).toEqual([]);
    expect(speakersOf('She thanked Putin, saying the gift was the best one.')).toEqual([]);
  });

  it('is no one for a negated passive: "was not disclosed" has no subject to walk back to', () => {
    expect(speakersOf('The make of the car was not disclosed.')).toEqual([]);
    expect(speakersOf("The car's price wasn't disclosed.")).toEqual([]);
  });

  it('is no one for a verb that is not a telling: "Kim drove"', () => {
    expect(speakersOf('Kim drove the car to the site.')).toEqual([]);
  });
});

describe('questionSpeaker', () => {
  it.each([
    ['what did Kim Yo Jong say about the gift', ['kim', 'yo', 'jong']],
    ['Kim Yo Jong said what about the car?', ['kim', 'yo', 'jong']],
    ["what does Kim's sister think", ['kim', 'sister']],
    // The question word is the subject: it asks who spoke, not what was said.
    ['who said the car was Russian', []],
    ['who delivered the car', []],
  ])('"%s" asks about the words of %j', (question, speaker) => {
    expect(questionSpeaker(question)).toEqual(speaker);
  });
});
