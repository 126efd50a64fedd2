/**
 * Building the search index of a corpus.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Paragraph, Report } from '../corpus/types.js';
import { extractTerms } from '../text/terms.js';
import { type AnalyzedText, analyzeText } from './analysis.js';

/** A paragraph with everything the engine needs to rank and quote it. */
export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly report: Report;
  readonly analysis: AnalyzedText;
  /** Term ids of the report's title (one set shared by the report's paragraphs). */
  readonly titleTerms: ReadonlySet<number>;
}

/** An immutable index over one corpus. A reload builds a new one and swaps it in. */
export interface SearchIndex {
  readonly corpus: Corpus;
  /** Paragraphs by position; MiniSearch document ids are these positions. */
  readonly entries: readonly IndexedParagraph[];
  readonly byId: ReadonlyMap<string, IndexedParagraph>;
  readonly miniSearch: MiniSearch<IndexedDocument>;
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
  /** Mean number of terms in a paragraph, for BM25 length normalization. */
  readonly averageLength: number;
}

interface IndexedDocument {
  readonly id: number;
  readonly terms: string;
}

/** Terms are analyzed by citebot before MiniSearch sees them, so MiniSearch only splits on spaces. */
const PRE_ANALYZED = {
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
} as const;

/** BM25's idf: rare terms weigh more. */
export function inverseDocumentFrequency(paragraphs: number, df: number): number {
  return Math.log(1 + (paragraphs - df + 0.5) / (df + 0.5));
}

/** Builds the index of a corpus. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const reports = new Map(corpus.reports.map((report) => [report.id, report]));
  const termIds = new Map<string, number>();
  const stems: string[] = [];
  const idOf = (stem: string) => {
    let id = termIds.get(stem);
    if (id === undefined) {
      id = stems.length;
      termIds.set(stem, id);
      stems.push(stem);
    }
    return id;
  };
  const vocabulary = new SearchableMap<number>();
  const titleTerms = new Map(
    corpus.reports.map((report) => [report.id, new Set(extractTerms(report.title).map((term) => idOf(term.stem)))]),
  );
  const documents: IndexedDocument[] = [];
  const entries = corpus.paragraphs.map((paragraph, position): IndexedParagraph => {
    const terms = extractTerms(paragraph.text);
    const analysis = analyzeText(paragraph.text, terms, idOf);
    for (const term of terms) {
      if (!vocabulary.has(term.word)) vocabulary.set(term.word, idOf(term.stem));
    }
    documents.push({ id: position, terms: terms.map((term) => term.stem).join(' ') });
    const report = reports.get(paragraph.reportId);
    if (!report) throw new Error(`paragraph ${paragraph.id} has no report`);
    return { paragraph, report, analysis, titleTerms: titleTerms.get(report.id) ?? new Set() };
  });

  const documentFrequency = new Int32Array(stems.length);
  const lastSeenIn = new Int32Array(stems.length).fill(-1);
  entries.forEach(({ analysis }, position) => {
    for (const id of analysis.termIds) {
      if (lastSeenIn[id] === position) continue;
      lastSeenIn[id] = position;
      documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    }
  });
  const idf = Float64Array.from(documentFrequency, (df) => inverseDocumentFrequency(entries.length, df));

  const miniSearch = new MiniSearch<IndexedDocument>({ fields: ['terms'], storeFields: [], ...PRE_ANALYZED });
  miniSearch.addAll(documents);
  return {
    corpus,
    entries,
    byId: new Map(entries.map((entry) => [entry.paragraph.id, entry])),
    miniSearch,
    termIds,
    stems,
    documentFrequency,
    idf,
    vocabulary,
    averageLength:
      entries.reduce((sum, { analysis }) => sum + analysis.termIds.length, 0) / Math.max(1, entries.length),
  };
}
