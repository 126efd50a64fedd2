/**
 * Building the search index of a corpus.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Paragraph, Report } from '../corpus/types.js';
import { extractTerms, stemWord } from '../text/terms.js';
import { type AnalyzedText, analyzeText, computeSentenceNorms } from './analysis.js';
import { buildPostings, type Postings } from './postings.js';

/** A paragraph with everything the engine needs to rank and quote it. */
export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly report: Report;
  readonly analysis: AnalyzedText;
  /** Term ids of the report's title (one set shared by the report's paragraphs). */
  readonly titleTerms: ReadonlySet<number>;
  /** The report's paragraph count, and in how many of them each term appears. */
  readonly reportStats: ReportStats;
}

/** Term statistics of one report, for weighting terms within it. */
export interface ReportStats {
  readonly paragraphs: number;
  readonly documentFrequency: ReadonlyMap<number, number>;
}

/** An immutable index over one corpus. A reload builds a new one and swaps it in. */
export interface SearchIndex {
  readonly corpus: Corpus;
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
}

/** Builds the index of a corpus. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const dictionary = new TermDictionary();
  const analyses = corpus.paragraphs.map((paragraph) => analyzeText(paragraph.text, dictionary.idOfWord));
  const titleTerms = new Map(
    corpus.reports.map((report) => [
      report.id,
      new Set(extractTerms(report.title).map((term) => dictionary.idOf(term.stem))),
    ]),
  );
  const vocabularySize = dictionary.stems.length;
  const documentFrequency = new Int32Array(vocabularySize);
  for (const analysis of analyses) {
    for (const id of new Set(analysis.termIds)) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  }
  const idf = Float64Array.from(documentFrequency, (df) => inverseDocumentFrequency(analyses.length, df));
  for (const analysis of analyses) computeSentenceNorms(analysis, idf);

  const reportStats = new Map(corpus.reports.map((report) => [report.id, statsOf(report.paragraphs.length)]));
  const reports = new Map(corpus.reports.map((report) => [report.id, report]));
  const entries = corpus.paragraphs.map((paragraph, position): IndexedParagraph => {
    const report = reports.get(paragraph.reportId);
    const stats = reportStats.get(paragraph.reportId);
    const analysis = analyses[position];
    if (!report || !stats || !analysis) throw new Error(`paragraph ${paragraph.id} has no report`);
    for (const id of new Set(analysis.termIds))
      stats.documentFrequency.set(id, (stats.documentFrequency.get(id) ?? 0) + 1);
    return { paragraph, report, analysis, titleTerms: titleTerms.get(report.id) ?? new Set(), reportStats: stats };
  });

  return {
    corpus,
    entries,
    byId: new Map(entries.map((entry) => [entry.paragraph.id, entry])),
    postings: buildPostings(analyses, vocabularySize),
    termIds: dictionary.ids,
    stems: dictionary.stems,
    documentFrequency,
    idf,
    vocabulary: SearchableMap.from(dictionary.words),
  };
}

function statsOf(paragraphs: number): { paragraphs: number; documentFrequency: Map<number, number> } {
  return { paragraphs, documentFrequency: new Map() };
}
