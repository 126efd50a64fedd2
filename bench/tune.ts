/**
 * Fits the re-ranking weights on a question set by coordinate ascent:
 *   npm run bench:tune -- --corpus DIR --questions FILE.jsonl
 * Features are measured once per question; the search then only recombines
 * them. It fits on the even-numbered questions and reports the odd ones too,
 * so overfitting shows as a gap between the two.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import { buildIndex } from '../src/engine/build.js';
import { planQuestion } from '../src/engine/query.js';
import { combineFeatures, type Features, RANK_WEIGHTS, type RankWeights } from '../src/engine/rank.js';
import { scoreCandidates } from '../src/engine/retrieve.js';
import { readQuestions } from './questions.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/bench/squad-corpus' },
    questions: { type: 'string', default: '../shared/bench/squad-questions.jsonl' },
    rounds: { type: 'string', default: '3' },
  },
});

const index = buildIndex(await loadCorpus(values.corpus));
const questions = (await readQuestions(values.questions)).filter((q) => q.gold.length > 0);
const measured = questions.map((q) => {
  const candidates = scoreCandidates(index, planQuestion(index, q.question));
  return {
    features: candidates.map((c) => c.features),
    gold: candidates.map((c) => q.gold.includes(index.entries[c.entryId]?.paragraph.id ?? '')),
  };
});

/** Recall at 1 and 5 of a weighting, over questions whose position has the given parity (or all). */
function evaluate(weights: RankWeights, parity?: 0 | 1): { r1: number; r5: number } {
  let r1 = 0;
  let r5 = 0;
  let n = 0;
  measured.forEach(({ features, gold }, i) => {
    if (parity !== undefined && i % 2 !== parity) return;
    n++;
    const goldAt = gold.indexOf(true);
    if (goldAt < 0) return;
    const goldScore = combineFeatures(features[goldAt] as Features, weights);
    let better = 0;
    features.forEach((f, j) => {
      if (j !== goldAt && combineFeatures(f, weights) > goldScore) better++;
    });
    if (better === 0) r1++;
    if (better < 5) r5++;
  });
  return { r1: r1 / n, r5: r5 / n };
}

const objective = (w: RankWeights) => {
  const { r1, r5 } = evaluate(w, 0);
  return r1 + 0.5 * r5;
};
let best: RankWeights = { ...RANK_WEIGHTS };
let bestValue = objective(best);
const steps = [0.4, 0.2, 0.1, 0.05];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const step of steps) {
    for (const key of Object.keys(best) as (keyof Features)[]) {
      if (key === 'bm25') continue;
      for (const delta of [step, -step]) {
        const trial = { ...best, [key]: Math.max(0, Math.round((best[key] + delta) * 100) / 100) };
        const value = objective(trial);
        if (value > bestValue) {
          best = trial;
          bestValue = value;
        }
      }
    }
  }
  console.log(`round ${round + 1}: ${JSON.stringify(best)}`);
}
const show = (name: string, w: RankWeights) => {
  const fit = evaluate(w, 0);
  const held = evaluate(w, 1);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${name}: fit R@1 ${pct(fit.r1)} R@5 ${pct(fit.r5)} | held-out R@1 ${pct(held.r1)} R@5 ${pct(held.r5)}`);
};
show('current', RANK_WEIGHTS);
show('fitted ', best);
