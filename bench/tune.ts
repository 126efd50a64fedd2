/**
 * Fits the re-ranking weights by coordinate ascent:
 *   npm run bench:tune -- --corpus DIR --questions FILE.jsonl
 *     [--also-corpus DIR --also-questions FILE.jsonl --also-weight N] [--fixed name,named]
 * Features, the answer-type ones included, are measured once per question and
 * candidate; the search then only recombines them. It fits on the
 * even-numbered questions of the first set and reports the odd ones too, so
 * overfitting shows as a gap between the two. A second set counts in the fit
 * `--also-weight` times as much as the first (all its questions): members'
 * questions and SQuAD's pull different ways, and the weights must serve both.
 */
import { loadCorpus } from '../src/corpus/load.js';
import { answerEvidence } from '../src/engine/answer-type.js';
import { buildIndex, warmUpEngine } from '../src/engine/build.js';
import { planQuestion } from '../src/engine/plan.js';
import { combineFeatures, type Features, RANK_WEIGHTS, type RankWeights } from '../src/engine/features.js';
import { scoreCandidates } from '../src/engine/retrieve.js';
import { benchOptions } from './args.js';
import { readQuestions } from './questions.js';

const values = benchOptions(
  'Usage: npm run bench:tune -- --corpus DIR --questions FILE.jsonl\n' +
    '         [--also-corpus DIR --also-questions FILE.jsonl --also-weight N] [--fixed name,named] [--rounds N]\n' +
    '  fits on the even-numbered questions of the first set, checks on the odd ones;\n' +
    '  the second set counts --also-weight times as much in the fit; --fixed weights are left as they are',
  {
    corpus: { type: 'string', default: '../shared/bench/squad-corpus' },
    questions: { type: 'string', default: '../shared/bench/squad-questions.jsonl' },
    'also-corpus': { type: 'string' },
    'also-questions': { type: 'string' },
    'also-weight': { type: 'string', default: '1' },
    fixed: { type: 'string', default: '' },
    rounds: { type: 'string', default: '3' },
  },
);

/** One question's candidates: their features, and which of them answer it. */
interface Measured {
  readonly features: readonly Features[];
  readonly gold: readonly boolean[];
}

warmUpEngine();

async function measure(corpusDir: string, file: string): Promise<Measured[]> {
  const index = buildIndex(await loadCorpus(corpusDir));
  const questions = (await readQuestions(file)).filter((q) => q.gold.length > 0);
  return questions.map((q) => {
    const plan = planQuestion(index, q.question);
    const candidates = scoreCandidates(index, plan).flatMap((c) => {
      const entry = index.entries[c.entryId];
      if (!entry) return [];
      return [
        { features: { ...c.features, ...answerEvidence(index, plan, entry, c.bestSentence) }, id: entry.paragraph.id },
      ];
    });
    return { features: candidates.map((c) => c.features), gold: candidates.map((c) => q.gold.includes(c.id)) };
  });
}

const main = await measure(values.corpus, values.questions);
const also =
  values['also-corpus'] && values['also-questions']
    ? await measure(values['also-corpus'], values['also-questions'])
    : [];
const alsoWeight = Number(values['also-weight']);
const fixed = new Set(values.fixed.split(',').filter(Boolean));

/** Share of questions (of the given parity, or all) whose best-scored candidate answers them. */
function recallAt1(set: readonly Measured[], weights: RankWeights, parity?: 0 | 1): number {
  let hits = 0;
  let asked = 0;
  set.forEach(({ features, gold }, i) => {
    if (parity !== undefined && i % 2 !== parity) return;
    asked++;
    let best = Number.NEGATIVE_INFINITY;
    let bestAt = -1;
    features.forEach((f, j) => {
      const score = combineFeatures(f, weights);
      if (score > best) [best, bestAt] = [score, j];
    });
    if (gold[bestAt]) hits++;
  });
  return asked === 0 ? 0 : hits / asked;
}

const objective = (w: RankWeights) => recallAt1(main, w, 0) + (also.length > 0 ? alsoWeight * recallAt1(also, w) : 0);
let best: RankWeights = { ...RANK_WEIGHTS };
let bestValue = objective(best);
for (let round = 0; round < Number(values.rounds); round++) {
  for (const step of [0.4, 0.2, 0.1, 0.05]) {
    for (const key of Object.keys(best) as (keyof Features)[]) {
      // BM25 sets the scale; the others are fitted against it.
      if (key === 'bm25' || fixed.has(key)) continue;
      for (const delta of [step, -step]) {
        // A weight keeps its sign: otherThing counts against a candidate, the others for it.
        const moved = Math.round((best[key] + delta) * 100) / 100;
        const trial = { ...best, [key]: best[key] < 0 ? Math.min(0, moved) : Math.max(0, moved) };
        const value = objective(trial);
        if (value > bestValue) [best, bestValue] = [trial, value];
      }
    }
  }
  console.log(`round ${round + 1}: ${JSON.stringify(best)}`);
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const show = (name: string, w: RankWeights) => {
  const second = also.length > 0 ? ` | second set R@1 ${pct(recallAt1(also, w))}` : '';
  console.log(`${name}: fit R@1 ${pct(recallAt1(main, w, 0))} | check R@1 ${pct(recallAt1(main, w, 1))}${second}`);
};
show('current', RANK_WEIGHTS);
show('fitted ', best);
