/**
 * A question's phrasal verbs ("handed over", "hand the car over to"): the
 * verb and its particle stand for the corpus verbs WordNet relates to the
 * phrasal verb ("delivered").
 */
import { closesPhrasalVerb, isParticle, MAX_OBJECT_WORDS, phrasalVerbKey, type RelatedKey } from '../text/lexicon.js';
import { lemmaOfWord } from '../text/nlp.js';
import type { Word } from '../text/words.js';
import type { SearchIndex } from './build.js';

/**
 * The particle of the verb at word `at`, if one follows it: right after it
 * ("handed over the car") or after a short object ("hand the car over to",
 * "handed the vehicle over, and"), as {@link closesPhrasalVerb} tells. Read
 * from the question's plain words, which the query is built from; the
 * question readers of text/transfer-verbs.ts read wink-nlp's by the same rule.
 */
export function particleAfter(question: string, words: readonly Word[], at: number): string | undefined {
  for (let k = at + 1; k <= at + 1 + MAX_OBJECT_WORDS && k < words.length; k += 1) {
    const word = words[k];
    if (!word || /[,.;:!?]/u.test(question.slice(words[k - 1]?.end ?? 0, word.start))) return undefined;
    if (!isParticle(word.norm)) continue;
    const next = words[k + 1];
    const after = next && !/[,.;:!?]/u.test(question.slice(word.end, next.start)) ? next.norm : undefined;
    return closesPhrasalVerb(k - at, words[at + 1]?.norm, after) ? word.norm : undefined;
  }
  return undefined;
}

/**
 * The corpus words a phrasal verb stands for ("handed over" → delivered), or
 * undefined when `next` is no particle. The particle is checked first: a
 * word's lemma takes wink-nlp.
 */
export function phrasalRelatives(
  index: SearchIndex,
  word: string,
  next: string | undefined,
): readonly RelatedKey[] | undefined {
  if (!isParticle(next) || !/^[a-z]+$/u.test(word)) return undefined;
  const key = phrasalVerbKey(lemmaOfWord(word), next);
  return key === undefined ? undefined : index.related.get(key);
}
