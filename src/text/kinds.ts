/** The kinds of answer a question may ask for and a sentence may hold. */

/** Bit flags for the kinds of answer; a sentence may hold several. */
export const AnswerKind = {
  None: 0,
  Person: 1,
  Organization: 2,
  /** A passive agent ("by a Russian delegation") or a role ("the leader", "officials"). */
  Agent: 4,
  /** A date, time, weekday, month or year. */
  Time: 8,
  Place: 16,
  /** A cardinal, an amount of money, a percentage or an age. */
  Number: 32,
  Colour: 64,
  /** Any proper name, classified or not: "Aurus Senat", "Kim Yo Jong". */
  Name: 128,
  /** A statement that something was not told: "the make … was not disclosed", "did not describe the car". */
  Undisclosed: 256,
  /** A date that only says when something was told: "said in November", "reported on Tuesday". */
  ReportedTime: 512,
  /** A cause or a purpose: "because", "due to", "in recognition of", "in order to". */
  Reason: 1024,
  /** A date that names a year ("2018"); with Month and Day, a refinement of Time for "what year". */
  Year: 2048,
  /** A date that names a month ("last September", "Feb. 18"). */
  Month: 4096,
  /** A date that names a day ("Tuesday", "February 18"). */
  Day: 8192,
  /** One a giving verb hands something to: "delivered to Kim's top aides". */
  Recipient: 16384,
} as const;

/** The names of the flags set in `kinds`, e.g. ['Agent', 'Time']; for logs and tests. */
export function answerKindNames(kinds: number): string[] {
  return Object.entries(AnswerKind)
    .filter(([, flag]) => flag !== 0 && (kinds & flag) === flag)
    .map(([name]) => name);
}
