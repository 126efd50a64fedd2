import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import { CorpusError } from '../../src/errors.js';

const report = (id: string, body = 'A paragraph.') =>
  `---\nid: ${id}\nsource: Source ${id}\ntitle: Title ${id}\n---\n\n${body}\n`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'citebot-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads every report in file-name order, subfolders included, dotfiles ignored', async () => {
    await writeFile(path.join(dir, 'b.md'), report('b', 'One.\n\nTwo.'));
    await mkdir(path.join(dir, '2024'));
    await writeFile(path.join(dir, '2024', 'c.md'), report('c'));
    await writeFile(path.join(dir, 'a.md'), report('a'));
    await writeFile(path.join(dir, '.DS_Store'), 'junk');
    const corpus = await loadCorpus(dir);
    expect(corpus.reports.map((r) => r.file)).toEqual([path.join('2024', 'c.md'), 'a.md', 'b.md']);
    expect(corpus.paragraphs.map((p) => p.id)).toEqual(['c#1', 'a#1', 'b#1', 'b#2']);
    expect(corpus.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives the same version to the same content, and a new one after any edit', async () => {
    await writeFile(path.join(dir, 'a.md'), report('a'));
    const first = await loadCorpus(dir);
    expect((await loadCorpus(dir)).version).toBe(first.version);
    await writeFile(path.join(dir, 'a.md'), report('a', 'A paragraph, edited.'));
    expect((await loadCorpus(dir)).version).not.toBe(first.version);
  });

  it('reports a duplicate id at the second file, naming the first with its line', async () => {
    await writeFile(path.join(dir, 'a.md'), `---\nsource: S\ntitle: T\nid: same\n---\n\nText.\n`);
    await writeFile(path.join(dir, 'b.md'), report('same'));
    expect(await checkCorpus(dir)).toEqual({
      ok: false,
      problems: [
        { file: 'b.md', line: 2, message: 'duplicate id "same": a.md:4 uses it too; give each report its own id' },
      ],
    });
  });

  it('collects the problems of every file and throws them together', async () => {
    await writeFile(path.join(dir, 'a.md'), '---\nid: a\nsource: S\ntitle: T\ncolour: red\n---\n\nText.\n');
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    await writeFile(path.join(dir, 'ok.md'), report('ok'));
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toBe(
      [
        'The corpus has 2 problems:',
        'a.md:5: unknown key "colour" (allowed: id, source, title, author, published, url, credits)',
        'notes.txt: is not a Markdown file: corpus files must be named *.md',
      ].join('\n'),
    );
  });

  it('explains a missing, empty or wrong corpus directory', async () => {
    const missing = path.join(dir, 'nope');
    expect(await checkCorpus(missing)).toEqual({
      ok: false,
      problems: [{ file: missing, message: 'the corpus directory does not exist' }],
    });
    expect(await checkCorpus(dir)).toEqual({
      ok: false,
      problems: [{ file: dir, message: 'has no reports: add at least one *.md file' }],
    });
    await writeFile(path.join(dir, 'a.md'), report('a'));
    expect(await checkCorpus(path.join(dir, 'a.md'))).toEqual({
      ok: false,
      problems: [{ file: path.join(dir, 'a.md'), message: 'the corpus directory is not a directory' }],
    });
  });

  it('refuses a link to a file outside the corpus directory', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'citebot-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), report('secret'));
      await writeFile(path.join(dir, 'a.md'), report('a'));
      await symlink(path.join(outside, 'secret.md'), path.join(dir, 'linked.md'));
      expect(await checkCorpus(dir)).toEqual({
        ok: false,
        problems: [
          {
            file: 'linked.md',
            message: 'is a link to a file outside the corpus directory; copy the file in instead',
          },
        ],
      });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('loadCorpus on files a moderator got wrong', () => {
  it('refuses a 50 MB file without reading it whole', async () => {
    await writeFile(path.join(dir, 'a.md'), report('a'));
    await writeFile(path.join(dir, 'dump.md'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    expect(await checkCorpus(dir)).toEqual({
      ok: false,
      problems: [{ file: 'dump.md', message: 'is 50.0 MB; a corpus file may be at most 5 MB' }],
    });
  });
});
