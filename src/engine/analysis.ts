/**
 * The searchable form of a paragraph: its terms in order, with offsets, and
 * which terms fall in which sentence. Computed once at index time so ranking
 * and quoting never re-tokenize.
 */
import { sentenceCues } from '../text/cues.js';
import { splitSentences } from '../text/sentences.js';
import { stopWordKey } from '../text/terms.js';
import { forEachRawWord, normalizeWord } from '../text/words.js';

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
  /**
   * Per sentence, the Euclidean norm of its distinct terms' idf weights, for
   * cosine similarity. Filled in once the whole corpus's idf is known.
   */
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

/** Analyzes `text`, keying each word with `keyOf`. */
export function analyzeText(text: string, keyOf: WordKeyOf): AnalyzedText {
  const keys: number[] = [];
  const terms: { id: number; start: number; end: number }[] = [];
  forEachRawWord(text, (raw, start, end) => {
    const key = keyOf(raw);
    if (key === SKIP_WORD) return;
    keys.push(key);
    if (key >= 0) terms.push({ id: key, start, end });
  });
  const wordKeys = Int32Array.from(keys);
  const termIds = Int32Array.from(terms, (term) => term.id);
  const starts = Int32Array.from(terms, (term) => term.start);
  const ends = Int32Array.from(terms, (term) => term.end);
  const sentences: SentenceTerms[] = [];
  let next = 0;
  for (const span of splitSentences(text)) {
    const from = next;
    while (next < terms.length && (starts[next] ?? 0) < span.end) next++;
    sentences.push({
      start: span.start,
      end: span.end,
      from,
      to: next,
      cues: sentenceCues(text.slice(span.start, span.end)),
    });
  }
  return { termIds, starts, ends, sentences, sentenceNorms: new Float64Array(sentences.length), wordKeys };
}

/** Fills `analysis.sentenceNorms` from the corpus's idf weights. */
export function computeSentenceNorms(analysis: AnalyzedText, idf: Float64Array): void {
  analysis.sentences.forEach(({ from, to }, s) => {
    let sum = 0;
    for (let p = from; p < to; p++) {
      const termId = analysis.termIds[p] ?? 0;
      if (analysis.termIds.indexOf(termId, from) === p) sum += (idf[termId] ?? 0) ** 2;
    }
    analysis.sentenceNorms[s] = Math.sqrt(sum);
  });
}
