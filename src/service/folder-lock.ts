/**
 * One corpus change at a time across processes. Under
 * `npm run start:sharded` every shard is a process with its own queue of
 * changes, all writing one corpus folder; a lock file in the history folder,
 * which they share, makes a change on one shard wait for a change on another.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { isRunning, parsePid } from './pid.js';

/** How often a waiting change looks again. */
const POLL_MS = 25;
/** The lock file's name in the folder. */
export const LOCK_FILE = '.corpus-change.lock';

/**
 * Runs `task` while holding the lock of `dir`, waiting for any other process
 * that holds it. When the lock cannot be made (the folder is not writable), a
 * `required` lock is a {@link UserError}; otherwise `task` runs without it. Within one process, callers queue before they get here, so
 * a lock bearing this process's id is left over from a crash (a restarted
 * container often gets the same id), like one whose process is gone.
 */
export async function withFolderLock<T>(
  dir: string,
  task: () => Promise<T>,
  options: { readonly required: boolean },
): Promise<T> {
  const lock = path.join(dir, LOCK_FILE);
  for (;;) {
    try {
      await mkdir(dir, { recursive: true });
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        // Held: see below whether by a live process.
      } else if (options.required) {
        throw new UserError(
          `The history folder cannot be written (${code ?? String(error)}), so the corpus was not changed. ` +
            'Ask whoever runs the bot to check CORPUS_HISTORY_DIR.',
        );
      } else {
        // Reading needs no lock to be safe: a reload reads whole files, each written atomically.
        return task();
      }
    }
    const owner = await readOwner(lock);
    // An empty file is a lock being written this instant: wait for it like a live one.
    if (owner !== undefined && (owner === process.pid || !isRunning(owner))) {
      await rm(lock, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await task();
  } finally {
    await rm(lock, { force: true });
  }
}

async function readOwner(lock: string): Promise<number | undefined> {
  return parsePid(await readFile(lock, 'utf8').catch(() => ''));
}
