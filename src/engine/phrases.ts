/**
 * Phrases: a question's neighbouring words, matched word for word in a
 * paragraph. Two- and three-word phrases, stop words included, are evidence
 * that the paragraph says what the question asks in the same words.
 */
import { UNKNOWN_WORD } from './query.js';

/**
 * A question's phrases of one length: their keys and weights, side by side.
 * A question has a few; arrays of plain numbers are searched without the
 * garbage that looking up a large number in a Map makes.
 */
export interface Phrases {
  readonly keys: Float64Array;
  readonly weights: Float64Array;
  /** The sum of `weights`. */
  readonly total: number;
}

/** A 32-bit hash naming three neighbouring words; a rare collision only nudges a score. */
export function trigramKey(first: number, second: number, third: number): number {
  return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) ^ third;
}

// Word keys are term ids (>= 0) or small negative stop-word keys; this offset
// makes both non-negative so two fit in one exact double.
const PHRASE_KEY_OFFSET = 1024;
const PHRASE_KEY_BASE = 2 ** 26;

/** One number naming a pair of neighbouring words. */
export function phraseKey(first: number, second: number): number {
  return (first + PHRASE_KEY_OFFSET) * PHRASE_KEY_BASE + (second + PHRASE_KEY_OFFSET);
}

// Which of the question's phrases phraseShare has counted in the current paragraph. A question
// has at most MAX_QUESTION_WORDS of each length; the buffer grows if ever it needs to.
let counted = new Uint8Array(64);

/**
 * The share of a question's n-word phrases (`wanted`, keyed by {@link phraseKey}
 * or {@link trigramKey}, with their weights) that the paragraph's words hold
 * word for word; each phrase counts once.
 */
export function phraseShare(keys: Int32Array, wanted: Phrases, length: 2 | 3): number {
  const size = wanted.keys.length;
  if (size === 0 || wanted.total <= 0) return 0;
  if (counted.length < size) counted = new Uint8Array(size * 2);
  counted.fill(0, 0, size);
  let weight = 0;
  for (let i = length - 1; i < keys.length; i++) {
    const key = phraseKeyEndingAt(keys, i, length);
    for (let j = 0; j < size; j++) {
      if (wanted.keys[j] !== key || counted[j]) continue;
      counted[j] = 1;
      weight += wanted.weights[j] ?? 0;
    }
  }
  return weight / wanted.total;
}

/** The key of the `length`-word phrase of `keys` that ends at `end`: {@link phraseKey} or {@link trigramKey}. */
function phraseKeyEndingAt(keys: ArrayLike<number>, end: number, length: 2 | 3): number {
  const last = keys[end] ?? 0;
  const previous = keys[end - 1] ?? 0;
  return length === 2 ? phraseKey(previous, last) : trigramKey(keys[end - 2] ?? 0, previous, last);
}

/**
 * A question's `length`-word phrases with their weights: a phrase weighs what
 * its rarest content word weighs; one with a word the corpus lacks, or with
 * stop words only, says nothing.
 */
export function questionPhrases(
  wordKeys: readonly number[],
  weightOf: ReadonlyMap<number, number>,
  length: 2 | 3,
): Phrases {
  const phrases = new Map<number, number>();
  for (let end = length - 1; end < wordKeys.length; end++) {
    const keys = wordKeys.slice(end - length + 1, end + 1);
    if (keys.includes(UNKNOWN_WORD) || keys.every((key) => key < 0)) continue;
    const weight = Math.max(...keys.map((key) => (key >= 0 ? (weightOf.get(key) ?? 0) : 0)));
    phrases.set(phraseKeyEndingAt(wordKeys, end, length), weight);
  }
  const weights = Float64Array.from(phrases.values());
  return { keys: Float64Array.from(phrases.keys()), weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
}

/** An acronym the corpus uses and the term ids of the words it spells out: "U.N." and "United Nations". */
export interface SpelledAcronym {
  /** The spelled-out words' keys, in order. */
  readonly words: Int32Array;
  /** The acronym's own term id, which the spelled-out words stand for in a phrase. */
  readonly key: number;
}

/** Spelled-out acronyms by their first word's key, longest spelling first. */
export type SpellingsByFirstWord = ReadonlyMap<number, readonly SpelledAcronym[]>;

/** Groups spellings by their first word, longest first, so that the longest match wins. */
export function spellingsByFirstWord(spellings: Iterable<SpelledAcronym>): SpellingsByFirstWord {
  const byFirst = new Map<number, SpelledAcronym[]>();
  for (const spelling of spellings) {
    const first = spelling.words[0];
    if (first === undefined || spelling.words.length < 2) continue;
    const list = byFirst.get(first) ?? [];
    list.push(spelling);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.key - b.key);
  return byFirst;
}

/**
 * `keys` with each spelled-out acronym replaced by the acronym's key, so that
 * "United Nations sanctions" and "U.N. sanctions" make the same phrase. Done
 * to a paragraph's words and a question's alike; `keys` itself when nothing
 * is spelled out.
 */
export function collapseSpellings<T extends ArrayLike<number>>(keys: T, spellings: SpellingsByFirstWord): T | number[] {
  if (spellings.size === 0) return keys;
  let collapsed: number[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const candidates = spellings.get(keys[i] ?? 0);
    const spelling = candidates?.find((candidate) => spelledAt(keys, i, candidate.words));
    if (spelling) {
      collapsed ??= Array.from({ length: i }, (_, j) => keys[j] ?? 0);
      collapsed.push(spelling.key);
      i += spelling.words.length - 1;
    } else {
      collapsed?.push(keys[i] ?? 0);
    }
  }
  return collapsed ?? keys;
}

function spelledAt(keys: ArrayLike<number>, at: number, words: Int32Array): boolean {
  if (at + words.length > keys.length) return false;
  for (let j = 1; j < words.length; j++) if (keys[at + j] !== words[j]) return false;
  return true;
}
