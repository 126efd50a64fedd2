/**
 * Building the search index of a corpus: one MiniSearch instance holds every
 * paragraph as a document, analyzed by citebot's own tokenizer and term
 * processor (stop words, short acronyms, Porter2), and MiniSearch's
 * SearchableMap holds the corpus's distinct words for typo correction by
 * edit distance. The tables derived from the words are in word-tables.ts.
 */
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Paragraph, Report } from '../corpus/types.js';
import { type AnalyzedText, AnalysisCache, ANALYSIS_CACHE_SIZE, analyzeText } from './analysis.js';
import {
  type Acronyms,
  type DictionaryParts,
  frozenKeyOf,
  rawWords,
  type ReportTermCounts,
  TermDictionary,
} from './dictionary.js';
import { capitalCounterparts } from '../text/capitals.js';
import type { SpellingsByFirstWord } from './phrases.js';
import { Agreement, alignCorpus, CORROBORATION_INDEX_LIMIT, type Corroboration } from './corroborate.js';
import { runInSlices, runToEnd, type Steps } from './steps.js';
import { warmUpAnswerKinds } from '../text/answer-kinds.js';
import { type Compounds, compoundStems, namedCompoundSteps } from '../text/compounds.js';
import { relatedWords } from '../text/lexicon.js';
import { noAnswerSentence } from '../text/missing.js';
import { stemWord } from '../text/terms.js';
import { listsSpelling } from '../text/wordnet.js';
import {
  mergeSameAs,
  type RelatedTerms,
  relatedTermsOf,
  type SameAs,
  type SameAsIds,
  sameAsIdsOf,
  sameAsOf,
  spelledAcronymsOf,
} from './word-tables.js';

/** A paragraph as MiniSearch indexes it: its position in the corpus and its text. */
export interface ParagraphDocument {
  readonly id: number;
  readonly text: string;
}

/** A paragraph with everything the engine needs to rank and quote it. */
export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly report: Report;
  /** The report's position among the corpus's reports. */
  readonly reportNumber: number;
  /** Terms and sentences, made when first needed and cached. */
  readonly analysis: AnalyzedText;
}

/** An immutable index over one corpus. A reload builds a new one and swaps it in. */
export interface SearchIndex {
  readonly corpus: Corpus;
  /** Paragraphs by position; MiniSearch's document ids are these positions. */
  readonly entries: readonly IndexedParagraph[];
  readonly byId: ReadonlyMap<string, IndexedParagraph>;
  /** The paragraphs, for candidate retrieval and autocomplete. */
  readonly search: MiniSearch<ParagraphDocument>;
  /** The corpus's words, each to the term id of its stem: MiniSearch's radix tree, searched by edit distance to correct typos. */
  readonly vocabulary: SearchableMap<number>;
  /** Stem to term id. */
  readonly termIds: ReadonlyMap<string, number>;
  /** Term id to stem. */
  readonly stems: readonly string[];
  /** Term id to the number of paragraphs that contain it. */
  readonly documentFrequency: Int32Array;
  /** Term id to its inverse document frequency. */
  readonly idf: Float64Array;
  /** How many paragraphs of each report hold each term. */
  readonly reportTerms: ReportTermCounts;
  /** Terms per paragraph, on average. */
  readonly averageLength: number;
  /** Every normalized corpus word that is not a stop word (what {@link vocabulary} holds). */
  readonly words: readonly string[];
  /** Which paragraphs of other reports state the same facts as each paragraph. */
  readonly agreement: Agreement;
  /** Acronyms the corpus spells out, to their stems. */
  readonly acronyms: Acronyms;
  /** The acronyms the corpus uses and spells out, as term ids: phrases read the spelling as the acronym. */
  readonly spelledAcronyms: SpellingsByFirstWord;
  /** Term ids of the parts of names. */
  readonly names: ReadonlySet<number>;
  /**
   * A stem the corpus lacks to the corpus stem it stands for: one WordNet relates it to, with a
   * weight below 1, or the corpus's irregular form of it ("bring" → brought), at 1.
   */
  readonly related: RelatedTerms;
  /**
   * A stem to the term ids of corpus stems that name the same thing: a capital's or a country's
   * counterpart ("russia" → moscow, see sameAsOf), or a lemma's irregular forms ("meet" → met).
   */
  readonly sameAs: SameAsIds;
  /**
   * WordNet's two-word names of organizations and named things ("state" →
   * department, text/compounds.ts), read when the index is built and kept
   * with its snapshot: a question typing one the reports never write names
   * something they lack (compound-names.ts).
   */
  readonly compounds: Compounds;
  /**
   * Those of {@link compounds} that some paragraph writes side by side, as
   * "first second" stems ("unit state"): noted while the paragraphs are
   * indexed, because searching for both words at question time costs a large
   * corpus tens of milliseconds.
   */
  readonly writtenCompounds: ReadonlySet<string>;
  /**
   * Term ids of the corpus's forms of verbs of giving ("delivered",
   * "gifted"), read from WordNet when the index is built: "who received the
   * car for Kim" is answered by "delivered to Kim's top aides" (plan.ts).
   */
  readonly givingVerbs: readonly number[];
}

/** BM25's idf: rare terms weigh more. */
export function inverseDocumentFrequency(paragraphs: number, df: number): number {
  return Math.log(1 + (paragraphs - df + 0.5) / (df + 0.5));
}

// Queries are planned by the engine (terms already stemmed and chosen), so
// MiniSearch takes them as they are.
const PLANNED_QUERY = {
  tokenize: (query: string) => query.split(' '),
  processTerm: (term: string) => term,
} as const;

/** MiniSearch's options for the paragraph index; loading a snapshot needs the same ones. */
export function paragraphSearchOptions(
  processTerm: (raw: string) => string | null = () => null,
): Options<ParagraphDocument> {
  return {
    idField: 'id',
    fields: ['text'],
    storeFields: [],
    tokenize: rawWords,
    processTerm,
    searchOptions: PLANNED_QUERY,
    autoVacuum: false,
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

// Words added to the vocabulary between two yields.
const WORDS_PER_STEP = 2048;

/** The build as small steps: a paragraph at a time, then the vocabulary. */
function* indexSteps(corpus: Corpus): Steps<SearchIndex> {
  // Read before the paragraphs, so indexing them notes which two-word names they write.
  const compounds = yield* namedCompoundSteps();
  const dictionary = new TermDictionary(compoundStems(compounds));
  const search = new MiniSearch<ParagraphDocument>(paragraphSearchOptions(dictionary.processTerm));
  const reportNumbers = new Map(corpus.reports.map((report, i) => [report.id, i]));
  for (const [position, paragraph] of corpus.paragraphs.entries()) {
    dictionary.beginDocument(reportNumbers.get(paragraph.reportId) ?? -1);
    search.add({ id: position, text: paragraph.text });
    yield;
  }
  const parts = dictionary.finish();
  const { related, irregular, givingVerbs } = yield* relatedTermsOf(parts.words, parts.stems, parts.documentFrequency);
  const index = yield* assembleIndex({ corpus, search, related, irregular, givingVerbs, compounds, ...parts });
  if (corpus.paragraphs.length > CORROBORATION_INDEX_LIMIT) return index;
  return { ...index, agreement: new Agreement(yield* alignCorpus(index)) };
}

/**
 * Loads what the engine's language modules read on first use (WordNet,
 * wink-nlp's model, compromise), about two seconds' work, so that a bot pays
 * it before it serves rather than in its first reload or answers.
 */
export function warmUpEngine(): void {
  relatedWords('gift');
  capitalCounterparts();
  warmUpAnswerKinds();
  // A question with "did" loads compromise's conjugation too: "whether Kim drove the car".
  noAnswerSentence('did Kim drive the car');
  // Typos of English words the corpus lacks are looked up among all of WordNet's spellings.
  listsSpelling('gift');
}

/** What an index is made of, whether just built or read from a snapshot; the rest is derived. */
export interface IndexParts extends DictionaryParts {
  readonly corpus: Corpus;
  readonly search: MiniSearch<ParagraphDocument>;
  readonly related: RelatedTerms;
  /** Capitals and countries and irregular forms, when a snapshot holds them; a build reads capitals from WordNet (sameAsOf). */
  readonly sameAs?: SameAs;
  /** A build's irregular forms of the lemmas the corpus has (relatedTermsOf): "meet" → met. */
  readonly irregular?: SameAs;
  /** WordNet's two-word names (text/compounds.ts), as the build read them or the snapshot kept them. */
  readonly compounds: Compounds;
  /** Stems of the corpus's forms of verbs of giving (relatedTermsOf), as the build read them or the snapshot kept them. */
  readonly givingVerbs: readonly string[];
  /** The paragraphs that agree, when a snapshot holds them; a build aligns the corpus after assembling. */
  readonly agreement?: Corroboration;
}

const ENTRIES_PER_STEP = 256;

/** Puts an index together from its parts: the vocabulary index, entries, lookups and weights, in steps. */
export function* assembleIndex(parts: IndexParts): Steps<SearchIndex> {
  const { corpus } = parts;
  const termIds = new Map(parts.stems.map((stem, id) => [stem, id]));
  yield;
  const vocabulary = new SearchableMap<number>();
  for (const [i, word] of parts.words.entries()) {
    const termId = termIds.get(stemWord(word));
    if (termId !== undefined) vocabulary.set(word, termId);
    if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
  }
  const idf = Float64Array.from(parts.documentFrequency, (df) =>
    inverseDocumentFrequency(corpus.paragraphs.length, df),
  );
  const keyOf = frozenKeyOf(termIds);
  const spelledAcronyms = spelledAcronymsOf(parts.acronyms, termIds);
  const sameAs = sameAsIdsOf(parts.sameAs ?? mergeSameAs(sameAsOf(termIds), parts.irregular ?? new Map()), termIds);
  const names = new Set(parts.names);
  const isName = (termId: number) => names.has(termId);
  const analyses = new AnalysisCache(ANALYSIS_CACHE_SIZE, (position) =>
    analyzeText(corpus.paragraphs[position]?.text ?? '', keyOf, idf, spelledAcronyms, isName),
  );
  const reports = new Map(corpus.reports.map((report, i) => [report.id, { report, number: i }]));
  const entries: IndexedParagraph[] = [];
  for (const [position, paragraph] of corpus.paragraphs.entries()) {
    const found = reports.get(paragraph.reportId);
    if (!found) throw new Error(`paragraph ${paragraph.id} has no report`);
    entries.push(new Entry(paragraph, found.report, found.number, analyses, position));
    if (position % ENTRIES_PER_STEP === 0) yield;
  }
  return {
    corpus,
    entries,
    byId: new Map(entries.map((entry) => [entry.paragraph.id, entry])),
    search: parts.search,
    vocabulary,
    termIds,
    stems: parts.stems,
    documentFrequency: parts.documentFrequency,
    idf,
    reportTerms: parts.reportTerms,
    averageLength: parts.averageLength,
    words: parts.words,
    agreement: new Agreement(parts.agreement),
    related: parts.related,
    sameAs,
    compounds: parts.compounds,
    writtenCompounds: new Set(parts.writtenCompounds),
    acronyms: parts.acronyms,
    spelledAcronyms,
    names,
    givingVerbs: parts.givingVerbs.flatMap((stem) => termIds.get(stem) ?? []),
  };
}

class Entry implements IndexedParagraph {
  constructor(
    readonly paragraph: Paragraph,
    readonly report: Report,
    readonly reportNumber: number,
    readonly analyses: AnalysisCache,
    readonly position: number,
  ) {}

  get analysis(): AnalyzedText {
    return this.analyses.get(this.position);
  }
}
