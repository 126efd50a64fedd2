/**
 * Reading one corpus file safely: only plain files inside the corpus
 * directory, never more than the size limit, and never a file caught half
 * rewritten. A moderator may save, delete or copy in a file while a reload
 * reads it; the bytes are kept only if the file did not change meanwhile.
 */
import type { Stats } from 'node:fs';
import { type FileHandle, lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusProblem } from '../errors.js';
import { MAX_FILE_BYTES, sizeProblem } from './limits.js';

/** Options of {@link readCorpusFile}. */
export interface ReadOptions {
  /**
   * Called with each file once it is open and before it is read. Tests use
   * it to change a file at the worst moment; the bot passes nothing.
   */
  readonly whileReading?: (file: string) => void | Promise<void>;
}

const CHANGED = 'changed while the corpus was being read; run /reload again once the edit is saved';
const REMOVED = 'was removed while the corpus was being read; check the folder and try again';

/** The bytes of `file` (relative to `dir`), or why it cannot be used. */
export async function readCorpusFile(
  dir: string,
  file: string,
  options: ReadOptions = {},
): Promise<Uint8Array | CorpusProblem> {
  const full = path.join(dir, file);
  let handle: FileHandle | undefined;
  try {
    const root = await realpath(dir);
    const target = await realpath(full).catch(async (error: NodeJS.ErrnoException) => {
      const link = await lstat(full).catch(() => undefined);
      if (error.code === 'ENOENT' && link?.isSymbolicLink()) return undefined;
      throw error;
    });
    if (target === undefined) {
      return { file, message: 'is a link to a file that does not exist; remove the link or copy the file in' };
    }
    if (path.relative(root, target).startsWith('..')) {
      return { file, message: 'is a link to a file outside the corpus directory; copy the file in instead' };
    }
    // Checked before opening: opening a pipe would wait for a writer, and stall every reload after it.
    const before = await stat(target);
    const notPlain = kindProblem(file, before);
    if (notPlain) return notPlain;
    // A huge file is refused before it is read, so one bad copy cannot exhaust memory.
    const tooLarge = sizeProblem(file, before.size);
    if (tooLarge) return tooLarge;

    handle = await open(target, 'r');
    const opened = await handle.stat();
    if (!sameVersion(before, opened)) return { file, message: CHANGED };
    await options.whileReading?.(file);
    const bytes = await readAtMost(handle, MAX_FILE_BYTES + 1, opened.size);
    if (bytes.byteLength > MAX_FILE_BYTES) return sizeProblem(file, bytes.byteLength) ?? { file, message: CHANGED };
    const after = await stat(target);
    if (bytes.byteLength !== opened.size || !sameVersion(opened, after)) return { file, message: CHANGED };
    return bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, message: REMOVED };
    return { file, message: describeFsError(error, 'the file') };
  } finally {
    await handle?.close();
  }
}

function kindProblem(file: string, stats: Stats): CorpusProblem | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return { file, message: 'is a link to a folder; move the reports into the corpus folder' };
  return { file, message: 'is not a plain file (a pipe, socket or device); corpus files must be text files' };
}

/** Same file, same content as far as the file system can tell: same inode, size and modification time. */
function sameVersion(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Reads from the start until the end of the file or `limit` bytes, whichever
 * comes first. The first read asks for one byte more than `expected`, so a
 * file that did not grow is read in one go.
 */
async function readAtMost(handle: FileHandle, limit: number, expected: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = total === 0 ? expected + 1 : 64 * 1024;
    const chunk = Buffer.alloc(Math.min(want, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, total);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}

/** A file system error in words, for `what` ("the file", "the corpus directory"). */
export function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${what} does not exist`;
  if (code === 'ENOTDIR') return `${what} is not a directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${what} cannot be read (permission denied)`;
  if (code === 'EISDIR') return `${what} is a directory`;
  return `${what} cannot be read (${code ?? String(error)})`;
}
