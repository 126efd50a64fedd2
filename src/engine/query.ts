/**
 * Turning a question into weighted search terms.
 *
 * The question is plain text: nothing in it is query syntax. Chatter and
 * Discord markup go first. Words the corpus does not contain are corrected to
 * the nearest corpus word when one is close enough ("deliverd" finds
 * "delivered"), or else stand for the corpus words WordNet relates them to
 * ("present" finds "gift"), at a lower weight. A capital and its country
 * name one government ("Moscow", "Russia"), and an acronym and its spelling
 * one thing ("U.N.", "United Nations"): either finds both. A word the corpus
 * lacks altogether says little about whether the corpus answers, unless it
 * names something (a capitalised word such as "Kremlin" or "China").
 */
import { AnswerKind } from '../text/answer-kinds.js';
import { nameLexicon } from '../text/name-kinds.js';
import { isDemonym, qualifiesNoun } from '../text/nlp.js';
import type { RelatedKey } from '../text/lexicon.js';
import { stemWord, stopWordKey } from '../text/terms.js';
import { normalizeWord, splitWords } from '../text/words.js';
import { inverseDocumentFrequency, type SearchIndex } from './build.js';
import { collapseSpellings } from './phrases.js';
import { type FullName, fullNamesIn } from './full-names.js';
import { kindsInCorpus } from './kinds.js';
import { type Correction, correctToEnglish, correctTypo, ENGLISH_HALF, splitRunTogether } from './typos.js';
import { isNameRunTogether, namesTheReportsLack } from './compound-names.js';
import { particleAfter, phrasalRelatives } from './phrasal-verbs.js';

/** One distinct term of a question. */
export interface QueryTerm {
  readonly stem: string;
  /** Term id in the index, or -1 when no paragraph contains the term, even after correction. */
  readonly termId: number;
  /** Inverse document frequency, times a discount for related and unknown words: how much a match says. */
  readonly weight: number;
  /** Other term ids that name the same thing ("Moscow" for "Russia"): a paragraph's use of them counts as this term. */
  readonly aliases?: readonly number[];
  /**
   * True for a corpus word that is a kind of a thing the question names in
   * the plural ("missiles" for "weapons"): evidence for a passage, but not
   * part of what the question asks, so it adds nothing to the question's total.
   */
  readonly kind?: true;
}

/** A question's terms, and all its words as keys for phrase matching. */
export interface ParsedQuestion {
  readonly terms: readonly QueryTerm[];
  /** Every word in order: term ids, stop-word keys, or {@link UNKNOWN_WORD}; a spelled-out acronym is the acronym. */
  readonly wordKeys: readonly number[];
  /** The full names the question types ("Kim Jong Un"), which reports also write by one name (full-names.ts). */
  readonly fullNames: readonly FullName[];
  /** Names the corpus lacks, as typed ("Kremlin", "China"): the question is about something else. */
  readonly unknownNames: readonly string[];
  /** The question without chatter or markup. */
  readonly cleaned: string;
  /** Misspelt words (normalized) to the corpus word each was corrected to: "recieved" → received. */
  readonly corrections: ReadonlyMap<string, Correction>;
}

/** Questions longer than this many words are cut: the rest adds latency, not meaning. */
export const MAX_QUESTION_WORDS = 80;
/** Word key of a word the corpus does not have: it matches nothing. */
export const UNKNOWN_WORD = Number.MIN_SAFE_INTEGER;
/**
 * What a common word the corpus lacks weighs, against a name the corpus
 * lacks (full weight): "did the Kremlin comment" asks about something the
 * reports may not cover, "who handed over the car" only words it differently.
 */
export const UNKNOWN_WORD_DISCOUNT = 0.3;

/**
 * Adverbs that place a question in the asker's own time ("why are they so
 * close lately", "did Kim ever get to see it"), a closed class like the
 * question words. The reports' "in recent weeks" is their writers' time, and
 * "ever" stands for their "always" only in a sense a question rarely means,
 * so a match says little about the topic: such a word weighs this much of its
 * worth.
 */
export const ASKERS_TIME_WEIGHT = 0.3;
const ASKERS_TIME = new Set(['recently', 'lately', 'currently', 'nowadays', 'ever']);

/** What the spelled-out words of an acronym weigh when the corpus has the acronym itself too. */
export const KNOWN_ACRONYM_SPELLING_WEIGHT = 0.3;

/** Parses a question into distinct weighted terms, in the order they appear. */
export function parseQuestion(index: SearchIndex, question: string): ParsedQuestion {
  const byStem = new Map<string, QueryTerm>();
  const wordKeys: number[] = [];
  const unknownNames: string[] = [];
  const corrections = new Map<string, Correction>();
  const unknownWeight = inverseDocumentFrequency(index.entries.length, 0);
  // The weight of the word being read, in every term it becomes.
  let wordWeight = 1;
  const add = (termAtFullWeight: QueryTerm) => {
    const term =
      wordWeight === 1 ? termAtFullWeight : { ...termAtFullWeight, weight: termAtFullWeight.weight * wordWeight };
    const known = byStem.get(term.stem);
    if (!known || known.weight < term.weight) byStem.set(term.stem, term);
  };
  // Adds the corpus terms a word stands for, each at its relation's weight; returns the first one's id.
  const addRelatives = (relatives: readonly RelatedKey[]): number => {
    let first = UNKNOWN_WORD;
    for (const { key, weight } of relatives) {
      const relatedId = index.termIds.get(key) ?? -1;
      if (first === UNKNOWN_WORD) first = relatedId;
      add({ stem: key, termId: relatedId, weight: weight * (index.idf[relatedId] ?? 0) });
    }
    return first;
  };
  const words = splitWords(question).slice(0, MAX_QUESTION_WORDS);
  const knownWords: string[] = [];
  for (const [i, word] of words.entries()) {
    const typed = question.slice(word.start, word.end);
    const norm = shoutedWord(index, word.norm, typed);
    wordWeight = ASKERS_TIME.has(norm) ? ASKERS_TIME_WEIGHT : 1;
    const stopKey = stopWordKey(norm);
    if (stopKey !== undefined) {
      wordKeys.push(stopKey);
      continue;
    }
    const ownStem = stemWord(norm);
    const exact = index.termIds.get(ownStem);
    // "NK", "nk" and "UN" also stand for the words the corpus spells them with.
    // "Un" (or "Un's") in "Kim Jong Un" is a name; "UN", "un" and "U.N." are the acronym,
    // unless it goes on a name: "kim jong un" typed in small letters.
    const titleCase = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(typed);
    const previous = wordKeys[wordKeys.length - 1] ?? UNKNOWN_WORD;
    const goesOnName = previous >= 0 && index.names.has(previous) && typed !== typed.toUpperCase();
    const spelledOut =
      titleCase || goesOnName ? [] : (index.acronyms.get(normalizeWord(norm.replace(/\.$/u, '').toUpperCase())) ?? []);
    // An acronym the corpus also uses mostly means what it does there: its spelling counts less.
    const spelling = exact === undefined ? 1 : KNOWN_ACRONYM_SPELLING_WEIGHT;
    const forms: QueryTerm[] = [];
    for (const part of spelledOut) {
      const partId = index.termIds.get(part);
      if (partId !== undefined) forms.push({ stem: part, termId: partId, weight: spelling * (index.idf[partId] ?? 0) });
    }
    if (exact !== undefined && spelledOut.length === 0) knownWords.push(norm);
    if (exact !== undefined) {
      forms.push({ stem: ownStem, termId: exact, weight: index.idf[exact] ?? 0, aliases: index.sameAs.get(ownStem) });
    }
    if (exact !== undefined || spelledOut.length > 0) {
      // "UN" is one word however the corpus spells it ("UN", "U.N.", "United Nations"): together its
      // forms weigh what its rarest form does, not their sum, or the acronym would outweigh the question.
      const total = forms.reduce((sum, form) => sum + form.weight, 0);
      const scale = total > 0 ? Math.max(...forms.map((form) => form.weight)) / total : 1;
      for (const form of forms) add({ ...form, weight: form.weight * scale });
      wordKeys.push(exact ?? index.termIds.get(spelledOut[0] ?? '') ?? UNKNOWN_WORD);
      continue;
    }
    // "Japan" in a question to a corpus that only says "Tokyo" is found through it, but the name
    // still counts as one the reports lack: what Tokyo condemned need not be what Japan is asked about.
    const [counterpart, ...otherCounterparts] = index.sameAs.get(ownStem) ?? [];
    if (counterpart !== undefined) {
      const stem = index.stems[counterpart] ?? ownStem;
      add({ stem, termId: counterpart, weight: index.idf[counterpart] ?? 0, aliases: otherCounterparts });
      wordKeys.push(counterpart);
      unknownNames.push(typed);
      continue;
    }
    // A word WordNet relates to corpus words is a real word, not a typo. So is a verb with its
    // particle: "handed over" is "delivered".
    let best = addRelatives(
      index.related.get(ownStem) ?? phrasalRelatives(index, norm, particleAfter(question, words, i)) ?? [],
    );
    if (best === UNKNOWN_WORD) {
      const correction = correctTypo(index, norm);
      if (correction !== undefined) {
        const corrected = correction.termId;
        best = corrected;
        corrections.set(norm, correction);
        knownWords.push(correction.word);
        const stem = index.stems[corrected] ?? ownStem;
        add({ stem, termId: corrected, weight: index.idf[corrected] ?? 0, aliases: index.sameAs.get(stem) });
      }
    }
    // "worreid" is "worried", which the corpus words as "concern"; "teh" is "the".
    const english =
      best === UNKNOWN_WORD && !/^\p{Lu}/u.test(typed) && !nameLexicon().has(norm)
        ? correctToEnglish(index, norm)
        : undefined;
    if (english !== undefined) {
      const stopKey = stopWordKey(english);
      if (stopKey !== undefined) {
        wordKeys.push(stopKey);
        continue;
      }
      if (ASKERS_TIME.has(english)) wordWeight = ASKERS_TIME_WEIGHT;
      best = addRelatives(index.related.get(stemWord(english)) ?? []);
      if (best !== UNKNOWN_WORD) corrections.set(norm, { word: english, termId: best });
    }
    // "northkorea" is North Korea typed without its space; "spaceport" has the corpus's "space" in it.
    const runTogether = best === UNKNOWN_WORD ? splitRunTogether(index, norm) : undefined;
    if (runTogether) {
      for (const part of runTogether)
        if (part !== ENGLISH_HALF) add({ stem: index.stems[part] ?? '', termId: part, weight: index.idf[part] ?? 0 });
      wordKeys.push(...runTogether.map((part) => (part === ENGLISH_HALF ? UNKNOWN_WORD : part)));
      continue;
    }
    wordKeys.push(best);
    if (best !== UNKNOWN_WORD) continue;
    // "Kremlin" or "China" names what the question is about; "Japanese" in "Japanese car brand" only qualifies it.
    // Members type names in small letters too: "did china comment" asks about China.
    const capitalised =
      (i > 0 && /^\p{Lu}/u.test(typed)) || isPlaceOrOrganization(norm) || isNameRunTogether(index, norm);
    const name = capitalised && !(isDemonym(norm) && qualifiesNoun(question, typed));
    if (name) unknownNames.push(typed);
    add({ stem: ownStem, termId: -1, weight: unknownWeight * (name ? 1 : UNKNOWN_WORD_DISCOUNT) });
  }
  wordWeight = 1;
  for (const kind of kindsInCorpus(index, knownWords)) if (!byStem.has(kind.stem)) add(kind);
  unknownNames.push(...namesTheReportsLack(index, question, words));
  const phraseKeys = collapseSpellings(wordKeys, index.spelledAcronyms);
  if (phraseKeys !== wordKeys) aliasSpelledAcronyms(index, byStem, wordKeys, phraseKeys);
  const fullNames = fullNamesIn(wordKeys, (key) => index.names.has(key), index.documentFrequency);
  return {
    terms: discountNameParts([...byStem.values()], fullNames),
    fullNames,
    wordKeys: phraseKeys,
    unknownNames,
    cleaned: question,
    corrections,
  };
}

/**
 * "United Nations" typed out finds "U.N." too: each acronym the question
 * spells out (its key is in `phraseKeys` but not in `wordKeys`) becomes an
 * alias of the spelling's last word, as "UN" typed finds "United Nations".
 */
function aliasSpelledAcronyms(
  index: SearchIndex,
  byStem: Map<string, QueryTerm>,
  wordKeys: readonly number[],
  phraseKeys: readonly number[],
): void {
  for (const spellings of index.spelledAcronyms.values()) {
    for (const { words, key } of spellings) {
      if (!phraseKeys.includes(key) || wordKeys.includes(key)) continue;
      const last = index.stems[words[words.length - 1] ?? -1] ?? '';
      const term = byStem.get(last);
      if (term) byStem.set(last, { ...term, aliases: [...(term.aliases ?? []), key] });
    }
  }
}

/**
 * Whether compromise's lexicon knows `word` as a place or an organization
 * ("china", "beijing", "nato"): a name whatever its case. First names are left
 * out: too many are words too ("will", "mark", "rose").
 */
function isPlaceOrOrganization(word: string): boolean {
  return ((nameLexicon().get(word) ?? 0) & (AnswerKind.Place | AnswerKind.Organization)) !== 0;
}

/**
 * The form to read a short word in capitals by: "FOR" and "CAR" are the stop
 * word and the corpus word, unless the corpus knows them as acronyms, as it
 * does "UN" and "US". An acronym the corpus lacks ("PPP", "WWI") stays one.
 */
function shoutedWord(index: SearchIndex, norm: string, typed: string): string {
  if (!norm.endsWith('.') || index.termIds.has(stemWord(norm)) || index.acronyms.has(norm)) return norm;
  const word = normalizeWord(typed.toLowerCase());
  return stopWordKey(word) !== undefined || index.termIds.has(stemWord(word)) ? word : norm;
}

/** What the parts of a name weigh besides its commonest part. */
export const NAME_PART_WEIGHT = 0.5;

/**
 * Reports name a person in full once ("Kim Jong Un") and by one name after
 * ("Kim"), so a full name's rarer parts would pull every question about Kim
 * towards the paragraphs that happen to spell it out. Of a full name, all but
 * its head weigh {@link NAME_PART_WEIGHT}.
 */
function discountNameParts(terms: QueryTerm[], fullNames: readonly FullName[]): QueryTerm[] {
  const discounted = new Set(fullNames.flatMap((name) => name.parts.filter((part) => part !== name.head)));
  if (discounted.size === 0) return terms;
  return terms.map((term) =>
    discounted.has(term.termId) ? { ...term, weight: term.weight * NAME_PART_WEIGHT } : term,
  );
}
