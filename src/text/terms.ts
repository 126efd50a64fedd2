/**
 * Turning words into index terms: English stop words are dropped and the rest
 * are reduced to their Porter2 stem, the configuration that measured best on
 * SQuAD (see BENCHMARKS.md).
 */
import { stem as porter2 } from 'porter2';
import { eng } from 'stopword';

// Words of the stopword package's list that name things here: "the make and model … was not
// disclosed" is the reports' answer to "what brand is it", and WordNet relates "brand" to "make".
const CONTENT_WORDS: ReadonlySet<string> = new Set(['make']);

// Words that carry no meaning in a question. The stopword package's list (less CONTENT_WORDS) plus
// question words and auxiliaries it lacks, then the contractions of those words,
// which members type with the apostrophe or without ("didn't", "didnt"): the
// apostrophe is dropped when a word is normalized. Forms that are also words
// ("ill", "shed", "wed") are left out. New words go last, so the keys of the
// others ({@link stopWordKey}) stay as they were.
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng.filter((word) => !CONTENT_WORDS.has(word)),
  ...['does', 'doing', 'done', 'whom', 'whose', 'why', 'when', 'its', 'were', 'will', 'shall'],
  ...['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'couldnt', 'wont'],
  ...['wouldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt', 'mustnt', 'aint', 'im', 'ive', 'youre', 'youve'],
  ...['theyre', 'theyve', 'weve', 'hes', 'shes', 'thats', 'theres'],
]);

// Stemming dominates analysis time, and words repeat a lot: remember recent
// stems. The cap keeps memory bounded when users type endless new words.
const STEM_CACHE_LIMIT = 200_000;
// Real words are short; a long "word" is made up (a pasted hash, a flood of
// letters). Caching those would let 200,000 questions hold gigabytes.
const CACHED_WORD_MAX_LENGTH = 40;
const stemCache = new Map<string, string>();

/** Porter2 stem of a normalized word, memoized for words of ordinary length. */
export function stemWord(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = porter2(word);
    if (word.length > CACHED_WORD_MAX_LENGTH) return stemmed;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Characters held by the stem cache's keys, to check that its memory stays bounded. */
export function stemCacheCharacters(): number {
  let characters = 0;
  for (const word of stemCache.keys()) characters += word.length;
  return characters;
}

/** True when a normalized word carries no meaning for retrieval. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const STOP_WORD_KEYS = new Map([...STOP_WORDS].map((word, i) => [word, -1 - i]));

/**
 * A negative number naming a stop word, so phrases can be compared word by
 * word (stop words included) in the same integer space as term ids.
 * Undefined for a word that is not a stop word.
 */
export function stopWordKey(word: string): number | undefined {
  return STOP_WORD_KEYS.get(word);
}
