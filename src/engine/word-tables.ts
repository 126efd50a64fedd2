/**
 * Tables an index derives from its corpus's words when it is built, so a
 * question only looks them up: WordNet's paraphrases and irregular forms
 * (relatedTermsOf), capitals and countries (sameAsOf), and the acronyms the
 * corpus spells out (spelledAcronymsOf).
 */
import { capitalCounterparts } from '../text/capitals.js';
import { type RelatedKey, relatedKeyTableSteps } from '../text/lexicon.js';
import { lemmaOfWord } from '../text/nlp.js';
import { isGivingVerb } from '../text/transfer-verbs.js';
import { isStopWord, stemWord } from '../text/terms.js';
import type { Acronyms } from './dictionary.js';
import { type SpelledAcronym, type SpellingsByFirstWord, spellingsByFirstWord } from './phrases.js';
import type { Steps } from './steps.js';

/** Question stem to related corpus stems (see relatedTermsOf). */
export type RelatedTerms = ReadonlyMap<string, readonly RelatedKey[]>;

/** A stem to the corpus stems that name the same thing: how a snapshot keeps it. */
export type SameAs = ReadonlyMap<string, readonly string[]>;

/** A stem to the term ids of the corpus stems that name the same thing. */
export type SameAsIds = ReadonlyMap<string, readonly number[]>;

// Corpus words looked up in WordNet between two yields (about a millisecond's work).
const RELATED_WORDS_PER_STEP = 64;
/** A question word stands for at most this many of its WordNet relatives. */
export const MAX_RELATED_TERMS = 1;

/** What {@link relatedTermsOf} derives from the corpus's words. */
export interface WordRelatives {
  /** Question stems the corpus lacks, to the corpus stem each stands for. */
  readonly related: RelatedTerms;
  /** A lemma's stem the corpus has, to the stems of its irregular forms there: "meet" → met. */
  readonly irregular: SameAs;
  /** Stems of the corpus words that are forms of a verb of giving: "delivered", "gifted" (transfer-verbs.ts). */
  readonly givingVerbs: readonly string[];
}

/**
 * WordNet's paraphrase table for the corpus's words, built in steps (a single
 * pass over a large vocabulary holds the thread for a second). Each stem
 * keeps its relatives that the corpus uses most: of "present"'s (gift, show,
 * stage, deliver…), the one the reports use most is the likeliest sense, and
 * the others would only add noise. Settled here, a question only looks it up.
 * Irregular forms are read too: Porter2 gives "met" and "meet" two stems.
 */
export function* relatedTermsOf(
  words: readonly string[],
  stems: readonly string[],
  documentFrequency: Int32Array,
): Steps<WordRelatives> {
  const table = yield* relatedKeyTableSteps(words, stemWord, { exclude: isStopWord }, RELATED_WORDS_PER_STEP);
  const dfOf = new Map(stems.map((stem, id) => [stem, documentFrequency[id] ?? 0]));
  const df = (key: string) => dfOf.get(key) ?? 0;
  const related = new Map<string, readonly RelatedKey[]>();
  for (const [stem, keys] of table) {
    const inCorpus = keys.filter(({ key }) => dfOf.has(key));
    inCorpus.sort((a, b) => df(b.key) - df(a.key) || b.weight - a.weight || (a.key < b.key ? -1 : 1));
    if (inCorpus.length > 0) related.set(stem, inCorpus.slice(0, MAX_RELATED_TERMS));
  }
  // An irregular form is the same word as its lemma. Porter2 gives "brought" and "bring" two stems,
  // so "what did Kim bring" would not find "brought" otherwise: a lemma the corpus lacks stands for
  // the form, at full weight, and one it has ("meet", in "meeting") finds the form too ("met").
  const irregular = new Map<string, readonly string[]>();
  const giving = new Set<string>();
  let sinceYield = 0;
  for (const word of words) {
    if (++sinceYield >= LEMMAS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    if (word.length < MIN_LEMMA_WORD || !/^[a-z]+$/.test(word)) continue;
    const lemma = lemmaOfWord(word);
    const own = stemWord(word);
    const lemmaStem = stemWord(lemma);
    if (dfOf.has(own) && isGivingVerb(lemma)) giving.add(own);
    if (lemmaStem === own || isStopWord(lemma) || !/^[a-z]+$/.test(lemma) || !dfOf.has(own)) continue;
    if (dfOf.has(lemmaStem)) {
      addCounterparts(irregular, lemmaStem, [own]);
      continue;
    }
    const known = related.get(lemmaStem)?.[0];
    if (known && (known.weight < 1 || df(known.key) >= df(own))) continue;
    related.set(lemmaStem, [{ key: own, weight: 1 }]);
  }
  return { related, irregular, givingVerbs: [...giving].sort() };
}

/** Both tables of stems that name the same thing, each stem's counterparts merged. */
export function mergeSameAs(first: SameAs, second: SameAs): SameAs {
  const merged = new Map(first);
  for (const [stem, others] of second) addCounterparts(merged, stem, others);
  return merged;
}

/** Adds `others` to `stem`'s counterparts in `table`, once each, sorted. */
function addCounterparts(table: Map<string, readonly string[]>, stem: string, others: readonly string[]): void {
  table.set(stem, [...new Set([...(table.get(stem) ?? []), ...others])].sort());
}

/**
 * Capitals and countries whose counterpart the corpus names (capitals.ts):
 * reports write "Moscow" for Russia's government, so "did Russia vote for the
 * sanctions" is answered by "Moscow-backed sanctions". Settled here, a
 * question only looks it up.
 */
export function sameAsOf(corpusStems: ReadonlyMap<string, number>): SameAs {
  const table = new Map<string, readonly string[]>();
  for (const [name, others] of capitalCounterparts()) {
    const own = stemWord(name);
    const stems = others.map(stemWord).filter((stem) => stem !== own && corpusStems.has(stem));
    if (stems.length > 0) addCounterparts(table, own, stems);
  }
  return table;
}

/** {@link SameAs} with the corpus stems as term ids, as a question reads it. */
export function sameAsIdsOf(sameAs: SameAs, termIds: ReadonlyMap<string, number>): SameAsIds {
  const ids = new Map<string, readonly number[]>();
  for (const [stem, others] of sameAs) {
    const found = others.map((other) => termIds.get(other) ?? -1).filter((id) => id >= 0);
    if (found.length > 0) ids.set(stem, found);
  }
  return ids;
}

// Corpus words read by wink-nlp for their lemma between two yields (about 0.015 ms each).
const LEMMAS_PER_STEP = 512;
// Shorter words are stop words, names and abbreviations, whose lemma is themselves.
const MIN_LEMMA_WORD = 3;

/**
 * The acronyms whose own form the corpus uses too ("U.N." beside "United
 * Nations"). An acronym never written as one ("Kim Jong Un" is no "KJU")
 * stays words.
 */
export function spelledAcronymsOf(acronyms: Acronyms, termIds: ReadonlyMap<string, number>): SpellingsByFirstWord {
  const spelled: SpelledAcronym[] = [];
  for (const [acronym, stems] of acronyms) {
    const key = termIds.get(acronym);
    const words = stems.map((stem) => termIds.get(stem) ?? -1);
    if (key !== undefined && words.every((id) => id >= 0)) spelled.push({ words: Int32Array.from(words), key });
  }
  return spellingsByFirstWord(spelled);
}
