/**
 * Checking a change before it is made: the corpus as it would be, copied
 * into a staging folder and checked there by the very function behind
 * `citebot validate`, so duplicate ids and every other rule count the same.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CorpusCheck, checkCorpus } from '../corpus/load.js';
import { readCorpusFile } from '../corpus/read-file.js';
import type { CorpusProblem } from '../errors.js';

/** The change to check: a file to add (or overwrite), and one to leave out. */
export interface StagedChange {
  readonly add: { readonly name: string; readonly bytes: Uint8Array };
  readonly drop?: string;
}

/**
 * Checks the corpus in `corpusDir` with `change` applied, without touching
 * it. The staging folder is a dot-folder in `historyDir` (the one other
 * place citebot writes), removed afterwards.
 */
export async function checkWithFile(corpusDir: string, historyDir: string, change: StagedChange): Promise<CorpusCheck> {
  await mkdir(historyDir, { recursive: true });
  const stage = await mkdtemp(path.join(historyDir, '.staging-'));
  try {
    const unreadable = await copyCorpus(corpusDir, stage, historyDir, change.drop);
    await writeFile(path.join(stage, change.add.name), change.add.bytes);
    const check = await checkCorpus(stage);
    if (unreadable.length === 0) return check;
    const problems = [...unreadable, ...(check.ok ? [] : check.problems)];
    return { ok: false, problems: problems.sort((a, b) => a.file.localeCompare(b.file)) };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/**
 * Copies what the loader would read, read the way it reads it (so a link out
 * of the folder or a pipe is a problem here too), except `drop`. Returns the
 * files that cannot be read. Dot-files are never loaded, and the history,
 * which holds the staging folder, may sit inside the corpus folder.
 */
async function copyCorpus(
  corpusDir: string,
  stage: string,
  historyDir: string,
  drop: string | undefined,
): Promise<CorpusProblem[]> {
  const historyRoot = path.resolve(historyDir);
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const problems: CorpusProblem[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const source = path.join(entry.parentPath ?? entry.path, entry.name);
    const file = path.relative(corpusDir, source);
    const inHistory = !path.relative(historyRoot, path.resolve(source)).startsWith('..');
    if (file === drop || inHistory || file.split(path.sep).some((part) => part.startsWith('.'))) continue;
    const bytes = await readCorpusFile(corpusDir, file);
    if (!(bytes instanceof Uint8Array)) {
      problems.push(bytes);
      continue;
    }
    await mkdir(path.dirname(path.join(stage, file)), { recursive: true });
    await writeFile(path.join(stage, file), bytes);
  }
  return problems;
}
