/**
 * The corpus's terms: what MiniSearch indexes for a word, and the counts the
 * re-ranker needs that MiniSearch keeps to itself (how many paragraphs, and
 * how many paragraphs of each report, hold a term).
 */
import type { CompoundStems } from '../text/compounds.js';
import { stemWord, stopWordKey } from '../text/terms.js';
import { forEachRawWord, normalizeWord } from '../text/words.js';

/** The key of a raw word: a term id (>= 0), a stop-word key (< 0), or {@link SKIP_WORD}. */
export type WordKeyOf = (raw: string) => number;
/** The key of a "word" that normalizes to nothing, or of a word the corpus does not have. */
export const SKIP_WORD = Number.MIN_SAFE_INTEGER;

/** The raw words of a text, in order: MiniSearch's tokenizer for paragraphs. */
export function rawWords(text: string): string[] {
  const words: string[] = [];
  forEachRawWord(text, (raw) => words.push(raw));
  return words;
}

/** The term a raw word is indexed under (its stem), or undefined for a stop word or no word. */
export function termOfRawWord(raw: string): string | undefined {
  const word = normalizeWord(raw);
  if (word === '' || stopWordKey(word) !== undefined) return undefined;
  return stemWord(word);
}

/**
 * How many paragraphs of each report hold each term, for weighing a term
 * within a report. One sorted run of (term, count) pairs per report.
 */
export interface ReportTermCounts {
  /** Report r's pairs are `terms[offsets[r] .. offsets[r + 1]]`, ascending by term id. */
  readonly offsets: Int32Array;
  readonly terms: Int32Array;
  readonly counts: Int32Array;
}

/** How many paragraphs of report `report` hold `termId`. */
export function countInReport(counts: ReportTermCounts, report: number, termId: number): number {
  let low = counts.offsets[report] ?? 0;
  let high = (counts.offsets[report + 1] ?? low) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const term = counts.terms[middle] ?? 0;
    if (term === termId) return counts.counts[middle] ?? 0;
    if (term < termId) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** What a finished dictionary hands to the index. */
export interface DictionaryParts {
  readonly stems: readonly string[];
  readonly documentFrequency: Int32Array;
  readonly reportTerms: ReportTermCounts;
  /** Terms per paragraph, on average, for BM25's length normalization. */
  readonly averageLength: number;
  /** Every distinct normalized word that is not a stop word, for typo correction. */
  readonly words: readonly string[];
  /** Acronyms the corpus spells out ("un." → the stems of "United Nations"). */
  readonly acronyms: Acronyms;
  /** Term ids the corpus writes capitalized nearly always: parts of names ("Jong", "Putin"). */
  readonly names: Int32Array;
  /** WordNet's two-word names that some paragraph writes side by side, as "first second" stems ("unit state"). */
  readonly writtenCompounds: readonly string[];
}

/** Acronym key (lower case and a dot, as {@link normalizeWord} keys "UN") to the stems it stands for. */
export type Acronyms = ReadonlyMap<string, readonly string[]>;

/** A run of capitalized words spelling out an acronym has this many words at most. */
const ACRONYM_MAX_WORDS = 5;
/** How often a run of names must recur to count as an acronym's spelling when the acronym itself never appears. */
const ACRONYM_MIN_SPELLINGS = 3;
/** A term is part of a name when at least this share of its occurrences are capitalized. */
const NAME_MIN_CAPITALIZED = 0.9;

/**
 * Gives stems ids while paragraphs are indexed, and counts them. Its
 * {@link TermDictionary.processTerm} is MiniSearch's term processor, so the
 * index and the counts come from the very same words.
 */
export class TermDictionary {
  readonly #ids = new Map<string, number>();
  readonly #stems: string[] = [];
  readonly #documentFrequency: number[] = [];
  readonly #lastDocument: number[] = [];
  // Distinct words in the order first met (a Set keeps insertion order).
  readonly #words = new Set<string>();
  readonly #occurrences: number[] = [];
  readonly #capitalized: number[] = [];
  // Raw words repeat far more than they vary: normalize and stem each spelling once.
  #document = -1;
  // The run of capitalized words being read ("United Nations"), for acronyms.
  #nameInitials = '';
  #nameStems: string[] = [];
  readonly #spelledOut = new Map<string, Map<string, number>>();
  #terms = 0;
  #documents = 0;
  // The current report's term counts; reports' paragraphs come one report after another.
  #report = -1;
  #reportCounts = new Map<number, number>();
  readonly #reportOffsets: number[] = [0];
  readonly #reportTerms: number[] = [];
  readonly #reportTermCounts: number[] = [];
  // Per term id, the stems that follow it in a two-word name; the term before this one in the paragraph.
  readonly #compoundSeconds: (ReadonlySet<string> | undefined)[] = [];
  #previousTerm = -1;
  readonly #writtenCompounds = new Set<string>();
  readonly #compoundStems: CompoundStems;

  /**
   * @param compoundStems WordNet's two-word names as stems: the pairs a
   * paragraph writes side by side are noted while it is indexed, so a question
   * never has to search for them (compound-names.ts).
   */
  constructor(compoundStems: CompoundStems = new Map()) {
    this.#compoundStems = compoundStems;
  }

  /** The key of a raw word, giving a new stem a new id. */
  #keyOf: WordKeyOf = memoizedKeyOf((word) => this.#idOfNewWord(word));

  #idOfNewWord(word: string): number {
    const stem = stemWord(word);
    let id = this.#ids.get(stem);
    if (id === undefined) {
      id = this.#stems.length;
      this.#ids.set(stem, id);
      this.#stems.push(stem);
      this.#documentFrequency.push(0);
      this.#lastDocument.push(-1);
      this.#occurrences.push(0);
      this.#capitalized.push(0);
      this.#compoundSeconds.push(this.#compoundStems.get(stem));
    }
    this.#words.add(word);
    return id;
  }

  /** Marks the start of the next paragraph, of report number `report` (reports come in order). */
  beginDocument(report: number): void {
    this.#closeName();
    if (report !== this.#report) this.#closeReport(report);
    this.#document++;
    this.#documents++;
    this.#previousTerm = -1;
  }

  /** MiniSearch's term processor: the stem to index, or null for a word that is not indexed. */
  processTerm = (raw: string): string | null => {
    const key = this.#keyOf(raw);
    this.#readName(raw, key);
    if (key < 0) return null;
    this.#noteCompound(key);
    this.#terms++;
    this.#occurrences[key] = (this.#occurrences[key] ?? 0) + 1;
    if (/^\p{Lu}/u.test(raw)) this.#capitalized[key] = (this.#capitalized[key] ?? 0) + 1;
    if (this.#lastDocument[key] !== this.#document) {
      this.#lastDocument[key] = this.#document;
      this.#documentFrequency[key] = (this.#documentFrequency[key] ?? 0) + 1;
      this.#reportCounts.set(key, (this.#reportCounts.get(key) ?? 0) + 1);
    }
    return this.#stems[key] ?? null;
  };

  // Stop words between do not part a name's words: the analysis's term ids skip them too.
  #noteCompound(key: number): void {
    const stem = this.#stems[key] ?? '';
    if (this.#compoundSeconds[this.#previousTerm]?.has(stem))
      this.#writtenCompounds.add(`${this.#stems[this.#previousTerm] ?? ''} ${stem}`);
    this.#previousTerm = key;
  }

  /**
   * Follows runs of capitalized words, so that "Korean Central News Agency"
   * teaches the dictionary what "KCNA" stands for. A stop word inside a name
   * ("Republic of Korea") is passed over.
   */
  #readName(raw: string, key: number): void {
    const capitalized = key >= 0 && /^\p{Lu}\p{Ll}/u.test(raw);
    if (capitalized) {
      this.#nameInitials += raw[0]?.toLowerCase() ?? '';
      this.#nameStems.push(this.#stems[key] ?? '');
      return;
    }
    if (key < 0 && key !== SKIP_WORD && this.#nameStems.length > 0 && /^\p{Ll}+$/u.test(raw)) return;
    this.#closeName();
  }

  #closeName(): void {
    const count = this.#nameStems.length;
    if (count >= 2 && count <= ACRONYM_MAX_WORDS) {
      const acronym = normalizeWord(this.#nameInitials.toUpperCase());
      let spellings = this.#spelledOut.get(acronym);
      if (!spellings) this.#spelledOut.set(acronym, (spellings = new Map()));
      const joined = this.#nameStems.join(' ');
      spellings.set(joined, (spellings.get(joined) ?? 0) + 1);
    }
    this.#nameInitials = '';
    this.#nameStems = [];
  }

  #closeReport(next: number): void {
    if (this.#report >= 0) {
      const terms = [...this.#reportCounts.keys()].sort((a, b) => a - b);
      for (const term of terms) {
        this.#reportTerms.push(term);
        this.#reportTermCounts.push(this.#reportCounts.get(term) ?? 0);
      }
      this.#reportOffsets.push(this.#reportTerms.length);
      this.#reportCounts = new Map();
    }
    this.#report = next;
  }

  /** The counts, once every paragraph has been added. */
  finish(): DictionaryParts {
    this.#closeName();
    this.#closeReport(-1);
    // The most frequent spelling wins: "NK" is "North Korea", not a one-off "Nuclear Kit".
    // A run of names counts as an acronym's spelling when the corpus uses the
    // acronym too, or spells it out often: "October Kim" once is no acronym.
    const acronyms = new Map<string, readonly string[]>();
    for (const [acronym, spellings] of this.#spelledOut) {
      const [best] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (best && (this.#ids.has(acronym) || best[1] >= ACRONYM_MIN_SPELLINGS))
        acronyms.set(acronym, best[0].split(' '));
    }
    return {
      stems: this.#stems,
      documentFrequency: Int32Array.from(this.#documentFrequency),
      reportTerms: {
        offsets: Int32Array.from(this.#reportOffsets),
        terms: Int32Array.from(this.#reportTerms),
        counts: Int32Array.from(this.#reportTermCounts),
      },
      averageLength: this.#terms / Math.max(1, this.#documents),
      words: [...this.#words],
      writtenCompounds: [...this.#writtenCompounds],
      acronyms,
      names: Int32Array.from(
        this.#stems.flatMap((_, id) =>
          (this.#capitalized[id] ?? 0) >= NAME_MIN_CAPITALIZED * (this.#occurrences[id] ?? 1) ? [id] : [],
        ),
      ),
    };
  }
}

/**
 * Keys raw words, remembering each: SKIP_WORD for what normalizes to nothing,
 * a stop word's own key, and `idOf` the normalized word for any other.
 */
function memoizedKeyOf(idOf: (word: string) => number): WordKeyOf {
  const memo = new Map<string, number>();
  return (raw) => {
    let key = memo.get(raw);
    if (key === undefined) {
      const word = normalizeWord(raw);
      key = word === '' ? SKIP_WORD : (stopWordKey(word) ?? idOf(word));
      memo.set(raw, key);
    }
    return key;
  };
}

/**
 * Keys raw words of a finished index: a restored index has no memo of raw
 * words, and a word outside the vocabulary (never in corpus text) is skipped.
 */
export function frozenKeyOf(termIds: ReadonlyMap<string, number>): WordKeyOf {
  return memoizedKeyOf((word) => termIds.get(stemWord(word)) ?? SKIP_WORD);
}
