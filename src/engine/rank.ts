/**
 * Features for re-ranking BM25 candidates.
 *
 * Bag-of-words BM25 tops out near 78% R@1 on SQuAD. The paragraph that answers
 * a question usually also has the question's words close together (in one
 * sentence, often side by side), and sits in a report that is about the
 * question's subject. These features measure that; their weights are fitted on
 * SQuAD by `npm run bench:tune` and checked on the story set.
 */
import type { AnalyzedText } from './analysis.js';
import type { QueryTerm } from './query.js';

/** Evidence that a paragraph answers a question. All but `bm25` are shares in [0, 1]. */
export interface Features {
  /** BM25+ over every question term (divided by the best candidate's once all are scored). */
  readonly bm25: number;
  /** Share of the question's weight found in the best single sentence. */
  readonly sentence: number;
  /** Share found in the best two consecutive sentences. */
  readonly twoSentences: number;
  /** Share of the question's neighbouring term pairs that stand within a few words of each other. */
  readonly pairs: number;
  /** Share of those pairs found side by side, in the question's order. */
  readonly adjacent: number;
  /** Share of the question's weight found anywhere in the paragraph. */
  readonly coverage: number;
  /** Share of the question's weight found in the report's title. */
  readonly title: number;
  /** Share of all candidates' BM25 that comes from the same report: is the report about this? */
  readonly context: number;
}

/** How much each feature counts. */
export type RankWeights = { readonly [K in keyof Features]: number };

/** Weights fitted on SQuAD v1.1 dev by `npm run bench:tune`. */
export const RANK_WEIGHTS: RankWeights = {
  bm25: 1,
  sentence: 0.6,
  twoSentences: 0.2,
  pairs: 0.3,
  adjacent: 0,
  coverage: 0.2,
  title: 0,
  context: 0,
};

/** Two question terms count as a pair when at most this many terms apart in the paragraph. */
const PAIR_WINDOW = 3;
// BM25+ parameters, as MiniSearch uses them.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** Combines features into one score. */
export function combineFeatures(features: Features, weights: RankWeights = RANK_WEIGHTS): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof Features)[]) score += weights[key] * features[key];
  return score;
}

/** Per-question lookup tables, built once and reused for every candidate. */
export interface QueryPlan {
  readonly terms: readonly QueryTerm[];
  /** Term id to the term's position in `terms`, for the terms the index knows. */
  readonly slotOf: ReadonlyMap<number, number>;
  readonly totalWeight: number;
  /** Sum over neighbouring question terms of the lighter one's weight. */
  readonly pairWeight: number;
}

/** Prepares a question's terms for feature extraction. */
export function planQuery(terms: readonly QueryTerm[]): QueryPlan {
  let totalWeight = 0;
  let pairWeight = 0;
  const slotOf = new Map<number, number>();
  terms.forEach((term, i) => {
    totalWeight += term.weight;
    if (i > 0) pairWeight += Math.min(term.weight, terms[i - 1]?.weight ?? 0);
    if (term.termId >= 0) slotOf.set(term.termId, i);
  });
  return { terms, slotOf, totalWeight, pairWeight };
}

/** What a paragraph's features need besides its text. */
export interface ParagraphContext {
  readonly analysis: AnalyzedText;
  /** Term ids of the report's title. */
  readonly titleTerms: ReadonlySet<number>;
}

/**
 * Measures how well one paragraph matches the question. `context` is left at
 * 0: it depends on the other candidates and is filled in by the caller.
 */
export function extractFeatures(plan: QueryPlan, paragraph: ParagraphContext, averageLength: number): Features {
  const { terms, slotOf, totalWeight, pairWeight } = plan;
  const { analysis } = paragraph;
  const count = terms.length;
  const frequency = new Int32Array(count);
  const lastSeen = new Int32Array(count).fill(-PAIR_WINDOW - 1);
  const nearPair = new Uint8Array(count);
  const adjacentPair = new Uint8Array(count);
  const sentenceOf = new Int32Array(count).fill(-1);
  let sentence = 0;
  let twoSentences = 0;
  let previousWeight = 0;
  let previousSlots: number[] = [];
  for (let s = 0; s < analysis.sentences.length; s++) {
    const { from, to } = analysis.sentences[s] ?? { from: 0, to: 0 };
    let weight = 0;
    const slots: number[] = [];
    for (let p = from; p < to; p++) {
      const slot = slotOf.get(analysis.termIds[p] ?? -1);
      if (slot === undefined) continue;
      frequency[slot] = (frequency[slot] ?? 0) + 1;
      if (slot > 0) {
        const gap = p - (lastSeen[slot - 1] ?? 0);
        if (gap <= PAIR_WINDOW) nearPair[slot] = 1;
        if (gap === 1) adjacentPair[slot] = 1;
      }
      if (slot + 1 < count && p - (lastSeen[slot + 1] ?? 0) <= PAIR_WINDOW) nearPair[slot + 1] = 1;
      lastSeen[slot] = p;
      if (sentenceOf[slot] !== s) {
        sentenceOf[slot] = s;
        weight += terms[slot]?.weight ?? 0;
        slots.push(slot);
      }
    }
    sentence = Math.max(sentence, weight);
    let shared = 0;
    for (const slot of previousSlots) if (sentenceOf[slot] === s) shared += terms[slot]?.weight ?? 0;
    twoSentences = Math.max(twoSentences, weight + previousWeight - shared);
    previousWeight = weight;
    previousSlots = slots;
  }
  let coverage = 0;
  let pairs = 0;
  let adjacent = 0;
  let title = 0;
  let bm25 = 0;
  const lengthNorm = K1 * (1 - B + (B * analysis.termIds.length) / averageLength);
  for (let i = 0; i < count; i++) {
    const term = terms[i];
    if (!term) continue;
    const tf = frequency[i] ?? 0;
    if (tf > 0) {
      bm25 += term.weight * (DELTA + (tf * (K1 + 1)) / (tf + lengthNorm));
      coverage += term.weight;
    }
    const pairShare = Math.min(term.weight, terms[i - 1]?.weight ?? 0);
    if (nearPair[i]) pairs += pairShare;
    if (adjacentPair[i]) adjacent += pairShare;
    if (paragraph.titleTerms.has(term.termId)) title += term.weight;
  }
  const share = (value: number, of: number) => (of > 0 ? value / of : 0);
  return {
    bm25,
    sentence: share(sentence, totalWeight),
    twoSentences: share(twoSentences, totalWeight),
    pairs: share(pairs, pairWeight),
    adjacent: share(adjacent, pairWeight),
    coverage: share(coverage, totalWeight),
    title: share(title, totalWeight),
    context: 0,
  };
}
