/**
 * Correcting a question word the corpus lacks to the corpus word it was
 * meant to be, by MiniSearch's fuzzy lookup in the corpus's words and by
 * swapped letters, or to the two corpus words it runs together, or else to
 * the English word it was meant to be, when that word stands for corpus words.
 */
import { isListedWord, isWordInUse, rememberedPerWord, wordUsage } from '../text/word-classes.js';
import { stemWord, stopWordKey } from '../text/terms.js';
import { listsSpelling } from '../text/wordnet.js';
import type { SearchIndex } from './build.js';

/** Words this long or longer may be two edits off: "Ghengis" is "Genghis", "Mnafeld" "Mansfeld". */
export const TWO_EDITS_FROM_LENGTH = 7;

// Short words have too many neighbours one edit away to guess safely. A word in use is no typo
// at any length: "impressed" is two edits from the corpus's "expressed", and means something else.
function maxEditDistance(word: string): number {
  if (word.length < 4 || isWordInUse(word)) return 0;
  return word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
}

/**
 * A misspelt word's correction: the word meant, and the corpus term it is or
 * stands for. The word is the corpus's own spelling, or an English word the
 * corpus lacks that WordNet relates to the term (correctToEnglish).
 */
export interface Correction {
  readonly word: string;
  readonly termId: number;
}

/**
 * The closest corpus word within the edit budget, and its term, found by
 * MiniSearch's fuzzy lookup in the corpus's words. Closeness is MiniSearch's
 * own for fuzzy matches, length / (length + distance), so of two words one
 * edit away the longer wins ("sould" is "should" before "soul"); then the
 * most common. A swap of two neighbouring letters beats any other two edits.
 */
export function correctTypo(index: SearchIndex, word: string): Correction | undefined {
  const budget = maxEditDistance(word);
  if (budget === 0 || /\d/.test(word)) return undefined;
  let best: { word: string; termId: number; closeness: number; df: number; distance: number } | undefined;
  for (const [corpusWord, [termId, distance]] of index.vocabulary.fuzzyGet(word, budget)) {
    const closeness = corpusWord.length / (corpusWord.length + distance);
    const df = index.documentFrequency[termId] ?? 0;
    if (!best || closeness > best.closeness || (closeness === best.closeness && df > best.df)) {
      best = { word: corpusWord, termId, closeness, df, distance };
    }
  }
  // Two neighbouring letters swapped are one slip, though two edits to Levenshtein: "tackels" is
  // "tackles", not the commoner "packet", also two edits away.
  if (best && best.distance < 2) return { word: best.word, termId: best.termId };
  return transposed(index, word) ?? (best ? { word: best.word, termId: best.termId } : inflectedElsewhere(index, word));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Each way to add one letter at `at` in `word` and, before its `end`, to drop
 * or change the letter there, in a fixed order: a word and its stem, edited
 * at the same place, yield their spellings in step.
 */
function* editsAt(word: string, at: number, end: number): Generator<string> {
  const head = word.slice(0, at);
  if (at < end) yield head + word.slice(at + 1);
  for (const letter of LETTERS) {
    if (at < end && letter !== word[at]) yield head + letter + word.slice(at + 1);
    yield head + letter + word.slice(at);
  }
}

/**
 * A word one edit from `word` that is in use and has a corpus term as its
 * stem, though the corpus writes the word in another form: "acused" is
 * "accused", whose stem is the corpus's "accusation". MiniSearch's fuzzy
 * lookup only reaches the forms the corpus writes. The edit is made in the
 * word's stem and looked up among the corpus's terms; only a hit is made in
 * the word too and checked, so a question pays map lookups, not a stem for
 * each of hundreds of spellings. Of several, the commonest term.
 */
function inflectedElsewhere(index: SearchIndex, word: string): Correction | undefined {
  // A word WordNet lists is no typo, if rare: "rubles" is not "rules".
  if (isListedWord(word)) return undefined;
  const stem = stemWord(word);
  // The same edit at the same place in the word and its stem needs the stem to begin the word.
  if (!word.startsWith(stem)) return undefined;
  let best: { word: string; termId: number; df: number } | undefined;
  for (let at = 0; at <= stem.length; at++) {
    const spellings = editsAt(word, at, stem.length);
    for (const edited of editsAt(stem, at, stem.length)) {
      const spelling = spellings.next().value ?? '';
      const termId = index.termIds.get(edited);
      if (termId === undefined || stemWord(spelling) !== edited || !isWordInUse(spelling)) continue;
      const df = index.documentFrequency[termId] ?? 0;
      if (!best || df > best.df) best = { word: spelling, termId, df };
    }
  }
  return best && { word: best.word, termId: best.termId };
}

/**
 * The corpus term a word with two neighbouring letters swapped stands for
 * ("trian" → "train"): the commonest typo of all, and two edits to
 * MiniSearch's Levenshtein distance.
 */
function transposed(index: SearchIndex, word: string): Correction | undefined {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    const termId = index.termIds.get(stemWord(swapped));
    if (termId !== undefined) return { word: swapped, termId };
  }
  return undefined;
}

/** The shortest half of a run-together word: with three letters, a misspelt name ("ableine") split into two words. */
const MIN_RUN_TOGETHER_PART = 4;

/** Each way to cut `word` in two halves of at least `shortest` letters, left to right. */
export function* halves(word: string, shortest: number): Generator<[string, string]> {
  for (let at = shortest; at <= word.length - shortest; at++) yield [word.slice(0, at), word.slice(at)];
}

/** A half of a run-together word that is an English word the corpus lacks ("port" in "spaceport"). */
export const ENGLISH_HALF = -1;

/**
 * The corpus terms of a word that is two words typed without the space
 * between them ("northkorea" → north, korea; "Superbowl" → super, bowl), or
 * undefined. One of them may be an English word the corpus lacks, given as
 * {@link ENGLISH_HALF}: "spaceport" is the corpus's "space" and a port, when
 * no split has two corpus words. A word WordNet lists is a word of its own:
 * "bulletproof" is not a bullet and a proof. Of several splits, the most even
 * wins.
 */
export function splitRunTogether(index: SearchIndex, word: string): [number, number] | undefined {
  if (word.length < 2 * MIN_RUN_TOGETHER_PART || /\d/.test(word) || isListedWord(word)) return undefined;
  let best: { parts: [number, number]; shorter: number; both: boolean } | undefined;
  for (const [head, tail] of halves(word, MIN_RUN_TOGETHER_PART)) {
    const left = index.termIds.get(stemWord(head));
    const right = index.termIds.get(stemWord(tail));
    if (left === undefined && right === undefined) continue;
    const both = left !== undefined && right !== undefined;
    if (!both && !isListedWord(left === undefined ? head : tail)) continue;
    const shorter = Math.min(head.length, tail.length);
    if (!best || (both && !best.both) || (both === best.both && shorter > best.shorter))
      best = { parts: [left ?? ENGLISH_HALF, right ?? ENGLISH_HALF], shorter, both };
  }
  return best?.parts;
}

/** Words shorter than this are corrected to an English word only by a swap or a missing letter: "giv", "teh". */
const ANY_SLIP_FROM_LENGTH = 4;

/**
 * The spellings one slip from `word`, likeliest slip first, a group per slip,
 * each made only when asked for: two neighbouring letters swapped, a letter
 * left out ("givng"), a letter too many, a letter mistyped.
 */
function* slips(word: string): Generator<string[]> {
  const swapped: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  yield swapped;
  const missing: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    for (const letter of LETTERS) missing.push(word.slice(0, i) + letter + word.slice(i));
  }
  yield missing;
  if (word.length < ANY_SLIP_FROM_LENGTH) return;
  const extra: string[] = [];
  for (let i = 0; i < word.length; i++) extra.push(word.slice(0, i) + word.slice(i + 1));
  yield extra;
  const mistyped: string[] = [];
  for (let i = 0; i < word.length; i++) {
    for (const letter of LETTERS) if (letter !== word[i]) mistyped.push(word.slice(0, i) + letter + word.slice(i + 1));
  }
  yield mistyped;
}

/**
 * The English word one slip from `word`, a word the corpus lacks and WordNet
 * does not list, when it leads somewhere: "worreid" is "worried", which
 * WordNet relates to the corpus's "concern"; "teh" is "the", a stop word.
 * The word meant is chosen first, then checked: of the likeliest slip
 * ({@link slips}) that makes a stop word or a word WordNet lists, the stop
 * word or the word it met most in use. "goin" is "going", which leads
 * nowhere, not "join", which might.
 */
export function correctToEnglish(index: SearchIndex, word: string): string | undefined {
  const meant = englishWordMeant(word);
  if (meant === '') return undefined;
  return stopWordKey(meant) !== undefined || index.related.has(stemWord(meant)) ? meant : undefined;
}

/**
 * The English word `word` was meant to be, as {@link correctToEnglish}
 * chooses it, or '' for none. It depends on the word alone, so it is
 * remembered: a member's next question with the same slip costs a lookup.
 */
const englishWordMeant: (word: string) => string = rememberedPerWord((word) => {
  if (word.length < 3 || /\d/.test(word) || isListedWord(word) || isWordInUse(word)) return '';
  for (const group of slips(word)) {
    const words = new Set(group.filter((spelling) => stopWordKey(spelling) !== undefined || listsSpelling(spelling)));
    const stopWord = [...words].find((spelling) => stopWordKey(spelling) !== undefined);
    if (stopWord !== undefined) return stopWord;
    // How much a word is in use takes WordNet's index lines: read only to choose between words.
    if (words.size > 1) return [...words].reduce((best, other) => (wordUsage(other) > wordUsage(best) ? other : best));
    for (const only of words) return only;
  }
  return '';
});
