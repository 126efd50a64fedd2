/**
 * Two-word names a question gives that the reports never write: "State
 * Department", whose words the corpus has apart ("state media", "departed").
 */
import { stemWord } from '../text/terms.js';
import type { Word } from '../text/words.js';
import type { SearchIndex } from './build.js';
import { halves } from './typos.js';

/**
 * Two-word names the question gives that no paragraph writes: "State
 * Department" is a name the reports lack, though they say "state media" and
 * "departed" (SearchIndex.compounds, and SearchIndex.writtenCompounds for
 * the names they do write). Only words typed side by side count: "Victoria's
 * land" is no Victoria Land.
 */
export function namesTheReportsLack(index: SearchIndex, question: string, words: readonly Word[]): string[] {
  const lacked: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]];
    if (!first || !second || !/^\s+$/u.test(question.slice(first.end, second.start))) continue;
    if (!index.compounds.get(first.norm)?.includes(second.norm)) continue;
    if (/['’]s?$/u.test(question.slice(first.start, first.end))) continue;
    // A name with a word the corpus lacks is found through that word (query.ts); here both are corpus words.
    const firstStem = stemWord(first.norm);
    const secondStem = stemWord(second.norm);
    if (!index.termIds.has(firstStem) || !index.termIds.has(secondStem)) continue;
    if (!index.writtenCompounds.has(`${firstStem} ${secondStem}`)) lacked.push(question.slice(first.start, second.end));
  }
  return lacked;
}

/** The shortest word of a two-word name looked for in a word typed without its space. */
const MIN_NAME_PART = 3;

/**
 * Whether a word the corpus lacks is a two-word name WordNet lists, typed
 * without its space: "whitehouse" is the White House.
 */
export function isNameRunTogether(index: SearchIndex, word: string): boolean {
  if (!/^[a-z]+$/u.test(word)) return false;
  for (const [first, second] of halves(word, MIN_NAME_PART))
    if (index.compounds.get(first)?.includes(second)) return true;
  return false;
}
