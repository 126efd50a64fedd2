/**
 * The searchable form of a paragraph: its terms in order, with offsets, and
 * which terms fall in which sentence. Computed once at index time (into the
 * flat arrays of store.ts) so ranking and quoting never re-tokenize.
 */
import { stopWordKey } from '../text/terms.js';
import { normalizeWord } from '../text/words.js';

/** A sentence with the range of term indexes inside it. */
export interface SentenceTerms {
  readonly start: number;
  readonly end: number;
  /** Index of the first term of the sentence. */
  readonly from: number;
  /** Index just past the last term of the sentence. */
  readonly to: number;
  /** The kinds of answer the sentence holds (`Cue` flags from text/cues.ts). */
  readonly cues: number;
}

/** A text ready for ranking and quoting. */
export interface AnalyzedText {
  /** Term ids of the index vocabulary, in text order. */
  readonly termIds: Int32Array;
  /** Character offsets of each term, parallel to `termIds`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: readonly SentenceTerms[];
  /** Per sentence, the Euclidean norm of its distinct terms' idf weights, for cosine similarity. */
  readonly sentenceNorms: Float64Array;
  /** Every word in order, stop words included: term ids, and {@link stopWordKey} for stop words. */
  readonly wordKeys: Int32Array;
}

/** A raw word's key: a term id (>= 0), a stop-word key (< 0), or {@link SKIP_WORD}. */
export type WordKeyOf = (raw: string) => number;
/** The key of a "word" that normalizes to nothing. */
export const SKIP_WORD = Number.MIN_SAFE_INTEGER;

/** Keys raw words by normalizing them, keeping stop words apart, and asking `termIdOf` for the rest. */
export function keyWordsWith(termIdOf: (word: string) => number): WordKeyOf {
  return (raw) => {
    const word = normalizeWord(raw);
    if (word === '') return SKIP_WORD;
    return stopWordKey(word) ?? termIdOf(word);
  };
}
