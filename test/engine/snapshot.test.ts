import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { openIndex, SNAPSHOT_FILE } from '../../src/engine/index-cache.js';
import { planQuestion } from '../../src/engine/plan.js';
import { deserializeIndex, SnapshotError, serializeIndex } from '../../src/engine/snapshot.js';
import { PROJECT_CORPUS, type TempCorpus, tempCorpus } from '../support/corpus.js';

let story: Corpus;
let built: SearchIndex;
beforeAll(async () => {
  story = await loadCorpus(PROJECT_CORPUS);
  built = buildIndex(story);
});

const QUESTIONS = [
  'who delivered the car',
  'Aurus',
  'who deliverd the car',
  "Who is Kim's sister?",
  'UN sanctions',
  // Moscow stands for Russia: the restored index knows it too.
  'did Russia vote for the sanctions',
  // The verbs of giving are kept: "received … on Kim's behalf" finds "delivered to Kim's top aides".
  "Who received the car on Kim's behalf?",
];

describe('index snapshots', () => {
  it('restore an index that answers exactly like the one that was saved', () => {
    const restored = deserializeIndex(serializeIndex(built), story);
    for (const question of QUESTIONS) {
      expect(answerQuestion(restored, question, { top: 5 })).toEqual(answerQuestion(built, question, { top: 5 }));
    }
  });

  it('keep the two-word names the reports write: "Security Council" is no name they lack', () => {
    const restored = deserializeIndex(serializeIndex(built), story);
    const unknownNames = (index: SearchIndex) =>
      planQuestion(index, 'what does the Security Council ban').question.unknownNames;
    expect(unknownNames(restored)).toEqual([]);
    expect(unknownNames(built)).toEqual([]);
    expect(planQuestion(restored, 'what does the State Department ban').question.unknownNames).toEqual([
      'State Department',
    ]);
  });

  it('restore from bytes at any offset in their buffer', () => {
    const bytes = serializeIndex(built);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const restored = deserializeIndex(shifted.subarray(3), story);
    expect(answerQuestion(restored, 'Aurus')).toEqual(answerQuestion(built, 'Aurus'));
  });

  it('are refused when damaged, of another corpus version, or not snapshots at all', () => {
    const bytes = serializeIndex(built);
    const flipped = bytes.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 0xff;
    expect(() => deserializeIndex(flipped, story)).toThrow(new SnapshotError('checksum mismatch'));
    expect(() => deserializeIndex(bytes.subarray(0, 100), story)).toThrow(SnapshotError);
    expect(() => deserializeIndex(bytes, { ...story, version: 'another' })).toThrow(
      new SnapshotError('made from another corpus version'),
    );
    expect(() => deserializeIndex(new TextEncoder().encode('hello'), story)).toThrow(
      new SnapshotError('not a citebot index snapshot'),
    );
  });
});

describe('openIndex', () => {
  let cache: TempCorpus;
  afterEach(() => cache.cleanup());

  it('builds and saves a snapshot the first time, then reads it back', async () => {
    cache = tempCorpus({});
    const first = await openIndex(story, cache.dir);
    expect(first).toMatchObject({ source: 'built', rejected: undefined });
    expect(await first.saved).toBeUndefined();
    const second = await openIndex(story, cache.dir);
    expect(second.source).toBe('snapshot');
    expect(answerQuestion(second.index, 'who delivered the car')).toEqual(
      answerQuestion(built, 'who delivered the car'),
    );
  });

  it('rebuilds, and says why, when the snapshot is stale or corrupted', async () => {
    cache = tempCorpus({});
    await openIndex(story, cache.dir);
    const file = path.join(cache.dir, SNAPSHOT_FILE);
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(file, bytes);
    expect(await openIndex(story, cache.dir)).toMatchObject({ source: 'built', rejected: 'checksum mismatch' });

    const edited = { ...story, version: 'edited-corpus' };
    expect(await openIndex(edited, cache.dir)).toMatchObject({
      source: 'built',
      rejected: 'made from another corpus version',
    });
    expect((await openIndex(edited, cache.dir)).source).toBe('snapshot');
  });
});
