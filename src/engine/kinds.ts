/**
 * Kinds of a thing asked about in the plural. Members ask "is North Korea
 * sending weapons to Russia"; the reports name them, "artillery, rockets and
 * ballistic missiles", and a missile is a kind of weapon in WordNet. A corpus
 * word that is a kind of such a plural is evidence for a passage, at a
 * discount and outside the question's total weight.
 */
import { lemmaOfWord } from '../text/nlp.js';
import { stemWord } from '../text/terms.js';
import { kindsOf } from '../text/word-classes.js';
import type { SearchIndex } from './build.js';
import type { QueryTerm } from './query.js';

/** A kind of a thing asked about in the plural weighs this share of its own weight. */
export const KIND_WEIGHT = 0.6;
/**
 * A plural with more kinds than this in the corpus names a broad class
 * ("people", "activities"), whose kinds would pull any paragraph up.
 */
export const MAX_KINDS = 2;

/**
 * Terms for the corpus words that are kinds of the question's words in the
 * plural (`words` are the question's words the corpus has, normalized).
 */
export function kindsInCorpus(index: SearchIndex, words: readonly string[]): QueryTerm[] {
  const found: QueryTerm[] = [];
  for (const word of words) {
    if (!/[^s]s$/u.test(word)) continue;
    const lemma = lemmaOfWord(word);
    if (lemma === word) continue;
    for (const termId of corpusKindsOf(index, lemma))
      found.push({
        stem: index.stems[termId] ?? '',
        termId,
        weight: KIND_WEIGHT * (index.idf[termId] ?? 0),
        kind: true,
      });
  }
  return found;
}

// Per index, each lemma's kinds in the corpus as term ids; emptied when it holds this many lemmas.
const KINDS_CACHE_LIMIT = 10_000;
const kindsCache = new WeakMap<SearchIndex, Map<string, readonly number[]>>();

/** The term ids of corpus words that are kinds of `lemma`, none when there are more than {@link MAX_KINDS}. */
function corpusKindsOf(index: SearchIndex, lemma: string): readonly number[] {
  let cache = kindsCache.get(index);
  if (!cache) kindsCache.set(index, (cache = new Map()));
  let kinds = cache.get(lemma);
  if (kinds) return kinds;
  const termIdOf = (word: string) => index.termIds.get(stemWord(word));
  const words = kindsOf(lemma, (word) => termIdOf(word) !== undefined, MAX_KINDS) ?? [];
  kinds = [...new Set(words.flatMap((word) => termIdOf(word) ?? []))];
  if (cache.size >= KINDS_CACHE_LIMIT) cache.clear();
  cache.set(lemma, kinds);
  return kinds;
}
