/**
 * Answer-type cues: what kind of answer a question asks for, and which kinds a
 * sentence can give. "Who delivered the car" wants an agent ("… by a Russian
 * delegation"); "when" wants a date. A passage that matches the question's
 * words *and* holds the kind of answer asked for is the better quote.
 */

/** Bit flags for the kinds of answer a sentence can hold. */
export const Cue = {
  None: 0,
  /** A passive agent: "by …". */
  Agent: 1,
  /** A date, weekday, month or year. */
  Time: 2,
  /** A number. */
  Quantity: 4,
  /** "in", "at", "near" or "from" followed by a name. */
  Place: 8,
} as const;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const TIME = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|yesterday|today|tomorrow|tonight|century|decade|ago|noon|midnight|morning|afternoon|evening|dawn|dusk)\\b|\\b1[0-9]{3}s?\\b|\\b20[0-9]{2}s?\\b|\\b\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b`,
  'i',
);
const QUANTITY =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|percent)\b/i;
const AGENT = /\bby\b/i;
const PLACE = /\b(?:in|at|near|from)\s+(?:the\s+)?\p{Lu}/u;

/** The cues a sentence holds, as {@link Cue} flags. */
export function sentenceCues(sentence: string): number {
  let cues: number = Cue.None;
  if (AGENT.test(sentence)) cues |= Cue.Agent;
  if (TIME.test(sentence)) cues |= Cue.Time;
  if (QUANTITY.test(sentence)) cues |= Cue.Quantity;
  if (PLACE.test(sentence)) cues |= Cue.Place;
  return cues;
}

/** The kind of answer a question asks for, as {@link Cue} flags (None when it is not clear). */
export function questionCue(question: string): number {
  const q = question.trim().toLowerCase();
  if (/^(?:who|whom|whose)\b|\bby whom\b/.test(q)) return Cue.Agent;
  if (/^when\b|^(?:in |during )?(?:what|which) (?:year|month|day|date|century|decade)\b|^since when\b/.test(q)) {
    return Cue.Time;
  }
  if (/^how (?:many|much|long|old|far|large|big)\b|^what (?:percentage|number|amount)\b/.test(q)) return Cue.Quantity;
  if (/^where\b|^(?:in|at) what (?:city|country|place|state)\b/.test(q)) return Cue.Place;
  return Cue.None;
}
