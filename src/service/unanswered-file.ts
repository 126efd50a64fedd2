/** Where the bot's unanswered questions are kept, from its settings. */
import path from 'node:path';
import { UnansweredLog } from './unanswered.js';

/** The database could not be opened: a folder the bot cannot write, or one another running bot holds. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

/**
 * Opens the unanswered questions' database in `DATA_DIR`. Each shard has its
 * own file: a server's interactions always reach the same shard, so each
 * file holds whole servers, and no file has two writers.
 */
export function openUnansweredLog(
  dataDir: string,
  shardId: number | undefined,
  onError: (error: unknown) => void,
): UnansweredLog {
  const name = shardId === undefined ? 'unanswered.sqlite' : `unanswered-shard-${shardId}.sqlite`;
  try {
    return UnansweredLog.open(path.join(dataDir, name), { onError });
  } catch (error) {
    throw new DatabaseOpenError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
