/**
 * Tiny corpora written to temporary directories, so each test shows the
 * exact reports it is about.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';

/** The project's own corpus, the one `/ask who delivered the car` is about. */
export const PROJECT_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

/** Front matter and paragraphs of one report file. */
export interface ReportFixture {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly author?: string;
  readonly published?: string;
  readonly url?: string;
  readonly paragraphs: readonly string[];
}

/** The Markdown text of a report file. */
export function reportFile(report: ReportFixture): string {
  const keys = (['id', 'source', 'title', 'author', 'published', 'url'] as const)
    .filter((key) => report[key] !== undefined)
    .map((key) => `${key}: ${JSON.stringify(report[key])}`);
  return `---\n${keys.join('\n')}\n---\n\n${report.paragraphs.join('\n\n')}\n`;
}

/** A temporary corpus directory; `remove` deletes it. */
export interface TempCorpus {
  readonly dir: string;
  /** Writes (or replaces) a file, given as a report or as raw text. */
  write(file: string, content: ReportFixture | string): void;
  remove(file: string): void;
  cleanup(): void;
}

/** Creates a corpus directory with `files`, or a copy of the project's corpus when `files` is 'project'. */
export function tempCorpus(files: Record<string, ReportFixture | string> | 'project'): TempCorpus {
  const dir = mkdtempSync(path.join(tmpdir(), 'citebot-corpus-'));
  const write = (file: string, content: ReportFixture | string) =>
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : reportFile(content));
  if (files === 'project') cpSync(PROJECT_CORPUS, dir, { recursive: true });
  else for (const [file, content] of Object.entries(files)) write(file, content);
  return {
    dir,
    write,
    remove: (file) => rmSync(path.join(dir, file)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The index of a corpus of one report, read from a temporary directory that
 * is removed once read: the index keeps no file open.
 */
export async function indexOfReport(report: ReportFixture): Promise<SearchIndex> {
  const corpus = tempCorpus({ [`${report.id}.md`]: report });
  try {
    return buildIndex(await loadCorpus(corpus.dir));
  } finally {
    corpus.cleanup();
  }
}

/** Two small reports about the same event, for tests that need a corpus but not a particular one. */
export const HARBOUR_REPORTS = {
  'daily.md': {
    id: 'daily',
    source: 'The Daily',
    title: 'Ferry reaches the harbour',
    author: 'Ana Ruiz',
    published: '2024-03-01',
    url: 'https://example.com/ferry',
    paragraphs: [
      'The ferry reached the harbour at noon after a storm delayed it by six hours.',
      'The captain said the crew kept all passengers below deck during the storm.',
      'Port officials counted 212 passengers and no injuries.',
    ],
  },
  'wire.md': {
    id: 'wire',
    source: 'Wire Service',
    title: 'Storm delays island ferry',
    paragraphs: [
      'A storm delayed the island ferry by six hours, port officials said.',
      'The harbour master praised the captain for keeping passengers safe.',
    ],
  },
} as const satisfies Record<string, ReportFixture>;

/**
 * A report whose front matter is a small "billion laughs": each list repeats
 * the one before nine times, so reading it in full means expanding 9⁴ values.
 * The first alias is on line 6.
 */
export function aliasBombReport(id: string): string {
  return [
    '---',
    `id: ${id}`,
    'source: S',
    'title: T',
    'l0: &a [x, x, x, x, x, x, x, x, x]',
    'l1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'l2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'l3: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    '---',
    '',
    'Text.',
    '',
  ].join('\n');
}
