/**
 * Measuring a BM25 candidate against a question: the features of
 * features.ts, from a plan of the question made once.
 */
import { AnswerKind } from '../text/answer-kinds.js';
import { type DefiniteThings, NO_DEFINITE_THINGS } from '../text/definite.js';
import type { IndexedParagraph, SearchIndex } from './build.js';
import { countInReport } from './dictionary.js';
import { spelledNames } from './full-names.js';
import { type Phrases, phraseShare, questionPhrases } from './phrases.js';
import type { Features } from './features.js';
import { type ParsedQuestion, type QueryTerm, UNKNOWN_WORD } from './query.js';
import type { AskedThing } from '../text/asked-nouns.js';

// BM25+ parameters: MiniSearch's defaults, so re-ranking scores the way retrieval does.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/**
 * BM25+'s weight for a term found `tf` times in a paragraph of `length`
 * terms, before multiplying by the term's idf.
 */
export function termSaturation(tf: number, length: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * length) / averageLength);
  return DELTA + (tf * (K1 + 1)) / (tf + norm);
}

/** Per-question lookup tables, built once and reused for every candidate. */
export interface QueryPlan {
  readonly terms: readonly QueryTerm[];
  /** Term id to the term's position in `terms`, for the terms the index knows and their aliases. */
  readonly slotOf: ReadonlyMap<number, number>;
  readonly totalWeight: number;
  /** Sum over neighbouring question terms of the lighter one's weight. */
  readonly pairWeight: number;
  /** 1 at a term whose pair with the term before it counts for `adjacent`. */
  readonly pairCounts: Uint8Array;
  /** The kind of answer asked for ({@link AnswerKind} flags). */
  readonly cue: number;
  /** The stem of the noun the question asks to be named ("sister"), if it asks for a name. */
  readonly focus: string | undefined;
  /** The question's two-word phrases and their weights (phrases.ts). */
  readonly phrases: Phrases;
  /** The question's three-word phrases and their weights (phrases.ts). */
  readonly trigrams: Phrases;
  /** The question as parsed: its chatter-free text and the names the corpus lacks. */
  readonly question: ParsedQuestion;
  /** What the question calls "the …" ("the car"), and the words that say which. */
  readonly things: DefiniteThings;
  /** Stems of the one whose words the question asks about ("what did Kim Yo Jong say"), the index's words only. */
  readonly speaker: readonly string[];
  /** The noun whose kind the question asks ("what kind of car"), as a lemma. */
  readonly identity?: string;
  /** The noun the question asks to be named, as typed (lower-cased): "sister". */
  readonly focusWord?: string;
  /** The made thing a what- or which-question asks about ("which factory built it"). */
  readonly thing?: AskedThing;
}

/**
 * Prepares a question's terms for feature extraction. `isName` tells the
 * parts of names: when the question asks for a name (`focus`), a full name in
 * it only says whose ("the name of Kim Jong Un's sister"), so a passage that
 * repeats that name word for word gains no phrase credit for it.
 */
export function planQuery(
  question: ParsedQuestion,
  cue: number = AnswerKind.None,
  focus?: string,
  isName: (termId: number) => boolean = () => false,
  things: DefiniteThings = NO_DEFINITE_THINGS,
  speaker: readonly string[] = [],
): QueryPlan {
  const { terms } = question;
  const inName = (key: number) => focus !== undefined && key >= 0 && isName(key);
  // A name run's words are UNKNOWN_WORD to phrase matching: no phrase holds them.
  const wordKeys = question.wordKeys.map((key, i, keys) =>
    inName(key) && (inName(keys[i - 1] ?? -1) || inName(keys[i + 1] ?? -1)) ? UNKNOWN_WORD : key,
  );
  let totalWeight = 0;
  let pairWeight = 0;
  const slotOf = new Map<number, number>();
  const pairCounts = new Uint8Array(terms.length);
  terms.forEach((term, i) => {
    if (term.kind) return void slotOf.set(term.termId, i);
    totalWeight += term.weight;
    const previous = terms[i - 1];
    if (previous && !previous.kind && !(inName(previous.termId) && inName(term.termId))) {
      pairCounts[i] = 1;
      pairWeight += Math.min(term.weight, previous.weight);
    }
    if (term.termId >= 0) slotOf.set(term.termId, i);
  });
  // "Moscow" counts as the question's "Russia", unless the question asks about Moscow too.
  terms.forEach((term, i) => {
    for (const alias of term.aliases ?? []) if (!slotOf.has(alias)) slotOf.set(alias, i);
  });
  const weightOf = new Map(terms.map((term) => [term.termId, term.weight]));
  return {
    terms,
    slotOf,
    totalWeight,
    pairWeight,
    pairCounts,
    cue,
    focus,
    phrases: questionPhrases(wordKeys, weightOf, 2),
    trigrams: questionPhrases(wordKeys, weightOf, 3),
    question,
    things,
    speaker,
  };
}

/** Features as {@link extractFeatures} makes them, before the caller fills in those that compare candidates. */
export type MutableFeatures = { -readonly [K in keyof Features]: Features[K] };

/** A paragraph measured against a question: its features and its best-matching sentence. */
export interface Measured {
  readonly features: MutableFeatures;
  /** The sentence holding most of the question's weight (the first on a tie), or -1 when none holds any. */
  readonly bestSentence: number;
}

// Per-term counters of extractFeatures, one row of the question's length each: how often the term
// occurs, where it was last seen, the last sentence holding it, whether it follows its question
// neighbour somewhere, and the terms of the current and the previous sentence. extractFeatures runs
// to completion for one paragraph at a time, so one buffer serves every call: typed arrays made
// per call were a fifth of an answer's garbage, and garbage collection sets the slowest answers.
const FREQUENCY = 0;
const LAST_SEEN = 1;
const SENTENCE_OF = 2;
const ADJACENT = 3;
const CURRENT_SLOTS = 4;
const PREVIOUS_SLOTS = 5;
const SCRATCH_ROWS = 6;
let scratch = new Int32Array(SCRATCH_ROWS * 16);

/** The scratch buffer with rows of `count` terms, counters reset. */
function scratchRows(count: number): Int32Array {
  if (scratch.length < SCRATCH_ROWS * count) scratch = new Int32Array(SCRATCH_ROWS * count * 2);
  scratch.fill(0, FREQUENCY * count, (FREQUENCY + 1) * count);
  scratch.fill(-2, LAST_SEEN * count, (LAST_SEEN + 1) * count);
  scratch.fill(-1, SENTENCE_OF * count, (SENTENCE_OF + 1) * count);
  scratch.fill(0, ADJACENT * count, (ADJACENT + 1) * count);
  return scratch;
}

/**
 * Measures how well one paragraph matches the question. `context` is left at
 * 0: it depends on the other candidates and is filled in by the caller.
 */
export function extractFeatures(plan: QueryPlan, paragraph: IndexedParagraph, index: SearchIndex): Measured {
  const { terms, slotOf, totalWeight, pairWeight } = plan;
  const { analysis } = paragraph;
  const count = terms.length;
  const rows = scratchRows(count);
  const lastSeen = LAST_SEEN * count;
  const sentenceOf = SENTENCE_OF * count;
  const adjacentPair = ADJACENT * count;
  let current = CURRENT_SLOTS * count;
  let previous = PREVIOUS_SLOTS * count;
  let previousCount = 0;
  let sentence = 0;
  let bestSentence = -1;
  let twoSentences = 0;
  let previousWeight = 0;
  const spelled = spelledNames(index, plan.question.fullNames, slotOf, paragraph);
  // Per question term, 1 when a lone head stood for it ("Kim" for the question's "Jong" and "Un").
  const standsFor = spelled ? new Uint8Array(count) : undefined;
  for (let s = 0; s < analysis.sentences.length; s++) {
    const { from, to } = analysis.sentences[s] ?? { from: 0, to: 0 };
    let weight = 0;
    let currentCount = 0;
    for (let p = from; p < to; p++) {
      const slot = slotOf.get(analysis.termIds[p] ?? -1);
      if (slot === undefined) continue;
      rows[slot] = (rows[slot] ?? 0) + 1;
      if (slot > 0 && p - (rows[lastSeen + slot - 1] ?? 0) === 1) rows[adjacentPair + slot] = 1;
      rows[lastSeen + slot] = p;
      if (rows[sentenceOf + slot] !== s) {
        rows[sentenceOf + slot] = s;
        weight += terms[slot]?.weight ?? 0;
        rows[current + currentCount++] = slot;
      }
      if (!standsFor || !analysis.loneNames[p]) continue;
      const standing = spelled?.heads.get(analysis.termIds[p] ?? -1);
      if (!standing) continue;
      // The full name's parts stand side by side wherever the name does.
      for (const pair of standing.pairs) rows[adjacentPair + pair] = 1;
      for (const other of standing.others) {
        standsFor[other] = 1;
        if (rows[sentenceOf + other] === s) continue;
        rows[sentenceOf + other] = s;
        weight += terms[other]?.weight ?? 0;
        rows[current + currentCount++] = other;
      }
    }
    if (weight > sentence) {
      sentence = weight;
      bestSentence = s;
    }
    let shared = 0;
    for (let i = 0; i < previousCount; i++) {
      const slot = rows[previous + i] ?? 0;
      if (rows[sentenceOf + slot] === s) shared += terms[slot]?.weight ?? 0;
    }
    twoSentences = Math.max(twoSentences, weight + previousWeight - shared);
    previousWeight = weight;
    [current, previous] = [previous, current];
    previousCount = currentCount;
  }
  let coverage = 0;
  let adjacent = 0;
  let bm25 = 0;
  let localBm25 = 0;
  const reportSize = paragraph.report.paragraphs.length;
  for (let i = 0; i < count; i++) {
    const term = terms[i];
    if (!term) continue;
    const tf = rows[i] ?? 0;
    if (tf > 0) {
      const saturation = termSaturation(tf, analysis.termIds.length, index.averageLength);
      bm25 += term.weight * saturation;
      const localDf = countInReport(index.reportTerms, paragraph.reportNumber, term.termId);
      localBm25 += Math.log(1 + (reportSize - localDf + 0.5) / (localDf + 0.5)) * saturation;
      coverage += term.weight;
    } else if (standsFor?.[i]) coverage += term.weight;
    if (rows[adjacentPair + i] && plan.pairCounts[i]) adjacent += Math.min(term.weight, terms[i - 1]?.weight ?? 0);
  }
  const share = (value: number, of: number) => (of > 0 ? value / of : 0);
  const wordKeys = spelled?.wordKeys ?? analysis.wordKeys;
  const phrases = phraseShare(wordKeys, plan.phrases, 2);
  const trigrams = phraseShare(wordKeys, plan.trigrams, 3);
  const features: MutableFeatures = {
    bm25,
    sentence: share(sentence, totalWeight),
    twoSentences: share(twoSentences, totalWeight),
    adjacent: share(adjacent, pairWeight),
    coverage: share(coverage, totalWeight),
    context: 0,
    localBm25,
    phrases,
    trigrams,
    // Filled in by answerEvidence, for the few best candidates only: reading a sentence takes an NLP model.
    answerType: 0,
    named: 0,
    otherThing: 0,
    speaker: 0,
    recipient: 0,
    untold: 0,
  };
  return { features, bestSentence };
}
