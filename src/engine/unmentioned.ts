/**
 * Refusals for what the reports never mention: the noun a question asks to
 * be named ("the Kremlin spokesman"), or the made thing it asks which of
 * ("which factory built the car"). Passages about the rest of the question
 * cannot name or pick out what they never speak of.
 */
import { lemmaOfWord } from '../text/nlp.js';
import { stemWord } from '../text/terms.js';
import { isArtifactNoun } from '../text/word-classes.js';
import type { SearchIndex } from './build.js';
import type { QueryPlan } from './rank.js';

/**
 * Whether a what- or which-question asks about a made thing the corpus never
 * names, by its word or one WordNet relates to it: "what's the licence plate
 * on Kim's new car", "which factory built the car". A noun before it that
 * the corpus has may make it the corpus's thing in other words: "which media
 * outlet reported it" asks about the reports' "state media".
 */
export function asksForAThingNeverMentioned(index: SearchIndex, plan: QueryPlan): boolean {
  const { thing } = plan;
  if (thing === undefined) return false;
  const known = (word: string) => index.termIds.has(stemWord(word)) || index.related.has(stemWord(word));
  return !known(thing.noun) && !known(thing.typed) && !thing.modifiers.some(known);
}

/**
 * Whether the noun a question asks to be named is one the reports never
 * mention. "What is the name of the Kremlin spokesman": reports that never
 * mention a spokesman cannot name one. Nor can they name "the russian space
 * base" when the only corpus word of its stem is "based" ("Washington-based"):
 * a made thing is mentioned in its noun's own form, singular or plural.
 */
export function focusNeverMentioned(index: SearchIndex, plan: QueryPlan): boolean {
  const focus = plan.focus;
  if (focus === undefined) return false;
  if (plan.terms.some((term) => term.termId < 0 && term.stem === focus)) return true;
  if (!index.termIds.has(focus)) return false;
  // Only a made thing: a person or a group is named by what the reports say it did ("translated
  // by …" names the translator, "published by …" the publisher).
  const noun = plan.focusWord;
  if (noun === undefined || !isArtifactNoun(lemmaOfWord(noun))) return false;
  return !nounForms(noun).some((form) => index.vocabulary.has(form));
}

/** A noun's singular and plural forms, as the corpus may write them. */
function nounForms(noun: string): string[] {
  const singular = lemmaOfWord(noun);
  const plurals = [`${singular}s`, `${singular}es`, singular.replace(/y$/u, 'ies')];
  return [noun, singular, ...plurals];
}
