/**
 * What answer-kinds.ts reads in a sentence: the kinds of answer it holds and
 * the words of the roles a question may ask about (who speaks, who gives, to
 * whom, what is counted).
 */

import type { Giver } from './transfer-verbs.js';

/** What a sentence holds that a question may ask for. */
export interface SentenceReading {
  /** The kinds of answer it holds (AnswerKind flags). */
  readonly kinds: number;
  /**
   * Nouns the sentence gives a name to, lower-cased: "his sister Kim Yo Jong"
   * names "sister", "North Korean leader Kim Jong Un" names "leader". They
   * answer "what is the name of Kim's sister".
   */
  readonly namedNouns: readonly string[];
  /** The names it holds, each as its words (lower-cased) and the kinds it is: who or where a question may ask about. */
  readonly names: readonly SentenceName[];
  /**
   * Whether a word has a colour sense in WordNet, the main one or not: "in
   * gold" gives a colour though gold is a metal first. Too loose to rank by,
   * but a passage without one gives no colour.
   */
  readonly colourSense: boolean;
  /** Lemmas of its common nouns: "car", "limousine". */
  readonly nouns: readonly string[];
  /** Lemmas of the common nouns a proper name stands right before: "limousine" in "a Maybach limousine". */
  readonly namedThings: readonly string[];
  /** The subjects of its verbs of telling, each as stems: "Kim Yo Jong courteously conveyed" (speakers.ts). */
  readonly speakers: readonly (readonly string[])[];
  /** Whom its giving verbs hand something to, each as stems: "delivered to Kim's top aides" (transfer-verbs.ts). */
  readonly recipients: readonly (readonly string[])[];
  /** What each of its counts counts, as its words (lower-cased): "two armored … vehicles" (counts.ts). */
  readonly counts: readonly (readonly string[])[];
  /** Who hands something over, each as words (lower-cased): "Kim Yo Jong courteously conveyed" (transfer-verbs.ts). */
  readonly givers: readonly Giver[];
  /** The stem of each of its words, in order: how near a name stands to a question's words. */
  readonly stems: readonly string[];
  /** Lemmas of the nouns a negated verb of telling takes as its object: "car" in "did not describe the car". */
  readonly untold: readonly string[];
}

/** A name in a sentence: "Kim Yo Jong" is a Person. */
export interface SentenceName {
  readonly words: readonly string[];
  readonly kinds: number;
  /** Where it starts among the sentence's tokens. */
  readonly start: number;
}
