/**
 * Speed and memory at scale:
 *   npm run bench:scale [-- --sizes 1000,10000,100000 --questions 2000]
 * For each size, a deterministic synthetic corpus is written to a temporary
 * directory, then measured in a fresh child process (so one size's heap does
 * not inflate the next): load, index build, heap and peak RSS after the
 * build, and answer latency (top 3) over SQuAD questions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCorpus, loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { answerQuestion } from '../src/engine/answer.js';
import { buildIndex, buildIndexInSlices, type SearchIndex } from '../src/engine/build.js';
import { openIndex, readSnapshot, SNAPSHOT_FILE } from '../src/engine/index-cache.js';
import { serializeIndex } from '../src/engine/snapshot.js';
import { sentencePool, writeSyntheticCorpus } from './synthetic.js';

const SQUAD = path.join('..', 'shared', 'bench');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    questions: { type: 'string', default: '2000' },
    measure: { type: 'string' },
    restart: { type: 'string' },
    cache: { type: 'string' },
  },
});

interface Row {
  paragraphs: number;
  loadMs: number;
  buildMs: number;
  /** A restart with a saved snapshot: reading and validating the corpus, and opening the snapshot. */
  snapshotMs: number;
  heapMb: number;
  peakRssMb: number;
  p50: number;
  p99: number;
  max: number;
  /** While the same corpus is rebuilt in slices and questions keep coming: */
  reloadMs: number;
  reloadLoopDelayMaxMs: number;
  answersDuringReload: number;
}

if (values.measure && values.cache) {
  console.log(JSON.stringify(await measure(values.measure, values.cache, Number(values.questions))));
} else if (values.restart && values.cache) {
  console.log(JSON.stringify({ restartMs: await restart(values.restart, values.cache) }));
} else {
  await main();
}

async function main(): Promise<void> {
  const pool = await sentencePool(path.join(SQUAD, 'squad-corpus'));
  const rows: Row[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const dir = await mkdtemp(path.join(tmpdir(), `citebot-scale-${size}-`));
    const cache = await mkdtemp(path.join(tmpdir(), `citebot-cache-${size}-`));
    try {
      await writeSyntheticCorpus(dir, size, pool);
      const measured = runSelf(['--expose-gc', '--measure', dir, '--cache', cache, '--questions', values.questions]);
      // A restart is timed in a process of its own, as `npm start` would be.
      const restarted = runSelf(['--restart', dir, '--cache', cache]);
      rows.push({ ...measured, snapshotMs: restarted.restartMs } as Row);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    }
  }
  console.log(
    '| paragraphs | load s | build s | restart from snapshot s | heap MB | peak RSS MB | p50 ms | p99 ms | max ms | reload s | loop delay max ms | answers during reload |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const cells = [
      r.paragraphs.toLocaleString('en'),
      (r.loadMs / 1000).toFixed(2),
      (r.buildMs / 1000).toFixed(2),
      (r.snapshotMs / 1000).toFixed(2),
      r.heapMb.toFixed(0),
      r.peakRssMb.toFixed(0),
      r.p50.toFixed(2),
      r.p99.toFixed(2),
      r.max.toFixed(2),
      (r.reloadMs / 1000).toFixed(2),
      r.reloadLoopDelayMaxMs.toFixed(1),
      r.answersDuringReload,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

function runSelf(args: string[]): Record<string, number> {
  const [flag, ...rest] = args[0] === '--expose-gc' ? args : ['', ...args];
  const nodeArgs = flag ? [flag] : [];
  const out = execFileSync(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), ...rest], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

/** Measures one corpus directory in this process, and leaves its snapshot in `cacheDir`. */
async function measure(dir: string, cacheDir: string, questionCount: number): Promise<Omit<Row, 'snapshotMs'>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let start = performance.now();
  const corpus = await loadCorpus(dir);
  const loadMs = performance.now() - start;
  start = performance.now();
  const index = buildIndex(corpus);
  const buildMs = performance.now() - start;
  gc?.();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  await writeFile(path.join(cacheDir, SNAPSHOT_FILE), serializeIndex(index));
  const questions = await benchmarkQuestions(questionCount);
  for (const question of questions.slice(0, 50)) answerQuestion(index, question);
  const latencies = questions.map((question) => {
    const t = performance.now();
    answerQuestion(index, question);
    return performance.now() - t;
  });
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  const reload = await reloadUnderLoad(corpus, index, questions);
  return {
    ...reload,
    paragraphs: corpus.paragraphs.length,
    loadMs,
    buildMs,
    heapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
  };
}

/**
 * Times what `npm start` does with a warm cache (LiveCorpus.fromDirectory):
 * read and validate the corpus while the snapshot is read, then open it.
 */
async function restart(dir: string, cacheDir: string): Promise<number> {
  const start = performance.now();
  const snapshot = readSnapshot(cacheDir);
  const check = await checkCorpus(dir);
  if (!check.ok) throw new Error('the corpus is invalid');
  const opened = await openIndex(check.corpus, cacheDir, { snapshot });
  const ms = performance.now() - start;
  if (opened.source !== 'snapshot') throw new Error(`the snapshot was not used: ${opened.rejected}`);
  return ms;
}

/**
 * Rebuilds the index the way /reload does, while a member asks a question at
 * every turn of the event loop, and reports the event loop's worst delay.
 */
async function reloadUnderLoad(corpus: Corpus, index: SearchIndex, questions: readonly string[]) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let building = true;
  let answers = 0;
  const asking = (async () => {
    while (building) {
      await new Promise((resolve) => setImmediate(resolve));
      answerQuestion(index, questions[answers % questions.length] ?? '');
      answers++;
    }
  })();
  delay.enable();
  const start = performance.now();
  await buildIndexInSlices(corpus);
  const reloadMs = performance.now() - start;
  building = false;
  delay.disable();
  await asking;
  return { reloadMs, reloadLoopDelayMaxMs: delay.max / 1e6, answersDuringReload: answers };
}

/** A systematic sample of SQuAD questions, or generated ones when SQuAD is not beside the project. */
async function benchmarkQuestions(count: number): Promise<string[]> {
  const file = path.join(SQUAD, 'squad-questions.jsonl');
  if (!existsSync(file)) return Array.from({ length: count }, (_, i) => `who delivered the proposal ${i}`);
  const all = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { question: string }).question);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}
