/**
 * The JSON contract of `citebot ask --json`: one object per question.
 * Field order and names are stable; tools depend on them.
 */
import type { Answer, Passage } from '../engine/types.js';

/** One hit as JSON. Absent metadata is `null`, so every key is always present. */
export interface JsonHit {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly author: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly paragraph: number;
  readonly text: string;
  readonly quote: string;
  readonly terms: readonly string[];
  readonly score: number;
  readonly alsoReportedBy: readonly string[];
}

/**
 * An answer as JSON. When the corpus has no answer, `hits` is empty,
 * `missing` says what the reports don't say, and `related` holds the closest
 * passages, which are not an answer. Otherwise `related` is empty and
 * `missing` is null.
 */
export interface JsonAnswer {
  readonly question: string;
  readonly hits: readonly JsonHit[];
  readonly missing: string | null;
  readonly related: readonly JsonHit[];
}

/** Converts an answer to its JSON form. */
export function toJsonAnswer(answer: Answer): JsonAnswer {
  return {
    question: answer.question,
    hits: answer.hits.map(toJsonHit),
    missing: answer.missing ?? null,
    related: answer.related.map(toJsonHit),
  };
}

function toJsonHit(hit: Passage): JsonHit {
  return {
    id: hit.id,
    source: hit.source,
    title: hit.title,
    author: hit.author ?? null,
    published: hit.published ?? null,
    url: hit.url ?? null,
    paragraph: hit.paragraph,
    text: hit.text,
    quote: hit.quote,
    terms: hit.terms,
    score: hit.score,
    alsoReportedBy: hit.alsoReportedBy.map((other) => other.id),
  };
}
