/**
 * A worker thread that builds a corpus's index and saves its snapshot, off
 * the serving thread (see saveSnapshotInWorker). It reads the corpus itself:
 * handing it a large corpus would mean copying it on the serving thread.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkCorpus } from '../corpus/load.js';
import { buildIndex } from './build.js';
import { SNAPSHOT_FILE, type SnapshotJob, saveSnapshot } from './index-cache.js';

const job = workerData as SnapshotJob;
const check = await checkCorpus(job.corpusDir);
let error: string | undefined;
if (!check.ok) error = 'the corpus is no longer valid';
else if (check.corpus.version !== job.version) error = 'the corpus changed again before its snapshot was saved';
else error = await saveSnapshot(path.join(job.cacheDir, SNAPSHOT_FILE), buildIndex(check.corpus));
parentPort?.postMessage({ error });
