/**
 * Building the search index of a corpus.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Paragraph, Report } from '../corpus/types.js';
import { stemWord } from '../text/terms.js';
import { type AnalyzedText, keyWordsWith } from './analysis.js';
import { buildPostings, type Postings } from './postings.js';
import { analysisOf, computeSentenceNorms, type TextStore, TextStoreBuilder } from './store.js';
import { runInSlices, runToEnd, type Steps } from './steps.js';

/** A paragraph with everything the engine needs to rank and quote it. */
export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly report: Report;
  readonly analysis: AnalyzedText;
  /** Where the report's paragraphs stand among all paragraphs (they are contiguous). */
  readonly reportRange: ReportRange;
}

/** A report's paragraphs as positions `first` to `first + count - 1` of the index. */
export interface ReportRange {
  readonly first: number;
  readonly count: number;
}

/** An immutable index over one corpus. A reload builds a new one and swaps it in. */
export interface SearchIndex {
  readonly corpus: Corpus;
  /** Every paragraph's terms, words and sentences, in flat arrays. */
  readonly store: TextStore;
  /** Paragraphs by position; postings refer to these positions. */
  readonly entries: readonly IndexedParagraph[];
  readonly byId: ReadonlyMap<string, IndexedParagraph>;
  /** Which paragraphs contain each term: candidate retrieval. */
  readonly postings: Postings;
  /** Stem to term id. */
  readonly termIds: ReadonlyMap<string, number>;
  /** Term id to stem. */
  readonly stems: readonly string[];
  /** Term id to the number of paragraphs that contain it. */
  readonly documentFrequency: Int32Array;
  /** Term id to its inverse document frequency. */
  readonly idf: Float64Array;
  /** Every word of the corpus (normalized) to its term id, searched for typo correction. */
  readonly vocabulary: SearchableMap<number>;
}

/** BM25's idf: rare terms weigh more. */
export function inverseDocumentFrequency(paragraphs: number, df: number): number {
  return Math.log(1 + (paragraphs - df + 0.5) / (df + 0.5));
}

/** Gives stems ids as a corpus is read, and records every word for typo correction. */
class TermDictionary {
  readonly ids = new Map<string, number>();
  readonly stems: string[] = [];
  /** Each distinct word once; the radix tree for typo correction is built from it at the end. */
  readonly words = new Map<string, number>();

  idOf(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }

  idOfWord = (word: string): number => {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.idOf(stemWord(word));
      this.words.set(word, id);
    }
    return id;
  };

  // Raw words repeat far more than they vary: remember each one's key, so
  // normalizing and stemming run once per distinct spelling.
  readonly #rawKeys = new Map<string, number>();
  readonly #keyOfNew = keyWordsWith(this.idOfWord);

  keyOf = (raw: string): number => {
    let key = this.#rawKeys.get(raw);
    if (key === undefined) {
      key = this.#keyOfNew(raw);
      this.#rawKeys.set(raw, key);
    }
    return key;
  };
}

/**
 * Builds the index of a corpus in one go. Fine for the CLI and start-up;
 * a running bot reloads with {@link buildIndexInSlices} instead.
 */
export function buildIndex(corpus: Corpus): SearchIndex {
  return runToEnd(indexSteps(corpus));
}

/** How long the build may hold the event loop before it lets other work run. */
export const BUILD_SLICE_MS = 8;

/**
 * Builds the index in slices of at most about {@link BUILD_SLICE_MS}, giving
 * the event loop back between them, so questions keep being answered (from
 * the old index) and gateway heartbeats keep flowing while a large corpus is
 * indexed.
 */
export function buildIndexInSlices(corpus: Corpus, sliceMs = BUILD_SLICE_MS): Promise<SearchIndex> {
  return runInSlices(indexSteps(corpus), sliceMs);
}

// Work between two yields stays well under a millisecond.
const YIELD_EVERY = 256;

/** The build as small steps: it yields often, and returns the finished index. */
function* indexSteps(corpus: Corpus): Steps<SearchIndex> {
  const dictionary = new TermDictionary();
  const builder = new TextStoreBuilder();
  for (const paragraph of corpus.paragraphs) {
    builder.add(paragraph.text, dictionary.keyOf);
    yield;
  }
  const store = yield* builder.finish();
  const postings = yield* buildPostings(store, dictionary.stems.length);
  const weights = termWeights(postings, store.paragraphs);
  yield* computeSentenceNorms(store, weights.idf);
  return yield* assembleIndex({
    corpus,
    store,
    postings,
    stems: dictionary.stems,
    words: dictionary.words,
    ...weights,
  });
}

/** How many paragraphs hold each term, and its idf, read off the postings. */
export function termWeights(
  postings: Postings,
  paragraphs: number,
): { documentFrequency: Int32Array; idf: Float64Array } {
  const vocabularySize = postings.offsets.length - 1;
  const documentFrequency = new Int32Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) {
    documentFrequency[t] = (postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0);
  }
  const idf = Float64Array.from(documentFrequency, (df) => inverseDocumentFrequency(paragraphs, df));
  return { documentFrequency, idf };
}

/** What an index is made of, whether just built or read from a snapshot; the rest is derived. */
export interface IndexParts {
  readonly corpus: Corpus;
  readonly store: TextStore;
  readonly postings: Postings;
  readonly stems: readonly string[];
  /** Every normalized word of the corpus with its term id. */
  readonly words: Iterable<readonly [string, number]>;
  readonly documentFrequency: Int32Array;
  readonly idf: Float64Array;
}

/** Puts an index together from its parts: entries, lookups and the typo-correction tree, in steps. */
export function* assembleIndex(parts: IndexParts): Steps<SearchIndex> {
  const entries = yield* indexEntries(parts.corpus, parts.store);
  const vocabulary = new SearchableMap<number>();
  let added = 0;
  for (const [word, id] of parts.words) {
    vocabulary.set(word, id);
    if (++added % YIELD_EVERY === 0) yield;
  }
  return {
    corpus: parts.corpus,
    store: parts.store,
    entries,
    byId: new Map(entries.map((entry) => [entry.paragraph.id, entry])),
    postings: parts.postings,
    termIds: new Map(parts.stems.map((stem, id) => [stem, id])),
    stems: parts.stems,
    documentFrequency: parts.documentFrequency,
    idf: parts.idf,
    vocabulary,
  };
}

/**
 * One entry per paragraph, tying it to its report and its analysis. The
 * analysis is made from the store when asked for, so the index holds no
 * per-paragraph arrays.
 */
function* indexEntries(corpus: Corpus, store: TextStore): Steps<IndexedParagraph[]> {
  const reportRanges = new Map<string, ReportRange>();
  const reports = new Map(corpus.reports.map((report) => [report.id, report]));
  const entries: IndexedParagraph[] = [];
  for (const [position, paragraph] of corpus.paragraphs.entries()) {
    const report = reports.get(paragraph.reportId);
    if (!report) throw new Error(`paragraph ${paragraph.id} has no report`);
    let reportRange = reportRanges.get(report.id);
    if (!reportRange) {
      reportRange = { first: position, count: report.paragraphs.length };
      reportRanges.set(report.id, reportRange);
    }
    entries.push(new Entry(paragraph, report, reportRange, store, position));
    if (position % YIELD_EVERY === 0) yield;
  }
  return entries;
}

class Entry implements IndexedParagraph {
  constructor(
    readonly paragraph: Paragraph,
    readonly report: Report,
    readonly reportRange: ReportRange,
    readonly store: TextStore,
    readonly position: number,
  ) {}

  get analysis(): AnalyzedText {
    return analysisOf(this.store, this.position);
  }
}
