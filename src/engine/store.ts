/**
 * Every paragraph's analysis in one set of flat typed arrays.
 *
 * At 100k paragraphs, a few small typed arrays and sentence objects per
 * paragraph meant well over a million objects for the garbage collector to
 * mark on every full collection, and that marking was what held the event
 * loop during a reload. Here each kind of value is one array for the whole
 * corpus, indexed through per-paragraph offsets; a paragraph's
 * {@link AnalyzedText} is a set of views made when it is needed.
 */
import { sentenceCues } from '../text/cues.js';
import { splitSentences } from '../text/sentences.js';
import { forEachRawWord } from '../text/words.js';
import { type AnalyzedText, SKIP_WORD, type SentenceTerms, type WordKeyOf } from './analysis.js';
import type { Steps } from './steps.js';

/** The analyses of all paragraphs. Paragraph p's terms are `termIds[termStart[p] .. termStart[p + 1]]`, and so on. */
export interface TextStore {
  readonly paragraphs: number;
  readonly termStart: Int32Array;
  readonly termIds: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly wordStart: Int32Array;
  readonly wordKeys: Int32Array;
  readonly sentenceStart: Int32Array;
  /** Character range of each sentence in its paragraph. */
  readonly sentenceBegin: Int32Array;
  readonly sentenceEnd: Int32Array;
  /** Term range of each sentence, counted from its paragraph's first term. */
  readonly sentenceFrom: Int32Array;
  readonly sentenceTo: Int32Array;
  readonly sentenceCues: Int32Array;
  /** Filled in once the corpus's idf is known (see {@link computeSentenceNorms}). */
  readonly sentenceNorms: Float64Array;
}

/** The store's integer arrays by name: the builder fills them, and snapshots write and read them, in this order. */
export const INT_ARRAYS = [
  'termStart',
  'termIds',
  'starts',
  'ends',
  'wordStart',
  'wordKeys',
  'sentenceStart',
  'sentenceBegin',
  'sentenceEnd',
  'sentenceFrom',
  'sentenceTo',
  'sentenceCues',
] as const satisfies readonly (keyof TextStore)[];

type IntArrayName = (typeof INT_ARRAYS)[number];

// Lists grow a chunk at a time: doubling one big array would copy tens of
// megabytes in a single step and stall the event loop during a reload.
const CHUNK_BITS = 18;
const CHUNK = 1 << CHUNK_BITS;

/** A growable list of 32-bit integers, stored in fixed-size chunks. */
class IntList {
  readonly #chunks: Int32Array[] = [];
  length = 0;

  at(index: number): number {
    return this.#chunks[index >>> CHUNK_BITS]?.[index & (CHUNK - 1)] ?? 0;
  }

  push(value: number): void {
    const offset = this.length & (CHUNK - 1);
    if (offset === 0) this.#chunks.push(new Int32Array(CHUNK));
    const chunk = this.#chunks[this.#chunks.length - 1] as Int32Array;
    chunk[offset] = value;
    this.length++;
  }

  /** The values in one array, copied a chunk per step. */
  *toArray(): Steps<Int32Array> {
    const out = new Int32Array(this.length);
    yield;
    for (const [i, chunk] of this.#chunks.entries()) {
      const at = i * CHUNK;
      out.set(chunk.subarray(0, Math.min(CHUNK, this.length - at)), at);
      yield;
    }
    return out;
  }
}

/** Appends paragraphs' analyses one by one, then hands out the finished {@link TextStore}. */
export class TextStoreBuilder {
  readonly #lists = Object.fromEntries(INT_ARRAYS.map((name) => [name, new IntList()])) as Record<
    IntArrayName,
    IntList
  >;
  #paragraphs = 0;

  /** Analyzes `text`, keying each word with `keyOf`, and appends it as the next paragraph. */
  add(text: string, keyOf: WordKeyOf): void {
    const lists = this.#lists;
    const firstTerm = lists.termIds.length;
    lists.termStart.push(firstTerm);
    lists.wordStart.push(lists.wordKeys.length);
    lists.sentenceStart.push(lists.sentenceBegin.length);
    forEachRawWord(text, (raw, start, end) => {
      const key = keyOf(raw);
      if (key === SKIP_WORD) return;
      lists.wordKeys.push(key);
      if (key < 0) return;
      lists.termIds.push(key);
      lists.starts.push(start);
      lists.ends.push(end);
    });
    let next = firstTerm;
    const lastTerm = lists.termIds.length;
    for (const span of splitSentences(text)) {
      const from = next;
      while (next < lastTerm && lists.starts.at(next) < span.end) next++;
      lists.sentenceBegin.push(span.start);
      lists.sentenceEnd.push(span.end);
      lists.sentenceFrom.push(from - firstTerm);
      lists.sentenceTo.push(next - firstTerm);
      lists.sentenceCues.push(sentenceCues(text.slice(span.start, span.end)));
    }
    this.#paragraphs++;
  }

  /**
   * The finished store; the builder must not be used afterwards. A generator
   * that yields between chunks: copying a corpus's worth of integers is
   * tens of milliseconds.
   */
  *finish(): Steps<TextStore> {
    const lists = this.#lists;
    lists.termStart.push(lists.termIds.length);
    lists.wordStart.push(lists.wordKeys.length);
    lists.sentenceStart.push(lists.sentenceBegin.length);
    const arrays: Partial<Record<IntArrayName, Int32Array>> = {};
    for (const name of INT_ARRAYS) arrays[name] = yield* lists[name].toArray();
    const done = arrays as Record<IntArrayName, Int32Array>;
    return { paragraphs: this.#paragraphs, ...done, sentenceNorms: new Float64Array(done.sentenceBegin.length) };
  }
}

/** Paragraph `p` of the store, as views (no copying) and a few sentence objects. */
export function analysisOf(store: TextStore, p: number): AnalyzedText {
  const t0 = store.termStart[p] ?? 0;
  const t1 = store.termStart[p + 1] ?? t0;
  const w0 = store.wordStart[p] ?? 0;
  const w1 = store.wordStart[p + 1] ?? w0;
  const s0 = store.sentenceStart[p] ?? 0;
  const s1 = store.sentenceStart[p + 1] ?? s0;
  const sentences: SentenceTerms[] = [];
  for (let s = s0; s < s1; s++) {
    sentences.push({
      start: store.sentenceBegin[s] ?? 0,
      end: store.sentenceEnd[s] ?? 0,
      from: store.sentenceFrom[s] ?? 0,
      to: store.sentenceTo[s] ?? 0,
      cues: store.sentenceCues[s] ?? 0,
    });
  }
  return {
    termIds: store.termIds.subarray(t0, t1),
    starts: store.starts.subarray(t0, t1),
    ends: store.ends.subarray(t0, t1),
    wordKeys: store.wordKeys.subarray(w0, w1),
    sentences,
    sentenceNorms: store.sentenceNorms.subarray(s0, s1),
  };
}

// Paragraphs whose sentence norms are computed between two yields.
const NORMS_PER_STEP = 256;

/** Fills the store's sentence norms: per sentence, the Euclidean norm of its distinct terms' idf. */
export function* computeSentenceNorms(store: TextStore, idf: Float64Array): Steps<void> {
  for (let p = 0; p < store.paragraphs; p++) {
    if (p % NORMS_PER_STEP === 0) yield;
    const base = store.termStart[p] ?? 0;
    for (let s = store.sentenceStart[p] ?? 0; s < (store.sentenceStart[p + 1] ?? 0); s++) {
      const from = base + (store.sentenceFrom[s] ?? 0);
      const to = base + (store.sentenceTo[s] ?? 0);
      let sum = 0;
      for (let i = from; i < to; i++) {
        const termId = store.termIds[i] ?? 0;
        // A term counts once per sentence.
        if (store.termIds.indexOf(termId, from) === i) sum += (idf[termId] ?? 0) ** 2;
      }
      store.sentenceNorms[s] = Math.sqrt(sum);
    }
  }
}
