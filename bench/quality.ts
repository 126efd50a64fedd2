/**
 * Answer quality and latency on a question set:
 *   npm run bench:quality -- --corpus DIR --questions FILE.jsonl
 * Prints R@1, R@3, R@5 and MRR@5, per question class when the set has
 * classes, the near-miss refusal rate, the false refusal rate (answerable
 * questions refused) and answer latency.
 */
import { writeFile } from 'node:fs/promises';
import { loadCorpus } from '../src/corpus/load.js';
import { answerQuestion } from '../src/engine/answer.js';
import { warmUpAnswers } from '../src/engine/warm-up.js';
import { buildIndex, warmUpEngine } from '../src/engine/build.js';
import { benchOptions } from './args.js';
import { type GoldQuestion, readQuestions } from './questions.js';

const values = benchOptions(
  'Usage: npm run bench:quality -- [--corpus DIR] [--questions FILE.jsonl] [--misses FILE]\n' +
    '  --corpus     the corpus to index (default: corpus)\n' +
    '  --questions  gold questions, one JSON object a line (default: bench/story-questions.jsonl)\n' +
    '  --misses     write every question whose top passage is wrong to FILE',
  {
    corpus: { type: 'string', default: 'corpus' },
    questions: { type: 'string', default: 'bench/story-questions.jsonl' },
    misses: { type: 'string' },
  },
);

const corpus = await loadCorpus(values.corpus);
const buildStart = performance.now();
const index = buildIndex(corpus);
const buildMs = performance.now() - buildStart;
const questions = await readQuestions(values.questions);

// Load the language models, and warm up the JIT and the stem cache on questions made from the
// corpus's own text, not test questions, as the bot does before it serves.
warmUpEngine();
warmUpAnswers(index);

/** Tallies for one class of answerable questions. */
class Tally {
  asked = 0;
  top1 = 0;
  top3 = 0;
  top5 = 0;
  reciprocal = 0;
  refused = 0;

  add(rank: number, refused: boolean): void {
    this.asked++;
    if (refused) this.refused++;
    if (rank === 0) this.top1++;
    if (rank >= 0 && rank < 3) this.top3++;
    if (rank >= 0 && rank < 5) this.top5++;
    if (rank >= 0) this.reciprocal += 1 / (rank + 1);
  }
}

const all = new Tally();
const byClass = new Map<string, Tally>();
let nearMisses = 0;
let nearMissesRefused = 0;
const latencies: number[] = [];
const misses: string[] = [];
const classOf = (q: GoldQuestion) => q.kind ?? 'all';

for (const q of questions) {
  const start = performance.now();
  const answer = answerQuestion(index, q.question, { top: 5 });
  latencies.push(performance.now() - start);
  const ids = answer.hits.map((hit) => hit.id);
  if (q.gold.length === 0) {
    nearMisses++;
    if (ids.length === 0) nearMissesRefused++;
    else misses.push(`[${classOf(q)}] answered: ${q.question} -> ${ids.join(', ')}`);
    continue;
  }
  const rank = ids.findIndex((id) => q.gold.includes(id));
  all.add(rank, ids.length === 0);
  let tally = byClass.get(classOf(q));
  if (!tally) byClass.set(classOf(q), (tally = new Tally()));
  tally.add(rank, ids.length === 0);
  if (rank !== 0) {
    misses.push(`[${classOf(q)}] ${q.question} -> got ${ids[0] ?? 'nothing'}, want ${q.gold.join(' or ')}`);
  }
}

// A small question set gives too few samples for a p99: time extra passes over it.
const extraPasses = Math.ceil(2000 / Math.max(1, questions.length)) - 1;
for (let pass = 0; pass < extraPasses; pass++) {
  for (const q of questions) {
    const start = performance.now();
    answerQuestion(index, q.question, { top: 5 });
    latencies.push(performance.now() - start);
  }
}
latencies.sort((a, b) => a - b);

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(2)}%`);
const at = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(3);
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.asked} | ${pct(t.top1, t.asked)} | ${pct(t.top3, t.asked)} | ${pct(t.top5, t.asked)} | ` +
  `${(t.reciprocal / Math.max(1, t.asked)).toFixed(3)} | ${pct(t.refused, t.asked)} |`;

console.log(
  `corpus     ${values.corpus}: ${corpus.paragraphs.length} paragraphs, index built in ${buildMs.toFixed(0)} ms`,
);
console.log(`questions  ${values.questions}: ${all.asked} answerable, ${nearMisses} with no answer`);
console.log('');
console.log('| class | questions | R@1 | R@3 | R@5 | MRR@5 | refused |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
if (byClass.size > 1) for (const [name, tally] of [...byClass].sort()) console.log(row(name, tally));
console.log(row('**all answerable**', all));
console.log('');
console.log(
  `false refusals (answerable questions refused): ${pct(all.refused, all.asked)} (${all.refused}/${all.asked})`,
);
if (nearMisses > 0) {
  console.log(`near misses refused: ${pct(nearMissesRefused, nearMisses)} (${nearMissesRefused}/${nearMisses})`);
}
console.log(`latency ms  p50 ${at(0.5)}  p99 ${at(0.99)}  max ${at(1)}  (${latencies.length} answers, top 5)`);
if (values.misses) {
  await writeFile(values.misses, `${misses.join('\n')}\n`);
  console.log(`misses written to ${values.misses}`);
}
