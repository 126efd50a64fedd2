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
  const listing = await listCorpusFiles(dir);
  if (!listing.ok) return listing;
  const files = listing.files.map((file) => ({ file, bytes: undefined as Uint8Array | CorpusProblem | undefined }));
  let next = 0;
  const worker = async () => {
    for (let entry = files[next++]; entry; entry = files[next++]) {
      entry.bytes = await readCorpusFile(dir, entry.file, options);
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  const problems: CorpusProblem[] = [];
  const reports: Report[] = [];
  const warnings: CorpusProblem[] = [];
  for (const { file, bytes } of files) {
    if (!(bytes instanceof Uint8Array)) {
      if (bytes) problems.push(bytes);
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
function assembleCorpus(reports: Report[], files: readonly { file: string; bytes: unknown }[]): Corpus {
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
