/**
 * Retrieval and re-ranking: BM25 over the postings finds candidate paragraphs, then every
 * candidate is scored on all the evidence in rank.ts.
 */
import type { SearchIndex } from './build.js';
import { topByBm25, type WeightedTerm } from './postings.js';
import { combineFeatures, extractFeatures, type Features, type QueryPlan } from './rank.js';

/** BM25 candidates that are re-ranked. More costs latency and gains almost nothing (BENCHMARKS.md). */
export const RERANK_CANDIDATES = 30;
/** A candidate after re-ranking, before it is quoted. */
export interface RankedCandidate {
  readonly entryId: number;
  readonly score: number;
  readonly coverage: number;
}

/**
 * Candidates are retrieved with the question's rarest terms: common
 * terms match most paragraphs, so they cost the most time and barely change
 * which paragraphs come back. Rarest first, terms are added while the
 * paragraphs they match stay within this share of the corpus. Re-ranking then
 * scores every term.
 */
export const RETRIEVAL_POSTINGS_SHARE = 0.5;
/** Small corpora search every term: the budget never goes below this many postings. */
export const RETRIEVAL_MIN_POSTINGS = 1000;
/** Large corpora search at most this many postings, which bounds a question's cost. */
export const RETRIEVAL_MAX_POSTINGS = 20_000;
/** At most this many terms are searched. */
export const RETRIEVAL_MAX_TERMS = 12;

/** A candidate paragraph with the evidence that it answers. */
export interface ScoredCandidate {
  readonly entryId: number;
  readonly features: Features;
}

/** Retrieves the candidates for a question and measures their features. */
export function scoreCandidates(index: SearchIndex, plan: QueryPlan, source?: string): ScoredCandidate[] {
  const retrieval = retrievalTerms(index, plan);
  if (retrieval.length === 0) return [];
  const wanted = source?.toLowerCase();
  const accept = wanted ? (doc: number) => index.entries[doc]?.report.source.toLowerCase() === wanted : undefined;
  const scored: { entryId: number; features: Features }[] = [];
  let bestBm25 = 0;
  let bestLocal = 0;
  for (const entryId of topByBm25(index.postings, retrieval, RERANK_CANDIDATES, accept)) {
    const entry = index.entries[entryId];
    if (!entry) continue;
    const features = extractFeatures(plan, entry, index.postings);
    bestBm25 = Math.max(bestBm25, features.bm25);
    bestLocal = Math.max(bestLocal, features.localBm25);
    scored.push({ entryId, features });
  }
  const byReport = new Map<string, number>();
  let total = 0;
  for (const { entryId, features } of scored) {
    const report = index.entries[entryId]?.report.id ?? '';
    byReport.set(report, (byReport.get(report) ?? 0) + features.bm25);
    total += features.bm25;
  }
  return scored.map(({ entryId, features }) => ({
    entryId,
    features: {
      ...features,
      bm25: features.bm25 / (bestBm25 || 1),
      localBm25: features.localBm25 / (bestLocal || 1),
      context: (byReport.get(index.entries[entryId]?.report.id ?? '') ?? 0) / (total || 1),
    },
  }));
}

/** Retrieves and re-ranks the candidates for a question, best first. Relevance is not applied. */
export function rankCandidates(index: SearchIndex, plan: QueryPlan, source?: string): RankedCandidate[] {
  return scoreCandidates(index, plan, source)
    .map(({ entryId, features }) => ({ entryId, score: combineFeatures(features), coverage: features.coverage }))
    .sort((a, b) => b.score - a.score || a.entryId - b.entryId);
}

function retrievalTerms(index: SearchIndex, plan: QueryPlan): WeightedTerm[] {
  const known = plan.terms.filter((term) => term.termId >= 0).sort((a, b) => b.weight - a.weight);
  const share = RETRIEVAL_POSTINGS_SHARE * index.entries.length;
  const budget = Math.max(RETRIEVAL_MIN_POSTINGS, Math.min(RETRIEVAL_MAX_POSTINGS, share));
  const chosen: WeightedTerm[] = [];
  let postings = 0;
  for (const term of known) {
    postings += index.documentFrequency[term.termId] ?? 0;
    if ((chosen.length > 0 && postings > budget) || chosen.length >= RETRIEVAL_MAX_TERMS) break;
    chosen.push(term);
  }
  return chosen;
}
