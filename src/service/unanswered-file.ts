/** Where the bot's unanswered questions are kept, from its settings. */
import path from 'node:path';
import type { BotConfig } from '../config.js';
import { UnansweredLog } from './unanswered.js';

/**
 * Opens the unanswered questions' database in `DATA_DIR`. Each shard has its
 * own file: a server's interactions always reach the same shard, so each
 * file holds whole servers, and no file has two writers.
 */
export function openUnansweredLog(
  config: Pick<BotConfig, 'dataDir' | 'shard'>,
  onError: (error: unknown) => void,
): UnansweredLog {
  const name = config.shard ? `unanswered-shard-${config.shard.id}.sqlite` : 'unanswered.sqlite';
  return UnansweredLog.open(path.join(config.dataDir, name), { onError });
}
