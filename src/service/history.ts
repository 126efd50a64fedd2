/**
 * The history that keeps every report file `/corpus` replaces or removes.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { writeFileAtomically } from '../files.js';

/** A file's content hash as citebot shows it: the first 12 hex digits of its SHA-256. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
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
