import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex } from '../../src/engine/build.js';
import { openIndex, SNAPSHOT_FILE } from '../../src/engine/index-cache.js';
import { CorpusError } from '../../src/errors.js';
import { type IndexOpenReport, LiveCorpus } from '../../src/service/live-corpus.js';
import { aliasBombReport, HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';

let corpus: TempCorpus;
afterEach(() => corpus.cleanup());

describe('LiveCorpus', () => {
  it('refuses to start from an invalid corpus, naming the file and line', async () => {
    corpus = tempCorpus({ 'bad.md': '---\nid: Bad Id\nsource: "X"\ntitle: "Y"\n---\n\nText.\n' });
    const loading = LiveCorpus.fromDirectory(corpus.dir);
    await expect(loading).rejects.toBeInstanceOf(CorpusError);
    await expect(loading).rejects.toThrow(
      'bad.md:2: "id" must use only lower-case letters, digits and hyphens, like "reuters-2024"',
    );
  });

  it('swaps in a reloaded corpus while a reader that took the old index keeps it', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const live = await LiveCorpus.fromDirectory(corpus.dir);
    const inFlight = live.index;
    corpus.write('radio.md', {
      id: 'radio',
      source: 'City Radio',
      title: 'Lighthouse',
      paragraphs: ['The lighthouse keeper saw the ferry first.'],
    });

    const result = await live.reload();

    expect(result.ok && result.diff.sourcesAdded).toEqual([{ id: 'radio', source: 'City Radio' }]);
    expect(answerQuestion(live.index, 'who saw the ferry first from the lighthouse').hits[0]?.id).toBe('radio#1');
    expect(inFlight.byId.has('radio#1')).toBe(false);
  });

  it('keeps serving the old corpus when the new one is invalid', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const live = await LiveCorpus.fromDirectory(corpus.dir);
    const before = live.index;
    corpus.write('wire.md', '---\nid: wire\nsource: "Wire Service"\n---\n\nText.\n');

    const result = await live.reload();

    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'wire.md', line: 2, message: '"title" is required' }],
    });
    expect(live.index).toBe(before);
  });

  it('keeps serving the old corpus when a report is an alias bomb', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const live = await LiveCorpus.fromDirectory(corpus.dir);
    const before = live.index;
    corpus.write('bomb.md', aliasBombReport('bomb'));

    const result = await live.reload();

    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'bomb.md',
          line: 6,
          message: 'front matter repeats its aliases (*name) too often to be read: write each value out in full',
        },
      ],
    });
    expect(live.index).toBe(before);
  });

  it('runs reloads one after another, each diffed against the corpus the previous one left', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    let reading = 0;
    let mostAtOnce = 0;
    const read = async () => {
      reading++;
      mostAtOnce = Math.max(mostAtOnce, reading);
      const check = await checkCorpus(corpus.dir);
      await new Promise((resolve) => setTimeout(resolve, 20));
      reading--;
      return check;
    };
    const first = await checkCorpus(corpus.dir);
    if (!first.ok) throw new Error('fixture corpus is invalid');
    const live = new LiveCorpus(buildIndex(first.corpus), read);
    corpus.remove('wire.md');

    const [a, b] = await Promise.all([live.reload(), live.reload()]);

    expect(mostAtOnce).toBe(1);
    expect(a.ok && a.diff.sourcesRemoved).toEqual([{ id: 'wire', source: 'Wire Service' }]);
    expect(b.ok && b.diff.sourcesRemoved).toEqual([]);
    expect(b.ok && b.diff.fromVersion).toBe(a.ok && a.diff.toVersion);
  });
});

describe('LiveCorpus with a snapshot cache', () => {
  it('keeps the same index when a reload finds the corpus unchanged', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const live = await LiveCorpus.fromDirectory(corpus.dir);
    const before = live.index;
    const result = await live.reload();
    expect(result.ok && result.current).toBe(before.corpus);
    expect(live.index).toBe(before);
  });

  it('starts from a snapshot saved by an earlier start, and reloads into it', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const cacheDir = path.join(corpus.dir, '.cache');
    const first = await LiveCorpus.fromDirectory(corpus.dir, { cacheDir });
    expect(existsSync(path.join(cacheDir, SNAPSHOT_FILE))).toBe(true);
    const restarted = await LiveCorpus.fromDirectory(corpus.dir, { cacheDir });
    expect(answerQuestion(restarted.index, 'who praised the captain')).toEqual(
      answerQuestion(first.index, 'who praised the captain'),
    );
    corpus.write('radio.md', {
      id: 'radio',
      source: 'City Radio',
      title: 'Lighthouse',
      paragraphs: ['The keeper saw it.'],
    });
    expect((await restarted.reload()).ok).toBe(true);
    expect(restarted.index.byId.has('radio#1')).toBe(true);
    // A worker saves the reloaded corpus's snapshot, so the next start reads it instead of building.
    expect(await restarted.whenSnapshotSaved()).toBeUndefined();
    const opened = await openIndex(restarted.index.corpus, cacheDir);
    expect(opened.source).toBe('snapshot');
    expect(opened.index.byId.has('radio#1')).toBe(true);
  });

  it('reports a corrupt snapshot, rebuilds, and reports the next start as read from the fresh one', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const cacheDir = path.join(corpus.dir, '.cache');
    await LiveCorpus.fromDirectory(corpus.dir, { cacheDir });
    const file = path.join(cacheDir, SNAPSHOT_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const reports: IndexOpenReport[] = [];
    await LiveCorpus.fromDirectory(corpus.dir, { cacheDir, onIndexOpened: (report) => reports.push(report) });
    await LiveCorpus.fromDirectory(corpus.dir, { cacheDir, onIndexOpened: (report) => reports.push(report) });
    expect(reports.map(({ source, rejected }) => [source, rejected])).toEqual([
      ['built', 'checksum mismatch'],
      ['snapshot', undefined],
    ]);
  });
});
