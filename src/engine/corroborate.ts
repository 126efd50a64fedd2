/**
 * Finding the paragraphs of other reports that state the same fact as a quote.
 *
 * Two passages report the same fact when a sentence of the other shares most
 * of the quote's distinctive words (idf-weighted cosine), so "Kim" and "car"
 * alone, which every report has, do not make two passages agree.
 */
import type { Span } from '../text/sentences.js';
import type { AnalyzedText } from './analysis.js';
import type { SearchIndex } from './build.js';

/** Minimum cosine similarity between the quote and one sentence of the other report. */
export const CORROBORATION_MIN_SIMILARITY = 0.3;
/** The rarest quote terms are enough to find the candidates, and cheap to search. */
const CANDIDATE_QUERY_TERMS = 6;
/** How many candidates are compared sentence by sentence. */
const CANDIDATES = 10;

/** Ids of the paragraphs in other reports that state what `quote` of entry `entryId` says, best first. */
export function findCorroboration(index: SearchIndex, entryId: number, quote: Span): string[] {
  const entry = index.entries[entryId];
  if (!entry) return [];
  const weights = quoteWeights(index, entry.analysis, quote);
  if (weights.size === 0) return [];
  let quoteNorm = 0;
  for (const weight of weights.values()) quoteNorm += weight * weight;
  quoteNorm = Math.sqrt(quoteNorm);

  const rarest = [...weights.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_QUERY_TERMS);
  const reportId = entry.report.id;
  const candidates = index.miniSearch
    .search(rarest.map(([termId]) => index.stems[termId]).join(' '), {
      filter: (result) => index.entries[result.id as number]?.report.id !== reportId,
    })
    .slice(0, CANDIDATES);

  const bestPerReport = new Map<string, { id: string; similarity: number }>();
  for (const candidate of candidates) {
    const other = index.entries[candidate.id as number];
    if (!other) continue;
    const similarity = bestSentenceSimilarity(index, other.analysis, weights) / quoteNorm;
    const best = bestPerReport.get(other.report.id);
    if (similarity >= CORROBORATION_MIN_SIMILARITY && (!best || similarity > best.similarity)) {
      bestPerReport.set(other.report.id, { id: other.paragraph.id, similarity });
    }
  }
  return [...bestPerReport.values()].sort((a, b) => b.similarity - a.similarity).map(({ id }) => id);
}

function quoteWeights(index: SearchIndex, analysis: AnalyzedText, quote: Span): Map<number, number> {
  const weights = new Map<number, number>();
  for (let i = 0; i < analysis.termIds.length; i++) {
    const start = analysis.starts[i] ?? -1;
    if (start < quote.start || start >= quote.end) continue;
    const termId = analysis.termIds[i] ?? 0;
    weights.set(termId, index.idf[termId] ?? 0);
  }
  return weights;
}

/** The highest dot product / sentence norm over the sentences of `analysis`. */
function bestSentenceSimilarity(
  index: SearchIndex,
  analysis: AnalyzedText,
  quoteWeights: ReadonlyMap<number, number>,
): number {
  let best = 0;
  const seen = new Set<number>();
  for (const { from, to } of analysis.sentences) {
    seen.clear();
    let dot = 0;
    let norm = 0;
    for (let p = from; p < to; p++) {
      const termId = analysis.termIds[p] ?? 0;
      if (seen.has(termId)) continue;
      seen.add(termId);
      const weight = index.idf[termId] ?? 0;
      norm += weight * weight;
      const shared = quoteWeights.get(termId);
      if (shared !== undefined) dot += shared * weight;
    }
    if (norm > 0) best = Math.max(best, dot / Math.sqrt(norm));
  }
  return best;
}
