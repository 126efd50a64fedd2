/**
 * Which paragraphs of different reports state the same fact: a property of
 * the corpus, computed when it is indexed, not of the question asked.
 *
 * Two paragraphs agree when one sentence of each shares most of its
 * distinctive words with the other (idf-weighted cosine), so "Kim" and
 * "car", which every report has, do not make two passages agree. Candidates
 * come from MiniSearch, searched with a paragraph's rarest terms; the
 * relation is made symmetric, so if A lists B then B lists A.
 */
import type { AnalyzedText } from './analysis.js';
import type { SearchIndex } from './build.js';
import { rarestTerms } from './retrieve.js';
import type { Steps } from './steps.js';

/** Minimum cosine similarity between a sentence of each paragraph. */
export const CORROBORATION_MIN_SIMILARITY = 0.3;
/** Paragraphs of other reports compared with each paragraph. */
export const CORROBORATION_CANDIDATES = 5;
/** At most this many of a paragraph's rarest terms are searched for its candidates. */
export const CORROBORATION_QUERY_TERMS = 6;
/**
 * The terms searched match at most this share of the corpus (or
 * {@link CORROBORATION_MIN_POSTINGS}): a fact's distinctive words are rare,
 * and common ones would make aligning a corpus quadratic.
 */
export const CORROBORATION_POSTINGS_SHARE = 0.005;
export const CORROBORATION_MIN_POSTINGS = 50;
/**
 * Corpora up to this size are aligned whole when indexed. A larger one (far
 * more than a story's reports: an archive) is not aligned, so its index
 * builds as fast as MiniSearch adds documents and its answers stay fast, and
 * its passages list no other reports.
 */
export const CORROBORATION_INDEX_LIMIT = 5000;

/** Every paragraph's agreeing paragraphs (positions), best first: `ids[offsets[p] .. offsets[p + 1]]`. */
export interface Corroboration {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
}

/** The positions of the paragraphs in other reports that most likely state what paragraph `position` says, with their similarity. */
function findAgreeing(index: SearchIndex, position: number): { position: number; similarity: number }[] {
  const entry = index.entries[position];
  if (!entry) return [];
  const analysis = entry.analysis;
  const distinct = [...new Set(analysis.termIds)].map((termId) => ({ termId }));
  const budget = Math.max(CORROBORATION_MIN_POSTINGS, CORROBORATION_POSTINGS_SHARE * index.entries.length);
  const terms = rarestTerms(index, distinct, budget, CORROBORATION_QUERY_TERMS).map(
    ({ termId }) => index.stems[termId] ?? '',
  );
  if (terms.length === 0) return [];
  const report = entry.reportNumber;
  const results = index.search.search(terms.join(' '), {
    boostDocument: (id: number) => (index.entries[id]?.reportNumber === report ? 0 : 1),
  });
  const agreeing: { position: number; similarity: number }[] = [];
  for (const result of results.slice(0, CORROBORATION_CANDIDATES)) {
    const other = result.id as number;
    const similarity = bestSentencePair(index.idf, analysis, index.entries[other]?.analysis);
    if (similarity >= CORROBORATION_MIN_SIMILARITY) agreeing.push({ position: other, similarity });
  }
  return agreeing;
}

/** Aligns every paragraph of the corpus, in steps; the relation is symmetric. */
export function* alignCorpus(index: SearchIndex): Steps<Corroboration> {
  const count = index.entries.length;
  const lists: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let position = 0; position < count; position++) {
    for (const { position: other, similarity } of findAgreeing(index, position)) {
      lists[position]?.set(other, similarity);
      lists[other]?.set(position, similarity);
    }
    yield;
  }
  const offsets = new Int32Array(count + 1);
  const ids: number[] = [];
  lists.forEach((list, position) => {
    ids.push(...[...list].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([other]) => other));
    offsets[position + 1] = ids.length;
  });
  return { offsets, ids: Int32Array.from(ids) };
}

/**
 * The highest idf-weighted cosine between a sentence of `a` and a sentence of
 * `b`. Each term of `a` carries a bit per sentence it is in, so one pass over
 * a sentence of `b` scores it against every sentence of `a`.
 */
function bestSentencePair(idf: Float64Array, a: AnalyzedText, b: AnalyzedText | undefined): number {
  if (!b) return 0;
  // Bits of a 32-bit mask: sentences past the 31st share the last bit, which only loosens the match there.
  const sentencesOfTerm = new Map<number, number>();
  a.sentences.forEach(({ from, to }, i) => {
    const bit = 1 << Math.min(i, 30);
    for (let p = from; p < to; p++) {
      const termId = a.termIds[p] ?? -1;
      sentencesOfTerm.set(termId, (sentencesOfTerm.get(termId) ?? 0) | bit);
    }
  });
  const dots = new Float64Array(Math.min(a.sentences.length, 31));
  let best = 0;
  b.sentences.forEach(({ from, to }, j) => {
    const normB = b.sentenceNorms[j] ?? 0;
    if (normB === 0) return;
    dots.fill(0);
    for (let p = from; p < to; p++) {
      const termId = b.termIds[p] ?? -1;
      const mask = sentencesOfTerm.get(termId);
      // A term counts once per sentence, as in the norms.
      if (mask === undefined || b.termIds.indexOf(termId, from) !== p) continue;
      const weight = (idf[termId] ?? 0) ** 2;
      for (let i = 0; i < dots.length; i++) if (mask & (1 << i)) dots[i] = (dots[i] ?? 0) + weight;
    }
    dots.forEach((dot, i) => {
      const normA = a.sentenceNorms[i] ?? 0;
      if (normA > 0) best = Math.max(best, dot / (normA * normB));
    });
  });
  return best;
}

/**
 * The agreeing paragraphs of each paragraph: the whole corpus's table when it
 * was aligned at index time (every corpus of up to {@link CORROBORATION_INDEX_LIMIT}
 * paragraphs), else none.
 */
export class Agreement {
  /** `table` is the aligned corpus, when it was aligned whole; without one, no paragraph lists others. */
  constructor(readonly table?: Corroboration) {}

  /** Positions of the paragraphs that agree with paragraph `position`, best first. */
  of(position: number): ArrayLike<number> & Iterable<number> {
    const { table } = this;
    if (!table) return [];
    return table.ids.subarray(table.offsets[position] ?? 0, table.offsets[position + 1] ?? 0);
  }
}
