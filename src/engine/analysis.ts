/**
 * The searchable form of a paragraph: its terms in order, with offsets, and
 * which terms fall in which sentence. Computed once at index time so ranking
 * and quoting never re-tokenize.
 */
import { splitSentences } from '../text/sentences.js';
import type { Term } from '../text/terms.js';

/** A sentence with the range of term indexes inside it. */
export interface SentenceTerms {
  readonly start: number;
  readonly end: number;
  /** Index of the first term of the sentence. */
  readonly from: number;
  /** Index just past the last term of the sentence. */
  readonly to: number;
}

/** A text ready for ranking and quoting. */
export interface AnalyzedText {
  /** Term ids of the index vocabulary, in text order. */
  readonly termIds: Int32Array;
  /** Character offsets of each term, parallel to `termIds`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: readonly SentenceTerms[];
}

/** Lays out the terms of `text` (found by extractTerms) with their ids and sentences. */
export function analyzeText(text: string, terms: readonly Term[], idOf: (stem: string) => number): AnalyzedText {
  const termIds = new Int32Array(terms.length);
  const starts = new Int32Array(terms.length);
  const ends = new Int32Array(terms.length);
  terms.forEach((term, i) => {
    termIds[i] = idOf(term.stem);
    starts[i] = term.start;
    ends[i] = term.end;
  });
  const sentences: SentenceTerms[] = [];
  let next = 0;
  for (const span of splitSentences(text)) {
    const from = next;
    while (next < terms.length && (starts[next] ?? 0) < span.end) next++;
    sentences.push({ start: span.start, end: span.end, from, to: next });
  }
  return { termIds, starts, ends, sentences };
}
