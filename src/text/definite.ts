/**
 * The things a question speaks of by a definite description, and the things
 * a sentence names.
 *
 * "Who drove the car to Pyongyang" asks about one car, known to the asker as
 * "the car". A sentence about "a Maybach limousine" names another thing of the
 * same kind: it is no answer, however many of the question's words it has. A
 * question naming its thing ("Putin's Aurus limousine") or owning it ("his
 * car") is not read this way: the owner may be the one the sentence names.
 */
import { readWords, type Words } from './nlp.js';
import { stemWord } from './terms.js';
import { isListedWord } from './word-classes.js';

/** What a question speaks of by "the …": the nouns (as lemmas) and the words that describe them. */
export interface DefiniteThings {
  /** Lemmas of the nouns after "the" and any adjectives: "car" in "the new car". */
  readonly nouns: readonly string[];
  /**
   * Stems of the words of a clause that tells which thing is meant ("Putin
   * gave Kim" in "the car Putin gave Kim"): what they match says which car,
   * not what is asked about it.
   */
  readonly description: ReadonlySet<string>;
}

/** A question that speaks of nothing by "the …". */
export const NO_DEFINITE_THINGS: DefiniteThings = Object.freeze({ nouns: [], description: new Set<string>() });

// A name, a pronoun or a noun can be the subject or the object of a clause that describes a thing.
const CLAUSE_PART = new Set(['PROPN', 'PRON', 'NOUN']);

/**
 * The nouns a cleaned question introduces with "the" ("the car", "the new
 * car"), and the words of the clause right after one that says which it is
 * ("the car Putin gave Kim"). Never throws.
 */
export function definiteThings(cleanedQuestion: string): DefiniteThings {
  // A question without "the" skips reading.
  if (typeof cleanedQuestion !== 'string' || !/\bthe\b/i.test(cleanedQuestion)) return NO_DEFINITE_THINGS;
  const { normal, pos, lemma } = readWords(cleanedQuestion).words;
  const nouns: string[] = [];
  const description = new Set<string>();
  for (let i = 0; i < pos.length; i += 1) {
    if (pos[i] !== 'NOUN') continue;
    let before = i - 1;
    while (pos[before] === 'ADJ') before -= 1;
    if (normal[before] !== 'the') continue;
    nouns.push(lemma[i] ?? '');
    // A clause without its "that": subject, verb, object ("the car Putin gave Kim").
    let at = i + 1;
    const subject = at;
    while (CLAUSE_PART.has(pos[at] ?? '')) at += 1;
    if (at === subject || pos[at] !== 'VERB') continue;
    const object = (at += 1);
    while (CLAUSE_PART.has(pos[at] ?? '')) at += 1;
    if (at === object) continue;
    for (let k = subject; k < at; k += 1) description.add(stemWord(normal[k] ?? ''));
  }
  return nouns.length === 0 ? NO_DEFINITE_THINGS : { nouns, description };
}

/**
 * The lemma of the noun at `i` when a proper name stands right before it,
 * adjectives between: "limousine" in "a Maybach limousine" and in "a
 * Mercedes-Maybach Pullman Guard armored limousine". Undefined otherwise.
 */
export function namedThingAt(words: Words, i: number): string | undefined {
  if (words.pos[i] !== 'NOUN') return undefined;
  let before = i - 1;
  while (words.pos[before] === 'ADJ') before -= 1;
  if (words.pos[before] !== 'PROPN') return undefined;
  let start = before;
  while (words.pos[start - 1] === 'PROPN') start -= 1;
  // A sentence's capital makes wink take a common word for a name: "Overactive immune responses…".
  if (start === 0 && isListedWord(words.normal[0] ?? '')) return undefined;
  return words.lemma[i];
}
