/**
 * Opening a corpus's index through an on-disk snapshot: use the snapshot when
 * it is for exactly this corpus version and intact, else build the index and
 * save a fresh snapshot for next time.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.js';
import { writeFileAtomically } from '../files.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndex, buildIndexInSlices, type SearchIndex } from './build.js';
import { deserializeIndex, SnapshotError, serializeIndex } from './snapshot.js';

/** The snapshot file inside a cache directory. */
export const SNAPSHOT_FILE = 'index.snapshot';

/** How an index was obtained, for the log. */
export interface OpenedIndex {
  readonly index: SearchIndex;
  /** `snapshot` when read from disk, `built` when analyzed from the corpus. */
  readonly source: 'snapshot' | 'built';
  /** Why an existing snapshot was not used, if there was one. */
  readonly rejected?: string;
  /**
   * The fresh snapshot being saved: resolves to an error message when it
   * could not be saved (the index is usable either way), else undefined.
   */
  readonly saved: Promise<string | undefined>;
}

/** Options for {@link openIndex}. */
export interface OpenIndexOptions {
  /** The snapshot's bytes, when the caller started reading them early (see {@link readSnapshot}). */
  readonly snapshot?: Promise<Uint8Array>;
}

/**
 * Starts reading the snapshot in `cacheDir`. Start-up reads it while the
 * corpus is still being read and validated, so the two reads overlap.
 */
export function readSnapshot(cacheDir: string): Promise<Uint8Array> {
  const reading = readFile(path.join(cacheDir, SNAPSHOT_FILE));
  // Handled by openIndex; this keeps an early failure from being reported as unhandled meanwhile.
  reading.catch(() => undefined);
  return reading;
}

/**
 * Reads and checks the corpus in `dir`, then opens its index: through the
 * snapshot in `cacheDir` (read while the corpus is checked) when one is given,
 * else built. Throws a CorpusError when the corpus is invalid. Start-up and
 * the CLI open a corpus this way.
 */
export async function openCorpusDirectory(dir: string, cacheDir: string | undefined): Promise<OpenedIndex> {
  const snapshot = cacheDir ? readSnapshot(cacheDir) : undefined;
  const corpus = await loadCorpus(dir);
  if (!cacheDir) return { index: buildIndex(corpus), source: 'built', saved: Promise.resolve(undefined) };
  return openIndex(corpus, cacheDir, { snapshot });
}

/** The index of `corpus`, from the snapshot in `cacheDir` when it matches, else built and saved there. */
export async function openIndex(
  corpus: Corpus,
  cacheDir: string,
  options: OpenIndexOptions = {},
): Promise<OpenedIndex> {
  const file = path.join(cacheDir, SNAPSHOT_FILE);
  let rejected: string | undefined;
  try {
    const bytes = await (options.snapshot ?? readFile(file));
    return { index: deserializeIndex(bytes, corpus), source: 'snapshot', saved: Promise.resolve(undefined) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof SnapshotError) rejected = error.message;
    else if (code !== 'ENOENT') rejected = `unreadable (${code ?? String(error)})`;
  }
  const index = buildIndex(corpus);
  return { index, source: 'built', rejected, saved: Promise.resolve(await saveSnapshot(file, index)) };
}

/**
 * The index of `corpus` for a bot that is answering questions meanwhile, as
 * a reload needs it: built in event-loop slices, never parsed from a
 * snapshot on this thread (parsing a large one holds the thread for
 * seconds), and its snapshot written by a worker that reads `corpusDir`
 * itself and saves into `cacheDir`.
 */
export async function rebuildIndexWhileServing(
  corpus: Corpus,
  corpusDir: string,
  cacheDir: string,
): Promise<OpenedIndex> {
  const index = await buildIndexInSlices(corpus);
  const saved = saveSnapshotInWorker(corpusDir, cacheDir, corpus.version);
  saved.catch(() => undefined);
  return { index, source: 'built', saved };
}

/** Writes the snapshot atomically (see writeFileAtomically); returns an error message or undefined. */
export async function saveSnapshot(file: string, index: SearchIndex): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomically(path.dirname(file), path.basename(file), serializeIndex(index));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the snapshot worker is given. */
export interface SnapshotJob {
  readonly corpusDir: string;
  readonly cacheDir: string;
  /** The corpus version being served: if the directory has changed since, nothing is saved. */
  readonly version: string;
}

/**
 * The worker's script. Tests run the TypeScript sources, which a worker cannot
 * load, so from a source tree the compiled script (which `npm test` builds
 * first) is used.
 */
function workerScript(): string {
  const beside = fileURLToPath(new URL('./snapshot-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../dist/src/engine/snapshot-worker.js', import.meta.url));
}

/**
 * Builds and saves the snapshot of `corpusDir` in a worker thread, so that
 * serializing a large index never holds the serving thread. Resolves to an
 * error message, or undefined once the snapshot is saved.
 */
export function saveSnapshotInWorker(
  corpusDir: string,
  cacheDir: string,
  version: string,
): Promise<string | undefined> {
  const job: SnapshotJob = { corpusDir, cacheDir, version };
  return new Promise((resolve) => {
    const worker = new Worker(workerScript(), { workerData: job });
    let answer: string | undefined = 'the snapshot worker stopped without an answer';
    worker.once('message', (message: { error?: string }) => {
      answer = message.error;
    });
    worker.once('error', (error) => {
      answer = error.message;
    });
    worker.once('exit', () => resolve(answer));
  });
}
