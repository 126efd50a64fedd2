/**
 * Answering a question from an index: retrieve and re-rank, keep what is
 * relevant, quote it and find who else reports it.
 */
import type { SearchIndex } from './build.js';
import { planQuestion } from './query.js';
import { selectQuote } from './quote.js';
import type { QueryPlan } from './rank.js';
import { type RankedCandidate, rankCandidates } from './retrieve.js';
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
/**
 * The best passage must contain at least this share of the question's weight
 * for the corpus to answer at all. Words found nowhere in the corpus weigh the
 * most, so a question about something the reports never mention gets no answer.
 */
export const MIN_COVERAGE = 0.25;
/** Passages after the first are further reading, and need only this share. */
export const MIN_RELATED_COVERAGE = 0.2;

/** Answers a question with the passages that answer it, best first. Never throws on any input. */
export function answerQuestion(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(0, Math.floor(options.top ?? DEFAULT_TOP));
  const plan = planQuestion(index, question);
  const ranked = rankCandidates(index, plan, options.source);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return { question, hits: [] };
  const hits = ranked
    .filter((candidate) => candidate === best || candidate.coverage >= MIN_RELATED_COVERAGE)
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
    alsoReportedBy: [...index.agreement.of(index, candidate.entryId)].map((position) => {
      const other = index.entries[position];
      return { id: other?.paragraph.id ?? '', source: other?.report.source ?? '' };
    }),
  };
}
