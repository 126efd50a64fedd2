/**
 * The searchable form of a paragraph for re-ranking and quoting: its terms in
 * order with offsets, and which terms fall in which sentence.
 *
 * MiniSearch finds the candidates; only they are analyzed, when a question
 * first retrieves them, and the analysis is kept in a bounded cache. So the
 * index holds nothing per paragraph beyond what MiniSearch holds.
 */
import { readSentence, type SentenceReading } from '../text/answer-kinds.js';
import { splitSentences } from '../text/sentences.js';
import { forEachRawWord } from '../text/words.js';
import { SKIP_WORD, type WordKeyOf } from './dictionary.js';
import { loneNames } from './full-names.js';
import { collapseSpellings, type SpellingsByFirstWord } from './phrases.js';

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
  /** Per sentence, the Euclidean norm of its distinct terms' idf weights, for cosine similarity. */
  readonly sentenceNorms: Float64Array;
  /**
   * Every word in order, stop words included: term ids, and negative keys for
   * stop words. An acronym spelled out is one word, the acronym's ("United
   * Nations" is "U.N."), so phrases match however it is written.
   */
  readonly wordKeys: Int32Array;
  /** Per term, 1 for a name part that stands alone ("Kim" in "Putin and Kim"), parallel to `termIds` (full-names.ts). */
  readonly loneNames: Uint8Array;
  /**
   * What sentence `s` holds that a question may ask for: kinds of answer and
   * named nouns. Read by an NLP model, so only for the sentences ranking asks
   * about, once each.
   */
  readonly readingOf: (s: number) => SentenceReading;
}

/**
 * Whether any sentence of an analyzed text holds what `test` looks for in its
 * reading, read in order and only until one does: a refusal that looks past
 * the best sentence ("a count of what is asked", "who hands it over") reads
 * the other sentences only then.
 */
export function someSentenceReading(
  analysis: AnalyzedText | undefined,
  test: (reading: SentenceReading) => boolean,
): boolean {
  if (!analysis) return false;
  for (let s = 0; s < analysis.sentences.length; s++) if (test(analysis.readingOf(s))) return true;
  return false;
}

/** Analyzes one text with the index's word keys, term weights, spelled-out acronyms and parts of names. */
export function analyzeText(
  text: string,
  keyOf: WordKeyOf,
  idf: Float64Array,
  spellings: SpellingsByFirstWord = new Map(),
  isName: (termId: number) => boolean = () => false,
): AnalyzedText {
  const termIds: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const wordKeys: number[] = [];
  forEachRawWord(text, (raw, start, end) => {
    const key = keyOf(raw);
    if (key === SKIP_WORD) return;
    wordKeys.push(key);
    if (key < 0) return;
    termIds.push(key);
    starts.push(start);
    ends.push(end);
  });
  const sentences: SentenceTerms[] = [];
  const norms: number[] = [];
  let next = 0;
  for (const span of splitSentences(text)) {
    const from = next;
    while (next < starts.length && (starts[next] ?? 0) < span.end) next++;
    sentences.push({ start: span.start, end: span.end, from, to: next });
    let sum = 0;
    // A term counts once per sentence.
    for (let i = from; i < next; i++)
      if (termIds.indexOf(termIds[i] ?? -1, from) === i) sum += (idf[termIds[i] ?? 0] ?? 0) ** 2;
    norms.push(Math.sqrt(sum));
  }
  const readings: SentenceReading[] = [];
  const readingOf = (s: number): SentenceReading => {
    const sentence = sentences[s];
    if (!sentence) return readSentence('');
    readings[s] ??= readSentence(text.slice(sentence.start, sentence.end));
    return readings[s];
  };
  return {
    readingOf,
    termIds: Int32Array.from(termIds),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentences,
    sentenceNorms: Float64Array.from(norms),
    wordKeys: Int32Array.from(collapseSpellings(wordKeys, spellings)),
    loneNames: loneNames(wordKeys, isName),
  };
}

/** Analyses kept between questions. A small corpus fits whole; a large one keeps its most asked-about paragraphs. */
export const ANALYSIS_CACHE_SIZE = 16_384;

/** A least-recently-used cache of paragraph analyses, by paragraph position. */
export class AnalysisCache {
  readonly #entries = new Map<number, AnalyzedText>();

  constructor(
    readonly capacity: number,
    readonly analyze: (position: number) => AnalyzedText,
  ) {}

  /** The analysis of the paragraph at `position`, made now if it is not cached. */
  get(position: number): AnalyzedText {
    let analysis = this.#entries.get(position);
    if (analysis) {
      // Re-inserting moves it to the newest end of the map's order.
      this.#entries.delete(position);
    } else {
      analysis = this.analyze(position);
      if (this.#entries.size >= this.capacity) {
        const oldest = this.#entries.keys().next().value;
        if (oldest !== undefined) this.#entries.delete(oldest);
      }
    }
    this.#entries.set(position, analysis);
    return analysis;
  }

  /** How many analyses are held, to check the bound. */
  get size(): number {
    return this.#entries.size;
  }
}
