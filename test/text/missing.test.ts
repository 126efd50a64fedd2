import { describe, expect, it } from 'vitest';
import { describeMissing, noAnswerSentence } from '../../src/text/missing.js';

describe('noAnswerSentence: rephrased', () => {
  it.each([
    ['who drove the car to Pyongyang?', "The reports don't say who drove the car to Pyongyang."],
    ['did kim drive the new car himself', "The reports don't say whether kim drove the new car himself."],
    ['Did Kim drive the new car himself?', "The reports don't say whether Kim drove the new car himself."],
    ['where was the car made?', "The reports don't say where the car was made."],
    ['how much is the car worth', "The reports don't say how much the car is worth."],
    ['when did the car arrive', "The reports don't say when the car arrived."],
    ['when does Kim drive', "The reports don't say when Kim drives."],
    ['What colour was the car?', "The reports don't say what colour the car was."],
    ['In what colour was the Aurus?', "The reports don't say in what colour the Aurus was."],
    ['The car was delivered when?', "The reports don't say when the car was delivered."],
    ['KCNA reported what', "The reports don't say what KCNA reported."],
    ['nice car, who paid for it?', "The reports don't say who paid for it."],
    ['which car did Kim get', "The reports don't say which car Kim got."],
    ['how many cars does Kim own', "The reports don't say how many cars Kim owns."],
    ['what year did Kim visit Russia', "The reports don't say what year Kim visited Russia."],
    ['what kind of car is the Aurus', "The reports don't say what kind of car the Aurus is."],
    ['who was driving', "The reports don't say who was driving."],
    ['is the car black', "The reports don't say whether the car is black."],
    ['was it a gift', "The reports don't say whether it was a gift."],
    ['has Kim driven the car', "The reports don't say whether Kim has driven the car."],
    ['can Kim drive', "The reports don't say whether Kim can drive."],
    ['who is Kim Jong Un', "The reports don't say who Kim Jong Un is."],
    ['what is the price of the car', "The reports don't say what the price of the car is."],
    ['why did Putin give Kim a car', "The reports don't say why Putin gave Kim a car."],
    ['who did Putin give the car to', "The reports don't say who Putin gave the car to."],
    ['where is the Russian-made car now', "The reports don't say where the Russian-made car is now."],
    ['is the US involved', "The reports don't say whether the US is involved."],
    ['did Kim and Putin meet in September', "The reports don't say whether Kim and Putin met in September."],
    ['whether Kim drove it', "The reports don't say whether Kim drove it."],
    ['Who tracked the Mercedes shipment?', "The reports don't say who tracked the Mercedes shipment."],
    ['Who is the car meant to be used by?', "The reports don't say who the car is meant to be used by."],
    ['When did Putin last go to North Korea?', "The reports don't say when Putin last went to North Korea."],
    ["What did Kim's October letter to Putin say?", "The reports don't say what Kim's October letter to Putin said."],
    ['What colour is the car Putin gave?', "The reports don't say what colour the car Putin gave is."],
    ['does kim like cars', "The reports don't say whether kim likes cars."],
    [
      'Which North Korean delegations left for Russia?',
      "The reports don't say which North Korean delegations left for Russia.",
    ],
    // A noun before adjectives and a noun modifies that noun: the subject runs on to it.
    ["what colour is kim's new car", "The reports don't say what colour kim's new car is."],
    ['Is the car Putin gave Kim worth a lot?', "The reports don't say whether the car Putin gave Kim is worth a lot."],
    ['How much is the car Putin gave Kim worth?', "The reports don't say how much the car Putin gave Kim is worth."],
    // After a bare name, an -ing word with an object is the verb, though the tagger calls it a noun.
    ['Is Putin planning a trip to Pyongyang?', "The reports don't say whether Putin is planning a trip to Pyongyang."],
    // No space before a comma that follows the subject.
    [
      "who is kim jong un's sister, the one who thanked putin",
      "The reports don't say who kim jong un's sister is, the one who thanked putin.",
    ],
    // Read by wink-nlp's tagger: names, possessives and participles where they belong.
    [
      'How are Washington and Seoul reacting to the ties?',
      "The reports don't say how Washington and Seoul are reacting to the ties.",
    ],
    [
      'Is there a ban on luxury goods to North Korea?',
      "The reports don't say whether there is a ban on luxury goods to North Korea.",
    ],
    [
      'did russia help nk launch a spy satellite',
      "The reports don't say whether russia helped nk launch a spy satellite.",
    ],
    [
      'Has Kim Jong Un driven the new car himself yet?',
      "The reports don't say whether Kim Jong Un has driven the new car himself yet.",
    ],
    ['How many cars does Kim Jong Un own in total?', "The reports don't say how many cars Kim Jong Un owns in total."],
    [
      'What model is the Russian car Kim received?',
      "The reports don't say what model the Russian car Kim received is.",
    ],
    ['When was the FSO Car Factory founded?', "The reports don't say when the FSO Car Factory was founded."],
    [
      'was it Reuters or Al Jazeera that reported this',
      "The reports don't say whether it was Reuters or Al Jazeera that reported this.",
    ],
    ["Who was the Panthers' tackle leader?", "The reports don't say who the Panthers' tackle leader was."],
    ['how worried is the US', "The reports don't say how worried the US is."],
    ["how much do Kim's armored Maybachs cost", "The reports don't say how much Kim's armored Maybachs cost."],
    ['How many balls did Josh Norman intercept?', "The reports don't say how many balls Josh Norman intercepted."],
    // A question word's 's is "is".
    ["what's the name of the kremlin spokesman", "The reports don't say what the name of the kremlin spokesman is."],
    ["who's the kremlin spokesman", "The reports don't say who the kremlin spokesman is."],
  ])('%j', (question, sentence) => {
    expect(noAnswerSentence(question)).toBe(sentence);
  });
});

describe('noAnswerSentence: quoted when it cannot be rephrased well', () => {
  it.each([
    ['what do you think?', `The reports don't say: "what do you think?".`],
    ["didn't Kim thank Putin?", `The reports don't say: "didn't Kim thank Putin?".`],
    ['tell me about the car', `The reports don't say: "tell me about the car".`],
    ['who? when?', `The reports don't say: "who? when?".`],
    ['is "Aurus" a brand?', `The reports don't say: "is 'Aurus' a brand?".`],
    ['didnt Kim thank Putin', `The reports don't say: "didnt Kim thank Putin".`],
    ['What make and model is the car?', `The reports don't say: "What make and model is the car?".`],
    // In small letters a name reads as a noun: "the car kim got" could be a relative clause or a
    // passive, so it is quoted rather than garbled into "what colour the car kim is got".
    ['what colour is the car kim got', `The reports don't say: "what colour is the car kim got".`],
    ['how much is the car putin gave kim worth', `The reports don't say: "how much is the car putin gave kim worth".`],
    // Where the subject ends is unclear: a relative clause closed by the main clause's participle,
    // and a phrase followed by a verb of the main clause.
    [
      "what's the UN committee that's supposed to police the sanctions called",
      `The reports don't say: "what's the UN committee that's supposed to police the sanctions called".`,
    ],
    [
      'Are officials from the two countries visiting each other?',
      `The reports don't say: "Are officials from the two countries visiting each other?".`,
    ],
    [
      'What was the January meeting in Moscow meant to prepare for?',
      `The reports don't say: "What was the January meeting in Moscow meant to prepare for?".`,
    ],
    // Two questions in one are quoted, not half rephrased.
    [
      "who's the kremlin spokesman, did he say anything about the car",
      `The reports don't say: "who's the kremlin spokesman, did he say anything about the car".`,
    ],
  ])('%j', (question, sentence) => {
    expect(describeMissing(question)).toBeUndefined();
    expect(noAnswerSentence(question)).toBe(sentence);
  });
});

describe('noAnswerSentence: asked of one source', () => {
  it('names the source, after the clause or before the quoted question', () => {
    expect(noAnswerSentence('who drove the car to Pyongyang?', 'Reuters')).toBe(
      "The reports don't say who drove the car to Pyongyang (in Reuters).",
    );
    expect(noAnswerSentence('what do you think?', 'Al Jazeera')).toBe(
      `The reports don't say (in Al Jazeera): "what do you think?".`,
    );
    expect(noAnswerSentence('', 'Reuters')).toBe("The reports don't say (in Reuters).");
  });
});

describe('describeMissing', () => {
  it('returns the clause alone, without the final mark', () => {
    expect(describeMissing('who drove the car to Pyongyang?')).toBe('who drove the car to Pyongyang');
  });

  it('never yields a bare plain verb after "whether"', () => {
    expect(describeMissing('did kim drive the new car himself')).not.toMatch(/kim drive\b/);
  });
});

describe('hostile input', () => {
  it('a lone mark is quoted, not rephrased', () => {
    expect(noAnswerSentence('?')).toBe(`The reports don't say: "?".`);
  });

  it('an empty question has a fixed sentence', () => {
    expect(noAnswerSentence('')).toBe("The reports don't say.");
    expect(noAnswerSentence('  \n ')).toBe("The reports don't say.");
  });

  it('quotes emoji as typed', () => {
    expect(noAnswerSentence('🚗🚗')).toBe(`The reports don't say: "🚗🚗".`);
  });

  it('cuts a 10,000-character question to one readable line', () => {
    const sentence = noAnswerSentence('why '.repeat(2_500));
    expect(sentence.startsWith(`The reports don't say: "why why`)).toBe(true);
    expect(sentence.endsWith(`why…".`)).toBe(true);
    expect(sentence.length).toBeLessThan(240);
  });

  it('never throws on a non-string', () => {
    expect(noAnswerSentence(undefined as unknown as string)).toBe("The reports don't say.");
    expect(describeMissing(7 as unknown as string)).toBeUndefined();
  });
});
