/**
 * A compact inverted index over paragraphs, in typed arrays, for retrieving
 * candidates by BM25.
 *
 * MiniSearch was measured doing this job: at 100k paragraphs its index took
 * over a gigabyte of heap, 35 s to build and 67 ms at p99 per question (see
 * BENCHMARKS.md). Postings laid out as three flat arrays take a few bytes per
 * (term, paragraph) pair, build in one counting pass and score a question by
 * walking only the rarest terms' lists.
 */
import type { Steps } from './steps.js';
import type { TextStore } from './store.js';

/** Term id → the paragraphs that contain it and how often. */
export interface Postings {
  /** `docs[offsets[t] .. offsets[t + 1]]` are the paragraphs of term t, ascending. */
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  /** Term frequency, parallel to `docs` (capped at 65,535). */
  readonly freqs: Uint16Array;
  /** Terms per paragraph, for length normalization. */
  readonly lengths: Int32Array;
  readonly averageLength: number;
}

// Paragraphs handled between two yields of the build.
const YIELD_EVERY = 512;

/**
 * Builds the postings of the store's paragraphs over a vocabulary of `vocabularySize`
 * term ids. A generator, so a caller can interleave other work (see
 * buildIndexInSlices); it yields every few hundred paragraphs.
 */
export function* buildPostings(store: TextStore, vocabularySize: number): Steps<Postings> {
  const counts = new Int32Array(vocabularySize + 1);
  const lastSeen = new Int32Array(vocabularySize).fill(-1);
  const paragraphs = store.paragraphs;
  const lengths = new Int32Array(paragraphs);
  for (let doc = 0; doc < paragraphs; doc++) {
    const from = store.termStart[doc] ?? 0;
    const to = store.termStart[doc + 1] ?? from;
    lengths[doc] = to - from;
    for (let i = from; i < to; i++) {
      const term = store.termIds[i] ?? 0;
      if (lastSeen[term] === doc) continue;
      lastSeen[term] = doc;
      counts[term + 1] = (counts[term + 1] ?? 0) + 1;
    }
    if (doc % YIELD_EVERY === 0) yield;
  }
  const offsets = counts;
  for (let t = 1; t <= vocabularySize; t++) offsets[t] = (offsets[t] ?? 0) + (offsets[t - 1] ?? 0);
  const pairs = offsets[vocabularySize] ?? 0;
  const docs = new Int32Array(pairs);
  yield;
  const freqs = new Uint16Array(pairs);
  yield;
  const next = offsets.slice(0, vocabularySize);
  lastSeen.fill(-1);
  for (let doc = 0; doc < paragraphs; doc++) {
    if (doc % YIELD_EVERY === 0) yield;
    for (let i = store.termStart[doc] ?? 0; i < (store.termStart[doc + 1] ?? 0); i++) {
      const term = store.termIds[i] ?? 0;
      if (lastSeen[term] === doc) {
        const at = (next[term] ?? 1) - 1;
        freqs[at] = Math.min(65_535, (freqs[at] ?? 0) + 1);
        continue;
      }
      lastSeen[term] = doc;
      const at = next[term] ?? 0;
      docs[at] = doc;
      freqs[at] = 1;
      next[term] = at + 1;
    }
  }
  return { offsets, docs, freqs, lengths, averageLength: store.termIds.length / Math.max(1, paragraphs) };
}

// BM25+ parameters (MiniSearch's defaults, which measured well on SQuAD).
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/**
 * BM25+'s weight for a term found `tf` times in a paragraph of `length`
 * terms, before multiplying by the term's idf. Retrieval and re-ranking both
 * use it, so their scores agree.
 */
export function termSaturation(tf: number, length: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * length) / averageLength);
  return DELTA + (tf * (K1 + 1)) / (tf + norm);
}

/** A term to score with its weight (idf). */
export interface WeightedTerm {
  readonly termId: number;
  readonly weight: number;
}

/** How many paragraphs with positions in [first, end) contain the term: a binary search in its sorted list. */
export function countInRange(postings: Postings, termId: number, first: number, end: number): number {
  const lowerBound = (target: number) => {
    let low = postings.offsets[termId] ?? 0;
    let high = postings.offsets[termId + 1] ?? 0;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((postings.docs[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return lowerBound(end) - lowerBound(first);
}

// Score accumulators shared by every search: one search runs at a time (it is
// synchronous), and allocating a corpus-sized array per question would churn
// the garbage collector.
let scores = new Float64Array(0);
let touched = new Int32Array(0);

/**
 * The `limit` paragraphs with the highest BM25+ over `terms`, best first
 * (ties by paragraph order). `accept` can exclude paragraphs (a source filter).
 */
export function topByBm25(
  postings: Postings,
  terms: readonly WeightedTerm[],
  limit: number,
  accept?: (doc: number) => boolean,
): number[] {
  const paragraphs = postings.lengths.length;
  if (scores.length < paragraphs) {
    scores = new Float64Array(paragraphs);
    touched = new Int32Array(paragraphs);
  }
  let touchedCount = 0;
  for (const { termId, weight } of terms) {
    const end = postings.offsets[termId + 1] ?? 0;
    for (let at = postings.offsets[termId] ?? 0; at < end; at++) {
      const doc = postings.docs[at] ?? 0;
      if (scores[doc] === 0) touched[touchedCount++] = doc;
      const saturation = termSaturation(postings.freqs[at] ?? 0, postings.lengths[doc] ?? 0, postings.averageLength);
      scores[doc] = (scores[doc] ?? 0) + weight * saturation;
    }
  }
  // Keep the best `limit` in a small sorted array: most paragraphs fail the first comparison.
  const best: { doc: number; score: number }[] = [];
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] ?? 0;
    const score = scores[doc] ?? 0;
    scores[doc] = 0;
    if (best.length === limit) {
      const worst = best[limit - 1];
      if (!worst || score < worst.score || (score === worst.score && doc > worst.doc)) continue;
    }
    if (accept && !accept(doc)) continue;
    let at = best.length;
    while (at > 0) {
      const above = best[at - 1];
      if (!above || above.score > score || (above.score === score && above.doc < doc)) break;
      at--;
    }
    best.splice(at, 0, { doc, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ doc }) => doc);
}
