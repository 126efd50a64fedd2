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

/**
 * Ids of the paragraphs among `candidates` (entry ids), in reports other than
 * entry `entryId`'s, that state what its `quote` says; best first, one per
 * report. The candidates are the question's retrieved paragraphs: a paragraph
 * that states the same fact shares the words the question matched, and
 * reusing them costs no second search.
 */
export function findCorroboration(
  index: SearchIndex,
  entryId: number,
  quote: Span,
  candidates: readonly number[],
): string[] {
  const entry = index.entries[entryId];
  if (!entry) return [];
  const weights = quoteWeights(index, entry.analysis, quote);
  let quoteNorm = 0;
  for (const weight of weights.values()) quoteNorm += weight * weight;
  if (quoteNorm === 0) return [];
  quoteNorm = Math.sqrt(quoteNorm);

  const bestPerReport = new Map<string, { id: string; similarity: number }>();
  for (const candidateId of candidates) {
    const other = index.entries[candidateId];
    if (!other || other.report.id === entry.report.id) continue;
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
  analysis.sentences.forEach(({ from, to }, s) => {
    const norm = analysis.sentenceNorms[s] ?? 0;
    if (norm === 0) return;
    let dot = 0;
    for (let p = from; p < to; p++) {
      const termId = analysis.termIds[p] ?? 0;
      const shared = quoteWeights.get(termId);
      // A term counts once per sentence, like in the norm.
      if (shared !== undefined && analysis.termIds.indexOf(termId, from) === p)
        dot += shared * (index.idf[termId] ?? 0);
    }
    best = Math.max(best, dot / norm);
  });
  return best;
}
