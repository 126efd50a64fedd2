/**
 * One lazily loaded copy of each NLP library the text modules use: compromise
 * and wink-nlp.
 *
 * compromise ships an ES module build spread over hundreds of files and a
 * single-file CommonJS build; the single file loads in about half the time
 * (≈0.2 s against ≈0.4 s measured on this project's machine), so it is loaded
 * through `createRequire`, once, on first use. Callers that never need the
 * library (most questions) never pay for it.
 */
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';
import type winkNlp from 'wink-nlp';
import type { Document, ItsHelpers } from 'wink-nlp';
import { QUESTION_WORDS } from './words.js';

/** The compromise entry point: `nlp(text)` parses and tags a text. */
export type Nlp = typeof nlpFunction;

/** One word of a text with compromise-style tags. */
export interface TaggedTerm {
  /** The term as typed, without surrounding punctuation. */
  readonly text: string;
  /** Its tags, e.g. `['Noun', 'ProperNoun']` or `['Verb', 'PastTense']`. */
  readonly tags: readonly string[];
  /** Offset of the term in the parsed text. */
  readonly start: number;
  /** Offset just past the term in the parsed text. */
  readonly end: number;
}

let loaded: Nlp | undefined;

/** The compromise function, loaded on first call. */
export function compromise(): Nlp {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    // The "require" condition of compromise's exports map is the one-file build.
    loaded = require('compromise') as Nlp;
  }
  return loaded;
}

type Wink = ReturnType<typeof winkNlp>;
let wink: { readonly nlp: Wink; readonly its: ItsHelpers } | undefined;

/**
 * wink-nlp with its English lite model and only the pipes the text modules
 * use (part of speech and entities; no sentiment, negation or sentence
 * splitting), loaded on first call.
 */
export function winkNlpInstance(): { readonly nlp: Wink; readonly its: ItsHelpers } {
  if (wink === undefined) {
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNlp;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNlp>[0];
    const nlp = create(model, ['pos', 'ner']);
    wink = { nlp, its: nlp.its };
  }
  return wink;
}

/** The words of a text as wink-nlp reads them, one array per property, index by index. */
export interface Words {
  readonly value: readonly string[];
  readonly normal: readonly string[];
  readonly pos: readonly string[];
  readonly lemma: readonly string[];
  /** The spaces before each word ("" inside "Rolls-Royce"). */
  readonly spaces: readonly string[];
}

/** A text as wink-nlp read it. */
export interface WordsRead {
  readonly words: Words;
  readonly doc: Document;
}

// Planning a question reads the same cleaned text in several places (the noun to be named, who speaks,
// what it calls "the …"): the last reading is kept, so that each question is read once.
let lastRead: { readonly text: string; readonly read: WordsRead } | undefined;

/** Reads `text` with wink-nlp: its words, and the document for its entities. */
export function readWords(text: string): WordsRead {
  if (lastRead?.text === text) return lastRead.read;
  const { nlp, its } = winkNlpInstance();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const words: Words = {
    value: tokens.out(its.value) as string[],
    normal: tokens.out(its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    // wink's typings give `lemma` another signature than `normal`; both read a token's string.
    lemma: tokens.out(its.lemma as unknown as typeof its.normal) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
  };
  lastRead = { text, read: { words, doc } };
  return lastRead.read;
}

/** wink-nlp's lemma of a word read alone, lower-cased: "sent" → "send", "brought" → "bring". */
export function lemmaOfWord(word: string): string {
  // Only the lemma is read: the index build asks this of every corpus word.
  const { nlp, its } = winkNlpInstance();
  const lemma = nlp
    .readDoc(word)
    .tokens()
    .out(its.lemma as unknown as typeof its.normal) as string[];
  return lemma[0]?.toLowerCase() ?? word;
}

type Lexicon = Readonly<Record<string, string | readonly string[]>>;

/** compromise's lexicon of about 24,000 words with their tags ("kim" → "FemaleName"), read as plain data. */
export function compromiseLexicon(): Lexicon {
  const world = compromise().world() as { model?: { one?: { lexicon?: Lexicon } } };
  return world.model?.one?.lexicon ?? {};
}

/**
 * Whether compromise's lexicon knows `word` (lower-case) as a demonym:
 * "Japanese", "European", "Russian". A demonym before a noun qualifies it
 * ("a Japanese car brand") rather than naming what a question is about.
 */
export function isDemonym(word: string): boolean {
  const tags = compromiseLexicon()[word];
  return tags === 'Demonym' || (Array.isArray(tags) && tags.includes('Demonym'));
}

/** wink-nlp's tags of the words that can head a noun phrase: "Kim", "aides", "it", "two". */
export const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

// Words between a verb and the head of its object: "describe [the] car", "disclose [its new] model".
const OBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PART']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * The lemma of the noun the verb at `verb` takes as its object: "car" in "did
 * not describe the car", "delivery" in "took delivery of the car". Undefined
 * when a clause follows instead ("propose what the sanctions could be").
 */
export function objectNoun(words: Words, verb: number): string | undefined {
  let at = verb + 1;
  while (OBJECT_LEAD.has(words.pos[at] ?? '') || POSSESSIVES.has(words.normal[at] ?? '')) at += 1;
  return words.pos[at] === 'NOUN' ? (words.lemma[at] ?? words.normal[at]) : undefined;
}

/**
 * Whether `word`, as it stands in `text`, comes right before a noun it
 * qualifies: "Japanese" in "which Japanese car brand", not in "what did the
 * Japanese say". Read by wink-nlp's tagger.
 */
export function qualifiesNoun(text: string, word: string): boolean {
  const { value, pos } = readWords(text).words;
  const at = value.indexOf(word);
  return at >= 0 && (pos[at + 1] === 'NOUN' || pos[at + 1] === 'PROPN');
}

// wink-nlp's universal part-of-speech tags, as the compromise tags the text modules test for.
const TAGS_OF_POS: Readonly<Record<string, readonly string[]>> = {
  NOUN: ['Noun'],
  PROPN: ['Noun', 'ProperNoun'],
  PRON: ['Noun', 'Pronoun'],
  VERB: ['Verb'],
  AUX: ['Verb', 'Auxiliary'],
  DET: ['Determiner'],
  ADJ: ['Adjective'],
  ADV: ['Adverb'],
  ADP: ['Preposition'],
  CCONJ: ['Conjunction'],
  SCONJ: ['Conjunction'],
  NUM: ['Value'],
};
const QUESTION_WORD_SET = new Set(QUESTION_WORDS);
// After these, the next word is the noun asked about ("how many fumbles"), whatever its tag.
const COUNTING = new Set(['many', 'much']);

/** compromise-style tags of the wink token at `i`, its verb form read off its lemma. */
function tagsAt(t: Words, i: number): string[] {
  const normal = t.normal[i] ?? '';
  const value = t.value[i] ?? '';
  let pos = t.pos[i] ?? '';
  // After a possessive comes its noun: "the Panthers' tackle leader", "Manning's passer rating".
  const afterPossessive = /^['’]s?$/.test(t.value[i - 1] ?? '') && t.spaces[i - 1] === '';
  if (pos === 'VERB' && afterPossessive) pos = 'NOUN';
  // A capitalised word inside the text is a name, whatever its ending: "Peyton Manning".
  if (pos === 'VERB' && i > 0 && /^\p{Lu}/u.test(value)) pos = 'PROPN';
  // "how worried", "how many fumbles": an adjective, then the noun counted.
  if (pos === 'VERB' && t.normal[i - 1] === 'how') pos = 'ADJ';
  if (pos === 'VERB' && COUNTING.has(t.normal[i - 1] ?? '') && t.normal[i - 2] === 'how') pos = 'NOUN';
  // Relative "that" opens a clause; it is no noun of the subject.
  if (normal === 'that') return ['Determiner'];
  const tags = [...(TAGS_OF_POS[pos] ?? [])];
  if (QUESTION_WORD_SET.has(normal)) tags.push('QuestionWord');
  if (value.length > 1 && /^[A-Z.]+$/.test(value)) tags.push('Acronym');
  if (pos === 'VERB') {
    const lemma = t.lemma[i] ?? '';
    if (normal === lemma) tags.push('Infinitive');
    else if (!normal.endsWith('ing') && normal !== `${lemma}s` && normal !== `${lemma}es`) tags.push('PastTense');
  }
  return tags;
}

/**
 * Tags every word of `text` with compromise-style tags (see {@link TaggedTerm}),
 * read by wink-nlp's tagger: five times faster than compromise's full parse
 * (0.65 -> 0.14 ms a question), which matters on a refusal, the one answer
 * that rephrases the question. Punctuation is no term; a possessive ("Kim's")
 * and a hyphenated word ("Russian-made") are one term each, as in compromise.
 * Offsets are into `text`.
 */
export function tagWords(text: string): TaggedTerm[] {
  const t = readWords(text).words;
  const terms: { text: string; tags: readonly string[]; start: number; end: number }[] = [];
  let at = 0;
  t.value.forEach((value, i) => {
    const start = text.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    const previous = terms[terms.length - 1];
    const joined = previous !== undefined && t.spaces[i] === '' && previous.end === start;
    const possessive = value === "'s" || value === "'" || value === '’s' || value === '’';
    // "Kim's" keeps Kim's tags; "Russian-made", ending in a participle, is an adjective.
    if (joined && (possessive || value === '-' || t.value[i - 1] === '-')) {
      previous.text = text.slice(previous.start, at);
      previous.end = at;
      if (!possessive && value !== '-') previous.tags = t.pos[i] === 'VERB' ? ['Adjective'] : tagsAt(t, i);
      return;
    }
    if (t.pos[i] === 'PUNCT' || t.pos[i] === 'SYM') return;
    terms.push({ text: value, tags: tagsAt(t, i), start, end: at });
  });
  return terms;
}

interface VerbTransforms {
  readonly two?: {
    readonly transform?: { readonly verb?: { readonly conjugate?: (verb: string, model: unknown) => unknown } };
  };
}

/**
 * compromise's conjugation of a verb given in its plain form: `{ PastTense:
 * 'drove', PresentTense: 'drives', … }`. It calls compromise's transform on
 * the word itself, without parsing a sentence around it: 0.05 ms a verb,
 * where parsing "they drive" to conjugate it took 2 to 4 ms the first time
 * and 0.7 ms after. Whether the word is a verb is the caller's to know.
 */
export function conjugate(verb: string): Readonly<Record<string, string>> {
  const nlp = compromise();
  const methods = nlp.methods() as VerbTransforms;
  const forms = methods.two?.transform?.verb?.conjugate?.(verb, nlp.model());
  return forms !== null && typeof forms === 'object' ? (forms as Record<string, string>) : {};
}

/**
 * Whether `word` is a verb in its plain form, as wink-nlp tags it in the
 * frame "they …": "drive", "letter" and "own" are, "car" and "Kim" are not.
 * Alone, a word is tagged by its likeliest use ("drive" as a noun).
 */
export function isPlainVerb(word: string): boolean {
  const { pos, lemma } = readWords(`they ${word}`).words;
  // "have" and "do" are auxiliaries to wink, and verbs of their own too.
  return pos.length === 2 && (pos[1] === 'VERB' || pos[1] === 'AUX') && lemma[1] === word;
}
