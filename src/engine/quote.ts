/**
 * Choosing the words to quote: the sentence, or two adjacent sentences, of a
 * paragraph that carry most of the question's weight.
 */
import type { Span } from '../text/sentences.js';
import type { AnalyzedText } from './analysis.js';
import type { QueryPlan } from './rank.js';

/** A neighbouring sentence joins the quote only if it adds this share of the question's weight. */
const EXTEND_MIN_SHARE = 0.25;

/** Per sentence, the question's terms it holds (as slots of the plan). */
function sentenceSlots(plan: QueryPlan, analysis: AnalyzedText): Set<number>[] {
  return analysis.sentences.map(({ from, to }) => {
    const slots = new Set<number>();
    for (let p = from; p < to; p++) {
      const slot = plan.slotOf.get(analysis.termIds[p] ?? -1);
      if (slot !== undefined) slots.add(slot);
    }
    return slots;
  });
}

function weightOf(plan: QueryPlan, slots: Iterable<number>): number {
  let sum = 0;
  for (const slot of slots) sum += plan.terms[slot]?.weight ?? 0;
  return sum;
}

/** The index of the sentence holding most of the question's weight (the first on a tie). */
function bestOf(plan: QueryPlan, slotSets: readonly Set<number>[]): number {
  let best = 0;
  let bestWeight = -1;
  slotSets.forEach((slots, i) => {
    const weight = weightOf(plan, slots);
    if (weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  });
  return best;
}

/** The span of `text` to quote: always whole sentences, so always a verbatim substring. */
export function selectQuote(plan: QueryPlan, analysis: AnalyzedText): Span {
  const { sentences } = analysis;
  const slotSets = sentenceSlots(plan, analysis);
  const best = bestOf(plan, slotSets);
  const chosen = slotSets[best] ?? new Set<number>();
  const gain = (i: number) =>
    weightOf(
      plan,
      [...(slotSets[i] ?? [])].filter((slot) => !chosen.has(slot)),
    );
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
