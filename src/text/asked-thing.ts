/**
 * The made thing a what- or which-question asks about: "the licence plate" in
 * "what's the licence plate on Kim's new car", "factory" in "which factory
 * built the car". Reports that never mention such a thing cannot say which
 * one it is.
 */
import { questionWord } from './chatter.js';
import { readWords } from './nlp.js';
import { BE, headNounAt } from './question-kinds.js';
import { isArtifactNoun } from './word-classes.js';
import { KIND_FRAMES } from './words.js';

/** The made thing a question asks about. Words are lower-cased and, but for `noun`, as typed. */
export interface AskedThing {
  /** The head noun's lemma: "plate". */
  readonly noun: string;
  /** The head noun: "plates". */
  readonly typed: string;
  /** The nouns before it in its phrase: "licence" (wink-nlp's own form would be "license"). */
  readonly modifiers: readonly string[];
}

/**
 * The made thing (a noun whose main WordNet sense is an artifact) a what- or
 * which-question asks about, or undefined: "what's the licence plate on…"
 * asks about a plate, with "licence" before it; "what kind of car" asks a
 * kind, and "what did Putin write" no thing.
 */
export function askedThing(cleanedQuestion: string): AskedThing | undefined {
  const asked = questionWord(cleanedQuestion);
  if (asked?.kind !== 'which' && asked?.kind !== 'what') return undefined;
  const { value, normal, pos, lemma } = readWords(cleanedQuestion.slice(asked.start)).words;
  const from = BE.has(normal[1] ?? '') ? 2 : 1;
  const at = headNounAt(normal, pos, from);
  const noun = at === undefined ? '' : (lemma[at] ?? '');
  if (at === undefined || KIND_FRAMES.includes(noun) || !isArtifactNoun(noun)) return undefined;
  const typed = (k: number) => value[k]?.toLowerCase() ?? '';
  const modifiers: string[] = [];
  for (let k = from; k < at; k += 1) if (pos[k] === 'NOUN') modifiers.push(typed(k));
  return { noun, typed: typed(at), modifiers };
}
