import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusFile } from '../../src/corpus/read-file.js';

const report = '---\nid: a\nsource: S\ntitle: T\n---\n\nA paragraph.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'citebot-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCorpusFile', () => {
  it('reads a plain file whole', async () => {
    await writeFile(path.join(dir, 'a.md'), report);
    expect(Buffer.from((await readCorpusFile(dir, 'a.md')) as Uint8Array).toString('utf8')).toBe(report);
  });

  it('refuses a link to a folder', async () => {
    await mkdir(path.join(dir, 'drafts'));
    await symlink(path.join(dir, 'drafts'), path.join(dir, 'drafts.md'));
    expect(await readCorpusFile(dir, 'drafts.md')).toEqual({
      file: 'drafts.md',
      message: 'is a link to a folder; move the reports into the corpus folder',
    });
  });

  it('refuses a file an editor replaced (saved by renaming a new file over it) while it was read', async () => {
    await writeFile(path.join(dir, 'a.md'), report);
    const saved = await readCorpusFile(dir, 'a.md', {
      whileReading: async () => {
        await writeFile(path.join(dir, '.a.md.swp'), report.replace('A paragraph.', 'An edited paragraph.'));
        await rename(path.join(dir, '.a.md.swp'), path.join(dir, 'a.md'));
      },
    });
    expect(saved).toEqual({
      file: 'a.md',
      message: 'changed while the corpus was being read; run /reload again once the edit is saved',
    });
  });
});
