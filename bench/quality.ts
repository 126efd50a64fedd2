/**
 * Answer quality and latency on a question set:
 *   npm run bench:quality -- --corpus DIR --questions FILE.jsonl
 * Prints R@1, R@3, R@5, MRR@5, the no-answer accuracy and answer latency.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import { answerQuestion } from '../src/engine/answer.js';
import { buildIndex } from '../src/engine/build.js';
import { readQuestions } from './questions.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    questions: { type: 'string', default: 'bench/story-questions.jsonl' },
    misses: { type: 'string' },
  },
});

const corpus = await loadCorpus(values.corpus);
const buildStart = performance.now();
const index = buildIndex(corpus);
const buildMs = performance.now() - buildStart;
const questions = await readQuestions(values.questions);

// Warm up the JIT and the stem cache on text that is not a test question.
for (const paragraph of corpus.paragraphs.slice(0, 50)) answerQuestion(index, paragraph.text.slice(0, 80), { top: 5 });

const K = [1, 3, 5] as const;
const found = { 1: 0, 3: 0, 5: 0 };
let reciprocal = 0;
let answerable = 0;
let unanswerable = 0;
let correctlyEmpty = 0;
let emptyAnswerable = 0;
const latencies: number[] = [];
const misses: string[] = [];
for (const q of questions) {
  const start = performance.now();
  const answer = answerQuestion(index, q.question, { top: 5 });
  latencies.push(performance.now() - start);
  const ids = answer.hits.map((hit) => hit.id);
  if (q.gold.length === 0) {
    unanswerable++;
    if (ids.length === 0) correctlyEmpty++;
    else misses.push(`no-answer question answered: ${q.question} -> ${ids.join(', ')}`);
    continue;
  }
  answerable++;
  if (ids.length === 0) emptyAnswerable++;
  const rank = ids.findIndex((id) => q.gold.includes(id));
  for (const k of K) if (rank >= 0 && rank < k) found[k]++;
  if (rank >= 0) reciprocal += 1 / (rank + 1);
  if (rank !== 0) misses.push(`${q.question} -> got ${ids[0] ?? 'nothing'}, want ${q.gold.join(' or ')}`);
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
console.log(
  `corpus     ${values.corpus}: ${corpus.paragraphs.length} paragraphs, index built in ${buildMs.toFixed(0)} ms`,
);
console.log(`questions  ${values.questions}: ${answerable} answerable, ${unanswerable} with no answer`);
console.log(
  `R@1 ${pct(found[1], answerable)}  R@3 ${pct(found[3], answerable)}  R@5 ${pct(found[5], answerable)}  MRR@5 ${(reciprocal / Math.max(1, answerable)).toFixed(3)}`,
);
console.log(`empty answers to answerable questions: ${pct(emptyAnswerable, answerable)}`);
if (unanswerable > 0) console.log(`no-answer questions left unanswered: ${correctlyEmpty}/${unanswerable}`);
console.log(`latency ms  p50 ${at(0.5)}  p99 ${at(0.99)}  max ${at(1)}  (${latencies.length} answers, top 5)`);
if (values.misses) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(values.misses, `${misses.join('\n')}\n`);
  console.log(`misses written to ${values.misses}`);
}
