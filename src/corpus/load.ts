/**
 * Reading a corpus directory from disk into a validated {@link Corpus}.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError, type CorpusProblem, formatPlace } from '../errors.js';
import { parseReport } from './parse.js';
import { describeFsError, type ReadOptions, readCorpusFile } from './read-file.js';
import type { Corpus, Report } from './types.js';

/** The outcome of reading a corpus: the corpus, or every problem that stops it loading. */
export type CorpusCheck =
  | {
      readonly ok: true;
      readonly corpus: Corpus;
      /** What loads but deserves a look, such as control characters; same shape as a problem. */
      readonly warnings: readonly CorpusProblem[];
    }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/**
 * Loads and validates every report under `dir`. Throws a {@link CorpusError}
 * listing all problems when the corpus is not usable, so a caller can keep
 * serving the corpus it already has.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const check = await checkCorpus(dir);
  if (!check.ok) throw new CorpusError(check.problems);
  return check.corpus;
}

/** Files read at once: enough to keep the disk busy, few enough never to run out of file handles. */
const READ_CONCURRENCY = 16;

/** Like {@link loadCorpus}, but returns the problems instead of throwing. */
export async function checkCorpus(dir: string, options: ReadOptions = {}): Promise<CorpusCheck> {
  const read = await readCorpusFiles(dir, options);
  return read.ok ? checkCorpusFiles(dir, read.files) : read;
}

/** One corpus file as read: its bytes, or why they cannot be used. */
export interface CorpusFile {
  /** Relative to the corpus directory. */
  readonly file: string;
  readonly bytes: Uint8Array | CorpusProblem;
}

/** The files of a corpus as read, in name order, or why the folder cannot be listed. */
export type CorpusRead = { ok: true; files: CorpusFile[] } | { ok: false; problems: CorpusProblem[] };

/** Reads every file that {@link listCorpusFiles} lists under `dir`, a few at a time. */
export async function readCorpusFiles(dir: string, options: ReadOptions = {}): Promise<CorpusRead> {
  const listing = await listCorpusFiles(dir);
  if (!listing.ok) return listing;
  const { files } = listing;
  const read: (Uint8Array | CorpusProblem)[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) read[i] = await readCorpusFile(dir, files[i] ?? '', options);
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return { ok: true, files: files.map((file, i) => ({ file, bytes: read[i] ?? { file, message: 'could not be read' } })) };
}

/**
 * Validates corpus files already read from `dir`, the check behind `citebot
 * validate`. A change is checked by passing the files as they would be after it.
 */
export function checkCorpusFiles(dir: string, files: readonly CorpusFile[]): CorpusCheck {
  const problems: CorpusProblem[] = [];
  const reports: Report[] = [];
  const warnings: CorpusProblem[] = [];
  for (const { file, bytes } of files) {
    if (!(bytes instanceof Uint8Array)) {
      problems.push(bytes);
      continue;
    }
    const result = parseReport(file, bytes);
    if (result.ok) {
      reports.push(result.report);
      warnings.push(...result.warnings);
    } else {
      problems.push(...result.problems);
    }
  }
  problems.push(...duplicateIds(reports));
  if (problems.length === 0 && reports.length === 0) {
    problems.push({ file: dir, message: 'has no reports: add at least one *.md file' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, corpus: assembleCorpus(reports, files), warnings };
}

/** Builds the corpus value; the version hashes every file so any edit changes it. */
function assembleCorpus(reports: Report[], files: readonly CorpusFile[]): Corpus {
  const hash = createHash('sha256');
  for (const { file, bytes } of files) {
    hash.update(file).update('\0');
    if (bytes instanceof Uint8Array) hash.update(bytes);
    hash.update('\0');
  }
  return {
    reports,
    paragraphs: reports.flatMap((report) => report.paragraphs),
    version: hash.digest('hex').slice(0, 12),
    loadedAt: new Date(),
  };
}

/** The files of a corpus folder, or why it cannot be listed. */
export type Listing = { ok: true; files: string[] } | { ok: false; problems: CorpusProblem[] };

/**
 * Every file the loader reads under `dir`, relative and sorted, so ids and
 * versions do not depend on disk order: all but those under a name starting
 * with a dot.
 */
export async function listCorpusFiles(dir: string): Promise<Listing> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    return { ok: false, problems: [{ file: dir, message: describeFsError(error, 'the corpus directory') }] };
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => !file.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
  return { ok: true, files };
}

function duplicateIds(reports: readonly Report[]): CorpusProblem[] {
  const seen = new Map<string, Report>();
  const problems: CorpusProblem[] = [];
  for (const report of reports) {
    const first = seen.get(report.id);
    if (first) {
      problems.push({
        file: report.file,
        line: report.idLine,
        message: `duplicate id "${report.id}": ${formatPlace({ file: first.file, line: first.idLine })} uses it too; give each report its own id`,
      });
    } else {
      seen.set(report.id, report);
    }
  }
  return problems;
}
