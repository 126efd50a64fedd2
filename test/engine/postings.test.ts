import { describe, expect, it } from 'vitest';
import { keyWordsWith } from '../../src/engine/analysis.js';
import { buildPostings, countInRange, topByBm25 } from '../../src/engine/postings.js';
import { runToEnd } from '../../src/engine/steps.js';
import { TextStoreBuilder } from '../../src/engine/store.js';

/** Analyzes texts with a shared, growing term dictionary; returns their store and the term ids. */
function analyzeAll(texts: string[]) {
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    if (!ids.has(word)) ids.set(word, ids.size);
    return ids.get(word) ?? -1;
  };
  const builder = new TextStoreBuilder();
  for (const text of texts) builder.add(text, keyWordsWith(idOf));
  return { store: runToEnd(builder.finish()), ids };
}

describe('postings', () => {
  const { store, ids } = analyzeAll(['ferry storm ferry', 'storm harbour', 'captain']);
  const postings = runToEnd(buildPostings(store, ids.size));
  const id = (word: string) => ids.get(word) ?? -1;
  const docsOf = (word: string) =>
    Array.from(postings.docs.subarray(postings.offsets[id(word)], postings.offsets[id(word) + 1]));
  const freqsOf = (word: string) =>
    Array.from(postings.freqs.subarray(postings.offsets[id(word)], postings.offsets[id(word) + 1]));

  it('lists each term’s paragraphs in order with their term frequency', () => {
    expect(docsOf('ferry')).toEqual([0]);
    expect(freqsOf('ferry')).toEqual([2]);
    expect(docsOf('storm')).toEqual([0, 1]);
    expect(freqsOf('storm')).toEqual([1, 1]);
    expect(docsOf('captain')).toEqual([2]);
    expect(Array.from(postings.lengths)).toEqual([3, 2, 1]);
    expect(postings.averageLength).toBe(2);
  });

  it('ranks by BM25: more occurrences and rarer terms first, ties in paragraph order', () => {
    expect(topByBm25(postings, [{ termId: id('storm'), weight: 1 }], 10)).toEqual([1, 0]);
    expect(
      topByBm25(
        postings,
        [
          { termId: id('storm'), weight: 0.5 },
          { termId: id('ferry'), weight: 2 },
        ],
        10,
      ),
    ).toEqual([0, 1]);
  });

  it('counts the paragraphs of a range that contain a term', () => {
    expect(countInRange(postings, id('storm'), 0, 3)).toBe(2);
    expect(countInRange(postings, id('storm'), 1, 3)).toBe(1);
    expect(countInRange(postings, id('storm'), 2, 3)).toBe(0);
    expect(countInRange(postings, id('ferry'), 0, 1)).toBe(1);
  });

  it('returns at most the limit, and only accepted paragraphs', () => {
    const storm = [{ termId: id('storm'), weight: 1 }];
    expect(topByBm25(postings, storm, 1)).toEqual([1]);
    expect(topByBm25(postings, storm, 10, (doc) => doc !== 1)).toEqual([0]);
  });
});
