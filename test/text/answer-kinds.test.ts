import { describe, expect, it } from 'vitest';
import {
  AnswerKind,
  answerKindNames,
  readSentence,
  sentenceAnswerKinds,
  warmUpAnswerKinds,
} from '../../src/text/answer-kinds.js';

const { Person, Organization, Agent, Time, Place, Number, Colour, Name, Undisclosed, ReportedTime, Reason } =
  AnswerKind;
/** The units a date names. */
const { Year, Month, Day, Recipient } = AnswerKind;
const kindsOf = (sentence: string): string[] => answerKindNames(sentenceAnswerKinds(sentence));

describe('sentenceAnswerKinds on the reports', () => {
  it.each([
    // A nationality is a proper noun, so a name.
    ['The Russian-made car was delivered Sunday by a Russian delegation.', Agent | Time | Name | Day],
    [
      'The Russian-made car was delivered to Kim’s top aides by the Russian side on Feb. 18, official KCNA news agency said.',
      // Kim's top aides are whom it was delivered to: a recipient.
      Person | Organization | Agent | Time | Name | Month | Day | Recipient,
    ],
    ['The car was handed over on February 18.', Time | Month | Day],
    ['The Aurus Senat is worth upwards of $1 million.', Number | Name],
    ['In 2018, he arrived in a black Rolls-Royce.', Time | Colour | Name | Year],
    ['Kim Jong Un thanked Vladimir Putin.', Person | Name],
    ['Kim inspected the limousine in Vostochny.', Person | Place | Name],
    ['Kim met Putin in Moscow.', Person | Place | Name],
    ['The car was a gift.', 0],
    // The reports' way of saying they don't know.
    ['The make and model of which was not disclosed.', Undisclosed],
    ['The report did not describe the car or how it was shipped.', Undisclosed],
  ])('%j', (sentence, kinds) => {
    expect(answerKindNames(sentenceAnswerKinds(sentence))).toEqual(answerKindNames(kinds));
  });
});

describe('sentenceAnswerKinds by kind', () => {
  it('dates, weekdays and clock times are Time; a duration is not', () => {
    expect(kindsOf('Sunday was quiet.')).toEqual(['Time', 'Day']);
    expect(kindsOf('The car arrived at 10 a.m.')).toEqual(['Time']);
    expect(kindsOf('It took two years.')).toEqual([]);
  });

  it('cardinals, money, percentages and ages are Number', () => {
    expect(kindsOf('About 70 percent of the cars were made in Japan.')).toEqual(['Place', 'Number', 'Name']);
    expect(kindsOf('Kim, 40, thanked Putin.')).toEqual(['Person', 'Number', 'Name']);
    expect(kindsOf('He was 35 years old.')).toEqual(['Number']);
  });

  it('a number after a name is part of the name, not a count', () => {
    expect(kindsOf('Kim rode in a Lexus LX 570.')).not.toContain('Number');
    expect(kindsOf('Two armored vehicles were shipped.')).toEqual(['Number']);
  });

  it('a date of a telling is a ReportedTime: it does not say when the told thing happened', () => {
    // Al Jazeera: November is when the agency spoke, not when the satellite was launched.
    expect(
      sentenceAnswerKinds(
        'South Korea’s spy agency said in November that Russia likely assisted North Korea’s launch of a spy satellite.',
      ) &
        (Time | ReportedTime),
    ).toBe(ReportedTime);
    expect(
      sentenceAnswerKinds('On Tuesday, KCNA separately reported that a delegation returned.') & (Time | ReportedTime),
    ).toBe(ReportedTime);
    // A date before the telling verb dates the event: the car was delivered on February 18.
    expect(sentenceAnswerKinds('The car was delivered on Feb. 18, KCNA said on Monday.') & (Time | ReportedTime)).toBe(
      Time | ReportedTime,
    );
  });

  it('lists the names a sentence holds, with their words and kinds', () => {
    const { names } = readSentence('Kim Yo Jong thanked Vladimir Putin in Moscow.');
    expect(names.map((name) => [name.words.join(' '), answerKindNames(name.kinds)])).toEqual([
      ['kim yo jong', ['Person', 'Name']],
      ['vladimir putin', ['Person', 'Name']],
      ['moscow', ['Place', 'Name']],
    ]);
  });

  it('a connective of cause or purpose is a Reason', () => {
    // Al Jazeera gives the reason for the gift.
    expect(
      sentenceAnswerKinds('Kim has been gifted a car by Putin in recognition of their special personal relations.') &
        Reason,
    ).toBe(Reason);
    expect(sentenceAnswerKinds('The launch was delayed because of the storm.') & Reason).toBe(Reason);
    expect(sentenceAnswerKinds('They met in order to sign the deal.') & Reason).toBe(Reason);
    // The thanks Kim's sister conveyed to Putin are no cause of anything.
    expect(sentenceAnswerKinds('She conveyed Kim Jong Un’s thanks to Putin.') & Reason).toBe(0);
    expect(sentenceAnswerKinds('Kim and Putin have forged closer ties since 2022.') & Reason).toBe(0);
  });

  it('a year is a Time, not a Number', () => {
    expect(kindsOf('It happened in 2018.')).toEqual(['Time', 'Year']);
  });

  it('a date names its units: a year, a month, a day', () => {
    expect(sentenceAnswerKinds('Kim visited Russia last September.') & (Year | Month | Day)).toBe(Month);
    expect(sentenceAnswerKinds('Moscow launched its invasion in February 2022.') & (Year | Month | Day)).toBe(
      Year | Month,
    );
    expect(sentenceAnswerKinds('The car was delivered on Feb. 18.') & (Year | Month | Day)).toBe(Month | Day);
    // A reported date has units too: "what day did the media report it" asks for one.
    expect(sentenceAnswerKinds('Official media reported on Tuesday.') & (ReportedTime | Day)).toBe(ReportedTime | Day);
  });

  it('a year the model takes for a count is a Time too', () => {
    // wink's model reads "1130" and "1169" as cardinals.
    expect(sentenceAnswerKinds('Roger II was crowned king in 1130.') & (Time | Year)).toBe(Time | Year);
    expect(sentenceAnswerKinds('They sold 150 cars.') & (Time | Year)).toBe(0);
  });

  it('organizations come from the lexicon or are unknown acronyms', () => {
    expect(kindsOf('Google opened an office.')).toEqual(['Organization', 'Name']);
    expect(kindsOf('KCNA reported it.')).toEqual(['Organization', 'Name']);
  });

  it('a passive "by" agent, a role, or a name after a role', () => {
    expect(kindsOf('The car was sent by the Russian side.')).toEqual(['Agent', 'Name']);
    expect(kindsOf('The leader thanked them.')).toEqual(['Agent']);
    expect(kindsOf('The building was designed by the architect Frank Gehry.')).toEqual(['Person', 'Agent', 'Name']);
    // "by" without a passive verb is no agent, nor is the manner after one.
    expect(kindsOf('The car stood by the door.')).toEqual([]);
    expect(kindsOf('The car was made by hand.')).toEqual([]);
    expect(kindsOf('The car was shipped by train.')).toEqual([]);
    expect(kindsOf('The virus was identified by scientists.')).toEqual(['Agent']);
  });

  it('colour words as adjectives or before a noun, from WordNet', () => {
    expect(kindsOf('A red car.')).toEqual(['Colour']);
    expect(kindsOf('The flag is white.')).toEqual(['Colour']);
    // "cardinal" is a colour only in a rare sense.
    expect(kindsOf('It is of cardinal importance.')).toEqual([]);
  });

  it('the parts of a hyphenated brand are no surnames, only a name', () => {
    expect(kindsOf('He drove a Rolls-Royce.')).toEqual(['Name']);
  });

  it('a negated verb of telling or knowing is Undisclosed; other negations are not', () => {
    expect(kindsOf('The Kremlin has not denied nor confirmed its use of weapons.')).toEqual(['Name', 'Undisclosed']);
    expect(kindsOf('The agency never said who drove it.')).toEqual(['Undisclosed']);
    expect(kindsOf('He did not drive it.')).toEqual([]);
    expect(kindsOf('The car was not red.')).toEqual(['Colour']);
  });
});

describe('readSentence: the nouns a sentence names', () => {
  it.each([
    ['It was delivered to top aides, including his sister Kim Yo Jong, on February 18.', ['sister']],
    ['Kim’s sister, Kim Yo Jong thanked Putin.', ['sister']],
    ['Kim Yo Jong, his sister, thanked Putin.', ['sister']],
    ['Russian President Vladimir Putin gave it.', ['president']],
    // The sister speaks here, but her name is not given.
    ['Kim’s sister “courteously conveyed Kim Jong Un’s thanks to Putin.', []],
    ['The car was a gift.', []],
  ])('%j names %j', (sentence, nouns) => {
    expect(readSentence(sentence).namedNouns).toEqual(nouns);
  });
});

describe('readSentence: what a denied telling is about', () => {
  it.each([
    // The object of the negated verb of telling: what was not told.
    ['The report did not describe the car or how it was shipped from Russia.', ['car']],
    ['They did not disclose the model.', ['model']],
    // A clause after the verb is no object, and "as a universal force" no object either.
    ['The Court of Justice ruled that the Commission could not propose what the criminal sanctions could be.', []],
    ['What we now call gravity was not identified as a universal force until the work of Isaac Newton.', []],
    // A passive says "not told" of its subject, which a frame noun ("make", "model") marks instead.
    ['The Russian-made car, the make and model of which was not disclosed, was delivered to Kim.', []],
  ])('%s', (sentence, nouns) => {
    expect(readSentence(sentence).untold).toEqual(nouns);
  });
});

describe('sentenceAnswerKinds on hostile input', () => {
  it.each([[''], ['   '], ['🚗🚗🔥'], ['**__~~||'], ['x'.repeat(10_000)], ['by '.repeat(3_000)]])(
    '%j never throws and holds nothing',
    (sentence) => {
      expect(sentenceAnswerKinds(sentence)).toBe(0);
    },
  );

  it('reads a long sentence quickly', () => {
    const long = 'Kim met Putin in Moscow on Sunday. '.repeat(300);
    const started = performance.now();
    expect(sentenceAnswerKinds(long)).toBe(Person | Place | Time | Name | Day);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives 0 for a non-string at run time', () => {
    expect(sentenceAnswerKinds(null as unknown as string)).toBe(0);
  });
});

describe('warmUpAnswerKinds', () => {
  it('loads the libraries without throwing, and sentences read the same afterwards', () => {
    const before = sentenceAnswerKinds('Kim met Putin in Moscow on Sunday.');
    expect(() => warmUpAnswerKinds()).not.toThrow();
    expect(sentenceAnswerKinds('Kim met Putin in Moscow on Sunday.')).toBe(before);
    expect(before).toBe(Person | Place | Time | Name | Day);
  });
});

describe('answerKindNames', () => {
  it('names the flags in a fixed order', () => {
    expect(answerKindNames(Time | Agent)).toEqual(['Agent', 'Time']);
    expect(answerKindNames(0)).toEqual([]);
    expect(
      answerKindNames(Person | Organization | Agent | Time | Place | Number | Colour | Name | Undisclosed),
    ).toHaveLength(9);
  });
});
