/**
 * The question word of a cleaned question and what it asks for: "who",
 * "how many", "what colour", "which UN body", or yes/no for a question that
 * opens with an auxiliary. It may stand anywhere: first ("who drove it"),
 * after chatter that survived ("so who…"), or last ("delivered when?").
 */
// Discord messages are at most 4,000 characters (with Nitro); anything longer
// is not a question, and capping keeps every pattern here and in chatter.ts cheap.
export const MAX_INPUT = 4_000;

/** What a question asks for, read from its question word. */
export type QuestionWordKind =
  | 'who'
  | 'what'
  | 'when'
  | 'where'
  | 'which'
  | 'why'
  | 'how'
  | 'how many'
  | 'how much'
  | 'how old'
  | 'what colour'
  | 'which organization'
  | 'yes-no';

/** The question word of a question and where it stands in it. */
export interface QuestionWord {
  readonly kind: QuestionWordKind;
  /** Offset of the question word in the cleaned question (0 for yes/no). */
  readonly start: number;
  /** Offset just past the question word and the words that make it ("how many"). */
  readonly end: number;
}

const COLOUR_NOUNS = String.raw`colou?rs?|shades?`;
const COLOUR_NOUN = new RegExp(`^(?:${COLOUR_NOUNS})$`, 'i');

/** Whether `word` is a noun that asks for a colour: "what colour", "car shade". */
export function isColourNoun(word: string): boolean {
  return COLOUR_NOUN.test(word);
}

const ORGANIZATION_NOUNS = String.raw`body|bodies|agency|agencies|organi[sz]ations?|committees?|council|compan(?:y|ies)|outlets?|newspapers?`;
// "what year", "which colour", "what country", "which UN body": a wh-word plus a noun, after at most
// one word that is no function word, that says more about the answer than the wh-word alone.
const WH = new RegExp(
  String.raw`\b(?:(how)\s+(many|much|old)|(what|which)\s+(?:(?!(?:is|are|was|were|do|does|did|the|a|an|of|to|in)\b)[\p{L}.]+\s+)?(${COLOUR_NOUNS}|year|month|day|date|time|weekday|country|countries|city|town|place|capital|${ORGANIZATION_NOUNS})|(who|whom|whose|what|when|where|which|why|how\s+come|how|whether))\b`,
  'giu',
);
const ORGANIZATION_NOUN = new RegExp(`^(?:${ORGANIZATION_NOUNS})$`, 'i');
const AUXILIARY =
  /^(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:n't|nt)?\b/i;
const TIME_NOUNS = new Set(['year', 'month', 'day', 'date', 'time', 'weekday']);
const PLACE_NOUNS = new Set(['country', 'countries', 'city', 'town', 'place', 'capital']);

/** Whether `text` opens with an auxiliary, as a yes/no question does: "did Kim…", "isn't it…". */
export function opensWithAuxiliary(text: string): boolean {
  return AUXILIARY.test(text);
}

function kindOf(match: RegExpExecArray): QuestionWordKind {
  const [, how, amount, what, noun, plain] = match;
  if (how && amount) return `how ${amount.toLowerCase()}` as QuestionWordKind;
  if (what && noun) {
    const n = noun.toLowerCase();
    if (TIME_NOUNS.has(n)) return 'when';
    if (PLACE_NOUNS.has(n)) return 'where';
    if (ORGANIZATION_NOUN.test(n)) return 'which organization';
    return 'what colour';
  }
  const word = (plain ?? '').toLowerCase();
  if (word === 'whom' || word === 'whose') return 'who';
  if (word === 'whether') return 'yes-no';
  // "how come" asks why.
  if (/^how\s+come$/u.test(word)) return 'why';
  return word as QuestionWordKind;
}

/**
 * Finds the question word of a cleaned question wherever it stands: at the
 * start ("who drove…"), after chatter that survived ("so who…"), or at the end
 * ("the car was delivered when?"). A question opening with an auxiliary
 * ("did Kim drive…") is yes/no. Returns undefined when there is none.
 */
export function questionWord(cleaned: string): QuestionWord | undefined {
  if (typeof cleaned !== 'string') return undefined;
  const text = cleaned.slice(0, MAX_INPUT);
  const matches = [...text.matchAll(WH)];
  const first = matches[0];
  const lead = /^[\s"'(]*/.exec(text)?.[0].length ?? 0;
  // Opening wh-word: "who drove the car".
  if (first && first.index === lead)
    return { kind: kindOf(first), start: first.index, end: first.index + first[0].length };
  // Opening auxiliary: "is it true that the car which…" asks yes or no even
  // though a relative "which" follows.
  if (opensWithAuxiliary(text.slice(lead))) return { kind: 'yes-no', start: 0, end: 0 };
  if (!first) return undefined;
  // An echo question puts the wh-word last: "the car was delivered when?".
  const last = matches[matches.length - 1];
  if (last && /^[\s?!.]*$/.test(text.slice(last.index + last[0].length))) {
    return { kind: kindOf(last), start: last.index, end: last.index + last[0].length };
  }
  // Otherwise the wh-word that opens a clause ("…, so who paid") beats a
  // relative pronoun after a noun ("the man who drove").
  const opener = matches.find((m) =>
    /(?:^|[,;:.!?]\s*|\b(?:so|and|but|then|ok|okay)\s+)$/i.test(text.slice(0, m.index)),
  );
  const chosen = opener ?? first;
  return { kind: kindOf(chosen), start: chosen.index, end: chosen.index + chosen[0].length };
}
