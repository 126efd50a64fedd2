/**
 * Opening a corpus's index through an on-disk snapshot: use the snapshot when
 * it is for exactly this corpus version and intact, else build the index and
 * save a fresh snapshot for next time.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  /** Why the fresh snapshot could not be saved, if it could not (the index is still usable). */
  readonly saveError?: string;
}

/** Options for {@link openIndex}. */
export interface OpenIndexOptions {
  /** Build in event-loop slices (a running bot) rather than at once (start-up). */
  readonly inSlices?: boolean;
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

/** The index of `corpus`, from the snapshot in `cacheDir` when it matches, else built and saved there. */
export async function openIndex(
  corpus: Corpus,
  cacheDir: string,
  options: OpenIndexOptions = {},
): Promise<OpenedIndex> {
  const file = path.join(cacheDir, SNAPSHOT_FILE);
  let rejected: string | undefined;
  try {
    return { index: deserializeIndex(await (options.snapshot ?? readFile(file)), corpus), source: 'snapshot' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof SnapshotError) rejected = error.message;
    else if (code !== 'ENOENT') rejected = `unreadable (${code ?? String(error)})`;
  }
  const index = options.inSlices ? await buildIndexInSlices(corpus) : buildIndex(corpus);
  const saveError = await saveSnapshot(file, index);
  return { index, source: 'built', rejected, saveError };
}

/** Writes the snapshot atomically (a temporary file renamed over the old one); returns an error message or undefined. */
async function saveSnapshot(file: string, index: SearchIndex): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, serializeIndex(index));
    await rename(temporary, file);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
