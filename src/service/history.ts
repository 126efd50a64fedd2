/**
 * Files on disk that must never be seen half written, and the history that
 * keeps every report file `/corpus` replaces or removes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A file's content hash as citebot shows it: the first 12 hex digits of its SHA-256. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

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

/**
 * Keeps `bytes`, the file of report `reportId`, in `historyDir` as
 * `<time>_<report id>_<content hash>.md`, and returns that name. The time is
 * UTC, with `-` for `:` so that every file system accepts it, and names sort
 * by time.
 */
export async function keepInHistory(
  historyDir: string,
  reportId: string,
  bytes: Uint8Array,
  at: Date = new Date(),
): Promise<string> {
  await mkdir(historyDir, { recursive: true });
  const name = `${at.toISOString().replaceAll(':', '-')}_${reportId}_${contentHash(bytes)}.md`;
  await writeFileAtomically(historyDir, name, bytes);
  return name;
}
