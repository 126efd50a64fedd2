/**
 * Answering a question from an index: retrieve with BM25, re-rank, keep what
 * is relevant, quote it and find who else reports it.
 */
import type { SearchIndex } from './build.js';
import { findCorroboration } from './corroborate.js';
import { parseQuestion } from './query.js';
import { selectQuote } from './quote.js';
import { combineFeatures, extractFeatures, type Features, planQuery, type QueryPlan } from './rank.js';
import type { Answer, Passage } from './types.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** Most passages to return (default {@link DEFAULT_TOP}). */
  readonly top?: number;
  /** Only passages from this source (publisher name, case-insensitive). */
  readonly source?: string;
}

/** Passages returned when the caller does not say. */
export const DEFAULT_TOP = 3;
/** BM25 candidates that are re-ranked. More costs latency and gains almost nothing (BENCHMARKS.md). */
export const RERANK_CANDIDATES = 30;
/**
 * A passage must contain at least this share of the question's weight to be
 * an answer. Words found nowhere in the corpus weigh the most, so a question
 * about something the reports never mention gets no answer at all.
 */
export const MIN_COVERAGE = 0.4;

/** A candidate after re-ranking, before it is quoted. */
export interface RankedCandidate {
  readonly entryId: number;
  readonly score: number;
  readonly coverage: number;
}

/**
 * MiniSearch retrieves candidates with the question's rarest terms only:
 * common terms match most paragraphs, so they cost the most time and barely
 * change which paragraphs come back. Re-ranking then scores every term.
 */
export const RETRIEVAL_TERMS = 8;
/** Terms in more than this share of paragraphs are left out of retrieval when rarer ones exist. */
export const RETRIEVAL_MAX_DF_SHARE = 0.1;
/** Even when every term is common, retrieval uses at least this many. */
const MIN_RETRIEVAL_TERMS = 2;

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
  const results = index.miniSearch.search(retrieval.join(' '), {
    filter: wanted ? (result) => index.entries[result.id as number]?.report.source.toLowerCase() === wanted : undefined,
  });
  const scored: { entryId: number; features: Features }[] = [];
  let bestBm25 = 0;
  for (const result of results.slice(0, RERANK_CANDIDATES)) {
    const entryId = result.id as number;
    const entry = index.entries[entryId];
    if (!entry) continue;
    const features = extractFeatures(plan, entry, index.averageLength);
    bestBm25 = Math.max(bestBm25, features.bm25);
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

function retrievalTerms(index: SearchIndex, plan: QueryPlan): string[] {
  const known = plan.terms.filter((term) => term.termId >= 0).sort((a, b) => b.weight - a.weight);
  const maxDf = RETRIEVAL_MAX_DF_SHARE * index.entries.length;
  const chosen = known.filter(
    (term, i) => i < MIN_RETRIEVAL_TERMS || (index.documentFrequency[term.termId] ?? 0) <= maxDf,
  );
  return chosen.slice(0, RETRIEVAL_TERMS).map((term) => term.stem);
}

/** Answers a question with the passages that answer it, best first. Never throws on any input. */
export function answerQuestion(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(0, Math.floor(options.top ?? DEFAULT_TOP));
  const plan = planQuery(parseQuestion(index, question));
  const hits = rankCandidates(index, plan, options.source)
    .filter((candidate) => candidate.coverage >= MIN_COVERAGE)
    .slice(0, top)
    .map((candidate) => toPassage(index, plan, candidate));
  return { question, hits };
}

function toPassage(index: SearchIndex, plan: QueryPlan, candidate: RankedCandidate): Passage {
  const entry = index.entries[candidate.entryId];
  if (!entry) throw new Error(`no entry ${candidate.entryId}`);
  const { paragraph, report, analysis } = entry;
  const span = selectQuote(plan, analysis);
  const terms: string[] = [];
  const highlights: { start: number; end: number }[] = [];
  for (let i = 0; i < analysis.termIds.length; i++) {
    if (!plan.slotOf.has(analysis.termIds[i] ?? -1)) continue;
    const start = analysis.starts[i] ?? 0;
    const end = analysis.ends[i] ?? 0;
    const word = paragraph.text.slice(start, end);
    if (!terms.includes(word)) terms.push(word);
    if (start >= span.start && end <= span.end) highlights.push({ start: start - span.start, end: end - span.start });
  }
  return {
    id: paragraph.id,
    source: report.source,
    title: report.title,
    author: report.author,
    published: report.published,
    url: report.url,
    paragraph: paragraph.number,
    text: paragraph.text,
    quote: paragraph.text.slice(span.start, span.end),
    quoteStart: span.start,
    terms,
    highlights,
    score: Math.round(candidate.score * 1000) / 1000,
    alsoReportedBy: findCorroboration(index, candidate.entryId, span),
  };
}
