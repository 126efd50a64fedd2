/**
 * Files on disk that must never be seen half written: corpus files that
 * `/corpus` writes, the history, and index snapshots.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `dir/name` so that readers see the old file or the new
 * one, never a part: a temporary dot-file (which the corpus loader ignores)
 * is synced, renamed over the target, and the folder synced.
 */
export async function writeFileAtomically(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const target = path.join(dir, name);
  const temporary = path.join(path.dirname(target), `.${path.basename(name)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes a rename or removal in `dir` durable. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
