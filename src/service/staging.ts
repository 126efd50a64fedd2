/**
 * Checking a change before it is made: the corpus as it would be, copied
 * into a staging folder and checked there by the very function behind
 * `citebot validate`, so duplicate ids and every other rule count the same.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CorpusCheck, checkCorpus, listCorpusFiles } from '../corpus/load.js';
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
    const unreadable = await copyCorpus(corpusDir, stage, change.drop);
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
 * files that cannot be read. The staging folder itself is never copied: it
 * is a dot-folder, and the config keeps a history inside the corpus folder
 * under a dot-folder too.
 */
async function copyCorpus(corpusDir: string, stage: string, drop: string | undefined): Promise<CorpusProblem[]> {
  const listing = await listCorpusFiles(corpusDir);
  if (!listing.ok) return listing.problems;
  const problems: CorpusProblem[] = [];
  for (const file of listing.files) {
    if (file === drop) continue;
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
