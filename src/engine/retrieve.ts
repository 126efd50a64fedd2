/**
 * Retrieval and re-ranking: MiniSearch's BM25+ over the question's rarest
 * terms finds candidate paragraphs, then every candidate is scored on all the
 * evidence in rank.ts and features.ts.
 */
import type { SearchIndex } from './build.js';
import type { QueryTerm } from './query.js';
import { AnswerKind } from '../text/answer-kinds.js';
import { answerEvidence } from './answer-type.js';
import { combineFeatures } from './features.js';
import { extractFeatures, type Measured, type QueryPlan } from './rank.js';

/**
 * The best passage must contain at least this share of the question's weight
 * for the corpus to answer at all. A name the corpus lacks weighs the most,
 * so a question about something the reports never mention gets no answer.
 */
export const MIN_COVERAGE = 0.25;
/** BM25 candidates that are re-ranked. More costs latency and gains almost nothing (BENCHMARKS.md). */
export const RERANK_CANDIDATES = 20;
/** A candidate after re-ranking, before it is quoted. */
export interface RankedCandidate {
  readonly entryId: number;
  readonly score: number;
  readonly coverage: number;
  /** 1 when its best sentence holds the kind of answer asked for. */
  readonly answerType: number;
  /** Whether its best sentence speaks of another thing than the question's "the …" (features.ts `otherThing`). */
  readonly otherThing: boolean;
  /** The sentence holding most of the question's weight, or -1. */
  readonly bestSentence: number;
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
export const RETRIEVAL_MAX_POSTINGS = 2000;
/** At most this many terms are searched. */
export const RETRIEVAL_MAX_TERMS = 12;

/** A candidate paragraph with the evidence that it answers. */
export interface ScoredCandidate extends Measured {
  readonly entryId: number;
}

/** Retrieves the candidates for a question and measures their features. */
export function scoreCandidates(index: SearchIndex, plan: QueryPlan, source?: string): ScoredCandidate[] {
  const retrieval = retrievalTerms(index, plan);
  if (retrieval.length === 0) return [];
  const scored: ScoredCandidate[] = [];
  let bestBm25 = 0;
  let bestLocal = 0;
  for (const entryId of retrieveCandidates(index, retrieval, RERANK_CANDIDATES, source)) {
    const entry = index.entries[entryId];
    if (!entry) continue;
    const { features, bestSentence } = extractFeatures(plan, entry, index);
    bestBm25 = Math.max(bestBm25, features.bm25);
    bestLocal = Math.max(bestLocal, features.localBm25);
    scored.push({ entryId, features, bestSentence });
  }
  const byReport = new Map<number, number>();
  let total = 0;
  for (const { entryId, features } of scored) {
    const report = index.entries[entryId]?.reportNumber ?? -1;
    byReport.set(report, (byReport.get(report) ?? 0) + features.bm25);
    total += features.bm25;
  }
  // The features are this call's own, so they are scaled in place rather than copied.
  for (const { entryId, features } of scored) {
    features.bm25 /= bestBm25 || 1;
    features.localBm25 /= bestLocal || 1;
    features.context = (byReport.get(index.entries[entryId]?.reportNumber ?? -1) ?? 0) / (total || 1);
  }
  return scored;
}

/**
 * The best candidates whose answer type is read: it takes an NLP model per
 * sentence, and its weight only reorders candidates that are already close.
 */
export const ANSWER_TYPE_POOL = 5;

const byScore = (a: RankedCandidate, b: RankedCandidate) => b.score - a.score || a.entryId - b.entryId;

/** Retrieves and re-ranks the candidates for a question, best first. Relevance is not applied. */
export function rankCandidates(index: SearchIndex, plan: QueryPlan, source?: string): RankedCandidate[] {
  // The passage that answers may rank low before it is read: the one that hands the thing over rarely
  // repeats the question's getting verb, and "the make … was not disclosed" rarely repeats who gave
  // the car. A question asking who got something, or what kind of thing something is, has every
  // candidate read for the kind of answer it holds, whom it hands something to and whether it says
  // the kind was not told. Only the five best are read for another thing of the kind asked about,
  // as for any question: that reading can refuse it.
  const readAll = (plan.cue & AnswerKind.Recipient) !== 0 || plan.identity !== undefined;
  const ranked = scoreCandidates(index, plan, source)
    .map((candidate) => ({ candidate, score: combineFeatures(candidate.features) }))
    .sort((a, b) => b.score - a.score || a.candidate.entryId - b.candidate.entryId)
    .map(({ candidate: { entryId, features, bestSentence } }, i): RankedCandidate => {
      // The few best are read for the kind of answer they hold, and scored again with it.
      const entry = index.entries[entryId];
      if (i < ANSWER_TYPE_POOL && entry) Object.assign(features, answerEvidence(index, plan, entry, bestSentence));
      else if (readAll && entry) {
        const evidence = answerEvidence(index, plan, entry, bestSentence);
        features.answerType = evidence.answerType;
        features.recipient = evidence.recipient;
        features.untold = evidence.untold;
      }
      // Saying the kind was not told counts only in a passage that covers enough of the question to
      // answer it: one that covers less would pass those that do, and the question be refused.
      if (features.coverage < MIN_COVERAGE) features.untold = 0;
      return {
        entryId,
        score: combineFeatures(features),
        coverage: features.coverage,
        answerType: features.answerType,
        otherThing: features.otherThing > 0,
        bestSentence,
      };
    })
    .sort(byScore);
  return withPlaceFirst(plan, ranked);
}

/**
 * A where-question is not answered by a passage that names no place: "since
 * Kim and Putin met in September" has every word of "where did Putin and Kim
 * meet" but not where. When the best candidate's sentence holds no place and
 * another of the {@link ANSWER_TYPE_POOL} best holds one and covers as much of
 * the question, that one comes first ("Kim visited Russia for a summit with
 * Putin in September").
 */
function withPlaceFirst(plan: QueryPlan, ranked: RankedCandidate[]): RankedCandidate[] {
  const [top] = ranked;
  if (!top || (plan.cue & AnswerKind.Place) === 0 || top.answerType > 0) return ranked;
  const at = ranked.findIndex(
    (candidate, i) => i > 0 && i < ANSWER_TYPE_POOL && candidate.answerType > 0 && candidate.coverage >= top.coverage,
  );
  if (at < 0) return ranked;
  const [placed] = ranked.splice(at, 1);
  return placed ? [placed, ...ranked] : ranked;
}

/**
 * The `limit` best paragraphs (positions) by MiniSearch's BM25+ over `terms`,
 * best first. A source keeps only its paragraphs:
 * a document boost of 0 drops the others before MiniSearch builds a result
 * for them, which is several times faster than a `filter`.
 */
export function retrieveCandidates(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  limit: number,
  source?: string,
): number[] {
  const wanted = source?.toLowerCase();
  const boostDocument = wanted
    ? (id: number) => (index.entries[id]?.report.source.toLowerCase() === wanted ? 1 : 0)
    : undefined;
  const results = index.search.search(terms.map((term) => term.stem).join(' '), { boostDocument });
  const ids: number[] = [];
  for (const result of results) {
    ids.push(result.id as number);
    if (ids.length === limit) break;
  }
  return ids;
}

function retrievalTerms(index: SearchIndex, plan: QueryPlan): QueryTerm[] {
  const share = RETRIEVAL_POSTINGS_SHARE * index.entries.length;
  const budget = Math.max(RETRIEVAL_MIN_POSTINGS, Math.min(RETRIEVAL_MAX_POSTINGS, share));
  return rarestTerms(index, plan.terms, budget, RETRIEVAL_MAX_TERMS);
}

/**
 * The rarest of `terms` that the index knows, rarest first, while the
 * paragraphs they match add up to at most `budget` (the rarest is always
 * kept): what a search costs is the number of paragraphs it matches.
 */
export function rarestTerms<T extends { readonly termId: number }>(
  index: SearchIndex,
  terms: readonly T[],
  budget: number,
  maxTerms: number,
): T[] {
  const df = (term: T) => index.documentFrequency[term.termId] ?? 0;
  const known = terms.filter((term) => term.termId >= 0).sort((a, b) => df(a) - df(b) || a.termId - b.termId);
  const chosen: T[] = [];
  let postings = 0;
  for (const term of known) {
    postings += df(term);
    if ((chosen.length > 0 && postings > budget) || chosen.length >= maxTerms) break;
    chosen.push(term);
  }
  return chosen;
}
