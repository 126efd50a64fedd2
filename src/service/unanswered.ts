/**
 * The questions members asked that the reports could not answer, kept in an
 * SQLite database so moderators see where the corpus falls short.
 *
 * Only what that needs is stored: the server, the question's key and its
 * latest wording, and when it was asked. No user id, and nothing asked
 * privately (the caller does not record those). Questions are written in
 * batches, at most {@link FLUSH_MS} apart, so a burst of questions costs one
 * synced commit rather than one each; SQLite's rollback journal means a
 * crash mid-write loses that batch at most, and never damages the file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { truncate } from '../text/truncate.js';
import { isRunning, parsePid } from './pid.js';
import { questionKey } from './question-key.js';

/** Questions older than this are forgotten: `/corpus unanswered` looks back at most this far. */
export const MAX_UNANSWERED_DAYS = 90;
/** The wording kept for a question; longer ones are shortened. */
const MAX_STORED_LENGTH = 300;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest a recorded question waits before it is written. */
export const FLUSH_MS = 1000;
/** A batch this large is written at once, so memory stays bounded under any burst. */
const MAX_PENDING = 500;

interface PendingAsk {
  readonly guildId: string;
  readonly key: string;
  readonly wording: string;
  readonly at: number;
}

/** One line of the unanswered list. */
export interface UnansweredQuestion {
  /** The latest wording members used. */
  readonly question: string;
  /** Times asked in the period, in every wording with the same key. */
  readonly count: number;
  readonly lastAskedAt: Date;
}

/** Database files open in this process, so one file never has two writers here. */
const openFiles = new Set<string>();

/** Thrown when another running process holds the database. */
export class DatabaseInUseError extends Error {
  override readonly name = 'DatabaseInUseError';
}

/** The unanswered questions of every server, in one database file. */
export class UnansweredLog {
  readonly #db: sqlite.Database;
  readonly #file: string;
  readonly #onError: (error: unknown) => void;
  readonly #pending: PendingAsk[] = [];
  #timer: NodeJS.Timeout | undefined;

  private constructor(db: sqlite.Database, file: string, onError: (error: unknown) => void) {
    this.#db = db;
    this.#file = file;
    this.#onError = onError;
  }

  /**
   * Opens (or creates) the database `file`. Throws a {@link DatabaseInUseError}
   * if another running process has it open. `onError` hears of a batch that
   * could not be written in the background.
   */
  static open(file: string, options: { onError?: (error: unknown) => void } = {}): UnansweredLog {
    const full = path.resolve(file);
    mkdirSync(path.dirname(full), { recursive: true });
    claim(full);
    try {
      const db = new sqlite.Database(full);
      db.exec(`
        PRAGMA journal_mode = DELETE;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS questions (
          guild_id TEXT NOT NULL, key TEXT NOT NULL, wording TEXT NOT NULL, PRIMARY KEY (guild_id, key));
        CREATE TABLE IF NOT EXISTS asks (guild_id TEXT NOT NULL, key TEXT NOT NULL, asked_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS asks_by_time ON asks (guild_id, asked_at);
        DELETE FROM questions WHERE NOT EXISTS
          (SELECT 1 FROM asks a WHERE a.guild_id = questions.guild_id AND a.key = questions.key);
      `);
      return new UnansweredLog(db, full, options.onError ?? (() => undefined));
    } catch (error) {
      release(full);
      throw error;
    }
  }

  /** Counts one unanswered question asked in `guildId` at `at`. A question with no words is not counted. */
  record(guildId: string, question: string, at: Date = new Date()): void {
    const key = questionKey(question);
    if (key === '') return;
    const wording = truncate(question.trim().replace(/\s+/gu, ' '), MAX_STORED_LENGTH);
    this.#pending.push({ guildId, key, wording, at: at.getTime() });
    if (this.#pending.length >= MAX_PENDING) {
      this.flush();
    } else {
      this.#timer ??= setTimeout(() => {
        try {
          this.flush();
        } catch (error) {
          this.#onError(error);
        }
      }, FLUSH_MS);
    }
  }

  /** Writes the questions recorded so far, in one transaction. If it fails, that batch is dropped. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#pending.splice(0);
    if (batch.length === 0) return;
    const db = this.#db;
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const ask of batch) {
        db.run(
          `INSERT INTO questions (guild_id, key, wording) VALUES (?, ?, ?)
           ON CONFLICT (guild_id, key) DO UPDATE SET wording = excluded.wording`,
          [ask.guildId, ask.key, ask.wording],
        );
        db.run('INSERT INTO asks (guild_id, key, asked_at) VALUES (?, ?, ?)', [ask.guildId, ask.key, ask.at]);
      }
      // Forgetting as we go keeps the file as small as the period it can be asked about.
      const newest = Math.max(...batch.map((ask) => ask.at));
      db.run('DELETE FROM asks WHERE asked_at < ?', [newest - MAX_UNANSWERED_DAYS * DAY_MS]);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The most asked unanswered questions of `guildId` in the `days` before `now`, most asked first. */
  top(guildId: string, options: { days: number; limit: number; now?: Date }): UnansweredQuestion[] {
    this.flush();
    const now = (options.now ?? new Date()).getTime();
    const rows = this.#db.all(
      `SELECT q.wording AS wording, COUNT(*) AS count, MAX(a.asked_at) AS last
         FROM asks a JOIN questions q ON q.guild_id = a.guild_id AND q.key = a.key
        WHERE a.guild_id = ? AND a.asked_at > ? AND a.asked_at <= ?
        GROUP BY a.key ORDER BY count DESC, last DESC LIMIT ?`,
      [guildId, now - options.days * DAY_MS, now, options.limit],
    );
    return rows.map((row) => ({
      question: String(row.wording),
      count: Number(row.count),
      lastAskedAt: new Date(Number(row.last)),
    }));
  }

  /** Closes the database and lets another process open it. */
  close(): void {
    if (!this.#db.isOpen) return;
    try {
      this.flush();
    } finally {
      this.#db.close();
    }
    release(this.#file);
  }
}

/**
 * Takes the database for this process. The SQLite build locks a file with a
 * `<file>.lock` folder, which a crash leaves behind: an owner file with the
 * process id tells a stale lock (its process is gone) from a live one.
 */
function claim(file: string): void {
  if (openFiles.has(file)) throw new DatabaseInUseError(`${file} is already open in this process`);
  const ownerFile = `${file}.owner`;
  const owner = readOwner(ownerFile);
  if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
    throw new DatabaseInUseError(
      `${file} is in use by process ${owner}: give each running citebot its own DATA_DIR (delete ${path.basename(ownerFile)} if that process is not citebot)`,
    );
  }
  rmSync(`${file}.lock`, { recursive: true, force: true });
  const temporary = `${ownerFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${process.pid}\n`);
  renameSync(temporary, ownerFile);
  openFiles.add(file);
}

function release(file: string): void {
  openFiles.delete(file);
  if (readOwner(`${file}.owner`) === process.pid) rmSync(`${file}.owner`, { force: true });
}

function readOwner(ownerFile: string): number | undefined {
  try {
    return parsePid(readFileSync(ownerFile, 'utf8'));
  } catch {
    return undefined;
  }
}
