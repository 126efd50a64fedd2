import { describe, expect, it } from 'vitest';
import {
  AnswerKind,
  answerKindNames,
  questionAnswerKind,
  sentenceAnswerKinds,
  warmUpAnswerKinds,
} from '../../src/text/answer-kinds.js';

const { Person, Organization, Agent, Time, Place, Number, Colour } = AnswerKind;
const kindsOf = (sentence: string): string[] => answerKindNames(sentenceAnswerKinds(sentence));

describe('sentenceAnswerKinds on the reports', () => {
  it.each([
    ['The Russian-made car was delivered Sunday by a Russian delegation.', Agent | Time],
    [
      'The Russian-made car was delivered to Kim’s top aides by the Russian side on Feb. 18, official KCNA news agency said.',
      Person | Organization | Agent | Time,
    ],
    ['The car was handed over on February 18.', Time],
    ['The Aurus Senat is worth upwards of $1 million.', Number],
    ['In 2018, he arrived in a black Rolls-Royce.', Time | Colour],
    ['Kim Jong Un thanked Vladimir Putin.', Person],
    ['Kim inspected the limousine in Vostochny.', Person | Place],
    ['Kim met Putin in Moscow.', Person | Place],
    ['The car was a gift.', 0],
  ])('%j', (sentence, kinds) => {
    expect(answerKindNames(sentenceAnswerKinds(sentence))).toEqual(answerKindNames(kinds));
  });
});

describe('sentenceAnswerKinds by kind', () => {
  it('dates, weekdays and clock times are Time; a duration is not', () => {
    expect(kindsOf('Sunday was quiet.')).toEqual(['Time']);
    expect(kindsOf('The car arrived at 10 a.m.')).toEqual(['Time']);
    expect(kindsOf('It took two years.')).toEqual([]);
  });

  it('cardinals, money, percentages and ages are Number', () => {
    expect(kindsOf('About 70 percent of the cars were made in Japan.')).toEqual(['Place', 'Number']);
    expect(kindsOf('Kim, 40, thanked Putin.')).toEqual(['Person', 'Number']);
    expect(kindsOf('He was 35 years old.')).toEqual(['Number']);
  });

  it('a year is a Time, not a Number', () => {
    expect(kindsOf('It happened in 2018.')).toEqual(['Time']);
  });

  it('organizations come from the lexicon or are unknown acronyms', () => {
    expect(kindsOf('Google opened an office.')).toEqual(['Organization']);
    expect(kindsOf('KCNA reported it.')).toEqual(['Organization']);
  });

  it('a passive "by" agent, a role, or a name after a role', () => {
    expect(kindsOf('The car was sent by the Russian side.')).toEqual(['Agent']);
    expect(kindsOf('The leader thanked them.')).toEqual(['Agent']);
    expect(kindsOf('The building was designed by the architect Frank Gehry.')).toEqual(['Person', 'Agent']);
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

  it('the parts of a hyphenated brand are no surnames', () => {
    expect(kindsOf('He drove a Rolls-Royce.')).toEqual([]);
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
    expect(sentenceAnswerKinds(long)).toBe(Person | Place | Time);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives 0 for a non-string at run time', () => {
    expect(sentenceAnswerKinds(null as unknown as string)).toBe(0);
  });
});

describe('questionAnswerKind', () => {
  it.each([
    ['who delivered the car?', Person | Organization | Agent],
    ['so who drove it', Person | Organization | Agent],
    ['whose car was it', Person | Organization | Agent],
    ['when was the car delivered?', Time],
    ['the car was delivered when?', Time],
    ['what year did Kim visit Russia', Time],
    ['where was the car made', Place],
    ['which country made the car', Place],
    ['how many cars does Kim own', Number],
    ['how much is the car worth', Number],
    ['how old is Kim', Number],
    ['what colour is the car', Colour],
    ['what color was the Aurus?', Colour],
    ['what did Kim get', 0],
    ['why did Putin send it', 0],
    ['did Kim drive the car', 0],
    ['', 0],
  ])('%j', (question, kinds) => {
    expect(questionAnswerKind(question)).toBe(kinds);
  });
});

describe('warmUpAnswerKinds', () => {
  it('loads the libraries without throwing, and sentences read the same afterwards', () => {
    const before = sentenceAnswerKinds('Kim met Putin in Moscow on Sunday.');
    expect(() => warmUpAnswerKinds()).not.toThrow();
    expect(sentenceAnswerKinds('Kim met Putin in Moscow on Sunday.')).toBe(before);
    expect(before).toBe(Person | Place | Time);
  });
});

describe('answerKindNames', () => {
  it('names the flags in a fixed order', () => {
    expect(answerKindNames(Time | Agent)).toEqual(['Agent', 'Time']);
    expect(answerKindNames(0)).toEqual([]);
    expect(answerKindNames(Person | Organization | Agent | Time | Place | Number | Colour)).toHaveLength(7);
  });
});
