import { describe, expect, it } from 'vitest';
import { AnswerKind } from '../../src/text/answer-kinds.js';
import { askedDateUnit, dateUnitsOf, isYear } from '../../src/text/date-units.js';

const { Year, Month, Day } = AnswerKind;

describe('dateUnitsOf: the units the words of one date name', () => {
  it.each([
    [['2018'], Year],
    [['last', 'september'], Month],
    [['feb.', '18'], Month | Day],
    [['february', '7', ',', '2016'], Year | Month | Day],
    [['tuesday'], Day],
    [['yesterday'], Day],
    [['february', '2022'], Year | Month],
    // A number without a month is no day: "18" alone may be anything.
    [['18'], 0],
    [['the', '1990s'], Year],
  ])('%j', (words, units) => {
    expect(dateUnitsOf(words)).toBe(units);
  });
});

describe('isYear', () => {
  it('takes four digits from the years news writes about', () => {
    expect(isYear('1130')).toBe(true);
    expect(isYear('2024')).toBe(true);
    expect(isYear('570')).toBe(false);
    expect(isYear('3000')).toBe(false);
  });
});

describe('askedDateUnit: the unit a question asks its date in', () => {
  it.each([
    ['What year did Trump show Kim his limo?', Year],
    ['which month did the news come out', Month],
    ['What day in February did Kim’s people take delivery of the car?', Day],
    ['on what exact date was it delivered', Day],
    ['car gift date', Day],
    // "when" names no unit; nor does "what day" inside a longer word.
    ['when did Kim visit Russia', 0],
    ['what happened on holiday', 0],
  ])('%j', (question, unit) => {
    expect(askedDateUnit(question)).toBe(unit);
  });
});

describe('askedDateUnit: a search of a few words ending on a unit', () => {
  it.each([
    ['putin visit date', Day],
    ['satellite launch month', Month],
    ['summit year?', Year],
    // A lone unit asks nothing, and a sentence ending on one is no search.
    ['date', 0],
    ['they met on that very same day', 0],
  ])('%j', (question, unit) => {
    expect(askedDateUnit(question)).toBe(unit);
  });
});
