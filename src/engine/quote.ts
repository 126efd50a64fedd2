/**
 * Choosing the words to quote: the sentence, or two adjacent sentences, of a
 * paragraph that carry most of the question's weight.
 */
import type { Span } from '../text/sentences.js';
import type { AnalyzedText } from './analysis.js';
import type { QueryPlan } from './rank.js';

/** A neighbouring sentence joins the quote only if it adds this share of the question's weight. */
const EXTEND_MIN_SHARE = 0.25;

/** The span of `text` to quote: always whole sentences, so always a verbatim substring. */
export function selectQuote(plan: QueryPlan, analysis: AnalyzedText): Span {
  const { sentences } = analysis;
  const slotSets = sentences.map(({ from, to }) => {
    const slots = new Set<number>();
    for (let p = from; p < to; p++) {
      const slot = plan.slotOf.get(analysis.termIds[p] ?? -1);
      if (slot !== undefined) slots.add(slot);
    }
    return slots;
  });
  const weightOf = (slots: Iterable<number>) => {
    let sum = 0;
    for (const slot of slots) sum += plan.terms[slot]?.weight ?? 0;
    return sum;
  };
  let best = 0;
  let bestWeight = -1;
  slotSets.forEach((slots, i) => {
    const weight = weightOf(slots);
    if (weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  });
  const chosen = slotSets[best] ?? new Set<number>();
  const gain = (i: number) => weightOf([...(slotSets[i] ?? [])].filter((slot) => !chosen.has(slot)));
  const before = best > 0 ? gain(best - 1) : 0;
  const after = best + 1 < sentences.length ? gain(best + 1) : 0;
  let first = best;
  let last = best;
  const threshold = EXTEND_MIN_SHARE * plan.totalWeight;
  if (after >= before && after >= threshold && after > 0) last = best + 1;
  else if (before >= threshold && before > 0) first = best - 1;
  const start = sentences[first]?.start ?? 0;
  const end = sentences[last]?.end ?? 0;
  return { start, end };
}
