/**
 * Changing the corpus from outside the machine: add, replace and remove
 * report files, and read one back. Every change is checked exactly as
 * `citebot validate` checks the corpus, written so that no reader sees half
 * a file, keeps what it replaces in the history, and is followed by a
 * reload. Changes (and reloads) run one at a time, in the order asked, and
 * across the shards of a host too.
 */
import { lstat, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { type CorpusFile, type CorpusRead, checkCorpusFiles, readCorpusFiles } from '../corpus/load.js';
import { parseReport } from '../corpus/parse.js';
import { readCorpusFile } from '../corpus/read-file.js';
import type { Corpus, Report } from '../corpus/types.js';
import type { CorpusProblem } from '../errors.js';
import { withFolderLock } from './folder-lock.js';
import { writeFileAtomically } from '../files.js';
import { contentHash, keepInHistory } from './history.js';
import type { LiveCorpus, ReloadResult } from './live-corpus.js';

/** What a change did, or why it did nothing. Every outcome but `done` leaves the corpus as it was. */
export type ChangeOutcome =
  | {
      readonly status: 'done';
      readonly action: 'added' | 'replaced' | 'removed';
      readonly reportId: string;
      /** Of the file added, or of the file removed. */
      readonly contentHash: string;
      /** The old file's name in the history, when one was kept. */
      readonly historyFile?: string;
      readonly reload: Extract<ReloadResult, { ok: true }>;
    }
  /** The file (or the corpus with it) fails validation: nothing was written. */
  | { readonly status: 'invalid'; readonly contentHash?: string; readonly problems: readonly CorpusProblem[] }
  /** Not allowed as asked (an id taken, the last report); `message` says why. */
  | { readonly status: 'refused'; readonly reportId?: string; readonly contentHash?: string; readonly message: string }
  /** Written, but the reload found the corpus on disk invalid (another file has problems): the change was undone. */
  | { readonly status: 'undone'; readonly reportId: string; readonly problems: readonly CorpusProblem[] };

/** Where a {@link CorpusAdmin} works. */
export interface CorpusAdminOptions {
  readonly corpusDir: string;
  readonly historyDir: string;
}

/** A report file read back. */
export interface ReportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The one writer of the corpus directory in this process. */
export class CorpusAdmin {
  readonly #live: LiveCorpus;
  readonly #options: CorpusAdminOptions;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(live: LiveCorpus, options: CorpusAdminOptions) {
    this.#live = live;
    this.#options = options;
  }

  /** Reloads the corpus from disk, after the changes asked before it. */
  reload(): Promise<ReloadResult> {
    return this.#serial(() => this.#live.reload(), false);
  }

  /**
   * Adds the report file `bytes` as `<id>.md`. `upload` names it in problems
   * until its id is known. An id in use is refused unless `replace`, which
   * keeps the old file in the history first.
   */
  add(bytes: Uint8Array, options: { readonly upload: string; readonly replace: boolean }): Promise<ChangeOutcome> {
    return this.#serial(() => this.#add(bytes, options), true);
  }

  /** Moves report `reportId`'s file to the history and reloads. The last report cannot be removed. */
  remove(reportId: string): Promise<ChangeOutcome> {
    return this.#serial(() => this.#remove(reportId), true);
  }

  /** The current file of report `reportId`, named `<id>.md`; undefined if no report has that id. */
  file(reportId: string): Promise<ReportFile | CorpusProblem | undefined> {
    return this.#serial(async () => {
      const report = this.#live.index.corpus.reports.find((candidate) => candidate.id === reportId);
      if (!report) return undefined;
      const bytes = await readCorpusFile(this.#options.corpusDir, report.file);
      return bytes instanceof Uint8Array ? { name: `${report.id}.md`, bytes } : bytes;
    }, false);
  }

  /** Runs `task` after those before it, holding the host-wide lock; a change (`writes`) needs it. */
  #serial<T>(task: () => Promise<T>, writes: boolean): Promise<T> {
    const result = this.#queue.then(() => withFolderLock(this.#options.historyDir, task, { required: writes }));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #add(bytes: Uint8Array, options: { upload: string; replace: boolean }): Promise<ChangeOutcome> {
    const hash = contentHash(bytes);
    const parsed = parseReport(options.upload, bytes);
    if (!parsed.ok) return { status: 'invalid', contentHash: hash, problems: parsed.problems };
    const reportId = parsed.report.id;
    const target = `${reportId}.md`;
    const { corpusDir, historyDir } = this.#options;
    const disk = await readCorpusFiles(corpusDir);
    const existing = this.#reports(disk).find((report) => report.id === reportId);
    if (existing && !options.replace) {
      const message =
        `A report with the id "${reportId}" exists already (${existing.file}). ` +
        'To replace it, run /corpus add again with replace:true; its current file is kept in the history.';
      return { status: 'refused', reportId, contentHash: hash, message };
    }
    if (existing?.file !== target && (await exists(path.join(corpusDir, target)))) {
      const message = `${target} is the file of another report, so "${reportId}" cannot be written there. Give the report another id.`;
      return { status: 'refused', reportId, contentHash: hash, message };
    }
    const check = disk.ok ? checkCorpusFiles(corpusDir, withFile(disk.files, target, bytes, existing?.file)) : disk;
    if (!check.ok) return { status: 'invalid', contentHash: hash, problems: check.problems };

    const old = existing ? await readFile(path.join(corpusDir, existing.file)) : undefined;
    const historyFile = old ? await keepInHistory(historyDir, reportId, old) : undefined;
    await writeFileAtomically(corpusDir, target, bytes);
    if (existing && existing.file !== target) await rm(path.join(corpusDir, existing.file));
    const reload = await this.#live.reload();
    if (!reload.ok) {
      if (existing?.file !== target) await rm(path.join(corpusDir, target), { force: true });
      if (existing && old) await writeFileAtomically(corpusDir, existing.file, old);
      return { status: 'undone', reportId, problems: reload.problems };
    }
    const action = existing ? 'replaced' : 'added';
    return { status: 'done', action, reportId, contentHash: hash, historyFile, reload };
  }

  async #remove(reportId: string): Promise<ChangeOutcome> {
    const { corpusDir, historyDir } = this.#options;
    const reports = this.#reports(await readCorpusFiles(corpusDir));
    const report = reports.find((candidate) => candidate.id === reportId);
    if (!report) {
      return { status: 'refused', reportId, message: `No report has the id "${reportId}". /sources lists them.` };
    }
    if (reports.length === 1) {
      const message = `"${reportId}" is the last report, and citebot needs at least one. Add another report first.`;
      return { status: 'refused', reportId, message };
    }
    const bytes = await readFile(path.join(corpusDir, report.file));
    const historyFile = await keepInHistory(historyDir, reportId, bytes);
    await rm(path.join(corpusDir, report.file));
    const reload = await this.#live.reload();
    if (!reload.ok) {
      await writeFileAtomically(corpusDir, report.file, bytes);
      return { status: 'undone', reportId, problems: reload.problems };
    }
    return { status: 'done', action: 'removed', reportId, contentHash: contentHash(bytes), historyFile, reload };
  }

  /** The reports on disk; the served ones if the disk's corpus is invalid (the check then reports why). */
  #reports(disk: CorpusRead): readonly Report[] {
    const check = disk.ok ? checkCorpusFiles(this.#options.corpusDir, disk.files) : disk;
    const corpus: Corpus = check.ok ? check.corpus : this.#live.index.corpus;
    return corpus.reports;
  }
}

/**
 * The corpus files as they would be with `name` written and `drop` removed, in
 * name order as the loader reads them: a change is checked by the very check
 * behind `citebot validate`, before anything is written.
 */
function withFile(files: readonly CorpusFile[], name: string, bytes: Uint8Array, drop?: string): CorpusFile[] {
  const kept = files.filter((entry) => entry.file !== name && entry.file !== drop);
  return [...kept, { file: name, bytes }].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}
