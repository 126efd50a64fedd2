/**
 * Turning a question into weighted search terms.
 *
 * The question is plain text: nothing in it is query syntax. Words the corpus
 * does not contain are corrected to the nearest corpus word when one is close
 * enough, so "deliverd" finds "delivered" without fuzzy matching the words
 * that are already right (which costs accuracy, see BENCHMARKS.md).
 */
import { questionCue } from '../text/cues.js';
import { stemWord, stopWordKey } from '../text/terms.js';
import { splitWords } from '../text/words.js';
import { inverseDocumentFrequency, type SearchIndex } from './build.js';
import { planQuery, type QueryPlan } from './rank.js';

/** One distinct term of a question. */
export interface QueryTerm {
  readonly stem: string;
  /** Term id in the index, or -1 when no paragraph contains the term, even after correction. */
  readonly termId: number;
  /** Inverse document frequency: how much a match on this term says. */
  readonly weight: number;
}

/** A question's terms, and all its words as keys for phrase matching. */
export interface ParsedQuestion {
  readonly terms: readonly QueryTerm[];
  /** Every word in order: term ids, stop-word keys, or {@link UNKNOWN_WORD}. */
  readonly wordKeys: readonly number[];
}

/** Questions longer than this many words are cut: the rest adds latency, not meaning. */
export const MAX_QUESTION_WORDS = 80;
/** Word key of a word the corpus does not have: it matches nothing. */
export const UNKNOWN_WORD = Number.MIN_SAFE_INTEGER;

/** Parses a question into distinct weighted terms, in the order they appear. */
export function parseQuestion(index: SearchIndex, question: string): ParsedQuestion {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  const wordKeys: number[] = [];
  for (const word of splitWords(question).slice(0, MAX_QUESTION_WORDS)) {
    const stopKey = stopWordKey(word.norm);
    if (stopKey !== undefined) {
      wordKeys.push(stopKey);
      continue;
    }
    const ownStem = stemWord(word.norm);
    const termId = index.termIds.get(ownStem) ?? correctTypo(index, word.norm) ?? -1;
    wordKeys.push(termId >= 0 ? termId : UNKNOWN_WORD);
    const stem = termId >= 0 ? (index.stems[termId] ?? ownStem) : ownStem;
    if (seen.has(stem)) continue;
    seen.add(stem);
    const weight = termId >= 0 ? (index.idf[termId] ?? 0) : inverseDocumentFrequency(index.entries.length, 0);
    terms.push({ stem, termId, weight });
  }
  return { terms, wordKeys };
}

/** Everything ranking needs to know about a question. */
export function planQuestion(index: SearchIndex, question: string): QueryPlan {
  return planQuery(parseQuestion(index, question), questionCue(question));
}

// Short words have too many neighbours one edit away to guess safely.
function maxEditDistance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * The term id of the closest corpus word within the edit budget, found by
 * MiniSearch's fuzzy search over the corpus's words; of equally close words,
 * the most common wins.
 */
function correctTypo(index: SearchIndex, word: string): number | undefined {
  const distance = maxEditDistance(word);
  if (distance === 0 || /\d/.test(word)) return undefined;
  let best: { termId: number; score: number; df: number } | undefined;
  for (const { id, score } of index.vocabulary.search(word, { fuzzy: distance })) {
    const termId = index.termIds.get(stemWord(id as string));
    if (termId === undefined) continue;
    const df = index.documentFrequency[termId] ?? 0;
    if (!best || score > best.score || (score === best.score && df > best.df)) best = { termId, score, df };
  }
  return best?.termId;
}
