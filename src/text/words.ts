/**
 * Word-level text handling shared by indexing, querying and highlighting.
 *
 * Everything here works on character offsets into the original text, so the
 * engine can always point back at the exact characters it matched.
 */

/** The English question words, lower-case. */
export const QUESTION_WORDS: readonly string[] = [
  'what',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'how',
];

/** The nouns that frame a request for a kind, singular: "what kind of car", "the brand of the car". */
export const KIND_FRAMES: readonly string[] = ['kind', 'type', 'sort', 'make', 'model', 'brand', 'version', 'marque'];

/** A word found in a text, with its position so it can be highlighted. */
export interface Word {
  /** Lower-cased, accent-free form used for matching. */
  readonly norm: string;
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just past the last character in the original text. */
  readonly end: number;
}

// Letters and digits, optionally joined by an apostrophe or a dot
// ("Kim’s", "U.N.", "3.5"), so abbreviations and possessives stay one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[A-Za-z0-9]+$/;
const POSSESSIVE = /['’]s$/;
const SHORT_ACRONYM = /^(?:[A-Z]{2,3}|[A-Z](?:\.[A-Z]){1,2})$/;
const SINGLE_LETTERS_WITH_DOTS = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Text as it is matched: compatibility forms decomposed (NFKD) and accents
 * dropped, lower case, and the curly apostrophe straightened. May change the
 * length (ﬁ → fi).
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
}

/**
 * Folds a raw word to its matching form: lower case, no accents, no
 * possessive "’s"; short acronyms ("UN", "U.N.") become "un." so they do not
 * match the word or name "un".
 */
export function normalizeWord(raw: string): string {
  // "UN" and "U.N." are not the "Un" of Kim Jong Un, nor "US" the pronoun "us":
  // short acronyms get a key of their own, marked by a trailing dot.
  const bare = raw.replace(POSSESSIVE, '');
  if (SHORT_ACRONYM.test(bare)) return `${bare.replace(/\./g, '').toLowerCase()}.`;
  // Most words are plain ASCII: skip Unicode normalization, the costliest step, for them.
  if (PLAIN_ASCII.test(raw)) return raw.toLowerCase();
  let word = foldText(raw);
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (SINGLE_LETTERS_WITH_DOTS.test(word)) return word.replace(/\./g, '');
  // Decimal numbers keep their dot; other dotted runs are two words glued by a typo.
  if (/^\d+(?:\.\d+)+$/.test(word)) return word;
  return word.replace(/['.]/g, '');
}

/** Calls `visit` with every raw (not normalized) word of `text` and its offsets, in order. */
export function forEachRawWord(text: string, visit: (raw: string, start: number, end: number) => void): void {
  for (const match of text.matchAll(WORD)) visit(match[0], match.index, match.index + match[0].length);
}

/** Splits text into words with their offsets. Never throws, whatever the input. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (norm.length === 0) continue;
    words.push({ norm, start: match.index, end: match.index + match[0].length });
  }
  return words;
}
