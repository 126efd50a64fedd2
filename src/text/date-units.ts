/**
 * The units a date names, and the unit a question asks for. "What year did
 * Trump show Kim his limo" is answered by "in 2018", not by "last
 * September"; "what date will Putin visit" is not answered by "in January".
 * Both are dates, so both are a Time; the unit tells them apart.
 */
import { AnswerKind } from './kinds.js';

/** The unit flags of {@link AnswerKind}: what a date names besides being one. */
export const DATE_UNITS: number = AnswerKind.Year | AnswerKind.Month | AnswerKind.Day;

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
// "2018", "1990s": four digits from the years news writes about.
const YEAR = /^(?:1[0-9]|20)[0-9]{2}s?$/u;
// "18", "18th", "1st": a day of a month, when a month stands in the same date.
const DAY_OF_MONTH = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$/u;

/** Whether a word has the shape of a year: "1130", "2018", "1990s". */
export function isYear(word: string): boolean {
  return YEAR.test(word);
}

/**
 * The units the words of one date name, as {@link AnswerKind} flags: "Feb.
 * 18" is Month | Day, "February 2022" Month | Year, "Tuesday" a Day, "last
 * September" a Month. Words are lower-cased tokens; a trailing dot is ignored.
 */
export function dateUnitsOf(words: readonly string[]): number {
  let units = 0;
  let month = false;
  let dayNumber = false;
  for (const raw of words) {
    const word = raw.replace(/\.$/u, '');
    if (YEAR.test(word)) units |= AnswerKind.Year;
    else if (MONTHS.has(word)) month = true;
    else if (WEEKDAYS.has(word) || RELATIVE_DAYS.has(word)) units |= AnswerKind.Day;
    else if (DAY_OF_MONTH.test(word)) dayNumber = true;
  }
  if (month) units |= AnswerKind.Month;
  if (month && dayNumber) units |= AnswerKind.Day;
  return units;
}

// "what year", "which month", "on what date", "what day in February": a wh-word and a unit,
// with at most one word between them ("what exact date").
const ASKED_UNIT = /\b(?:what|which)\s+(?:[\p{L}]+\s+)?(year|month|day|date|weekday)s?\b/iu;
// "car gift date", "summit month": two to four words that end on a unit, as members type a search.
const SEARCHED_UNIT = /^(?:[\p{L}\p{N}'’.-]+\s+){1,3}(year|month|day|date)\??$/iu;
const UNIT_OF: Readonly<Record<string, number>> = {
  year: AnswerKind.Year,
  month: AnswerKind.Month,
  day: AnswerKind.Day,
  date: AnswerKind.Day,
  weekday: AnswerKind.Day,
};

/**
 * The unit a cleaned question asks its date in, as an {@link AnswerKind}
 * flag: Year for "what year", Month for "which month", Day for "what day"
 * or "what date", and the unit a search of a few words ends on ("putin
 * visit date"). 0 when it asks for none ("when did Kim visit").
 */
export function askedDateUnit(cleanedQuestion: string): number {
  const match = ASKED_UNIT.exec(cleanedQuestion) ?? SEARCHED_UNIT.exec(cleanedQuestion.trim());
  const unit = match?.[1]?.toLowerCase();
  return unit === undefined ? 0 : (UNIT_OF[unit] ?? 0);
}
