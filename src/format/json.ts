/**
 * The JSON contract of `citebot ask --json`: one object per question.
 * Field order and names are stable; tools depend on them.
 */
import type { Answer } from '../engine/types.js';

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

/** An answer as JSON: `hits` is empty when the corpus has no answer. */
export interface JsonAnswer {
  readonly question: string;
  readonly hits: readonly JsonHit[];
}

/** Converts an answer to its JSON form. */
export function toJsonAnswer(answer: Answer): JsonAnswer {
  return {
    question: answer.question,
    hits: answer.hits.map((hit) => ({
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
    })),
  };
}
