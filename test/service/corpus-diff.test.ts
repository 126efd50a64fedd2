import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { diffCorpora, isEmptyDiff } from '../../src/service/corpus-diff.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';

let corpus: TempCorpus;
afterEach(() => corpus.cleanup());

describe('diffCorpora', () => {
  it('finds nothing between two loads of the same files', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const diff = diffCorpora(await loadCorpus(corpus.dir), await loadCorpus(corpus.dir));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.fromVersion).toBe(diff.toVersion);
  });

  it('lists sources and paragraphs added, removed and changed, by id', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const before = await loadCorpus(corpus.dir);
    corpus.remove('wire.md');
    corpus.write('daily.md', {
      ...HARBOUR_REPORTS['daily.md'],
      title: 'Ferry finally reaches the harbour',
      paragraphs: [
        'The ferry reached the harbour at noon after a storm delayed it by six hours.',
        'The captain said the crew kept every passenger below deck.',
        'Port officials counted 212 passengers and no injuries.',
        'The ferry will sail again on Monday.',
      ],
    });
    corpus.write('radio.md', { id: 'radio', source: 'City Radio', title: 'Ferry late', paragraphs: ['It was late.'] });
    const after = await loadCorpus(corpus.dir);

    expect(diffCorpora(before, after)).toEqual({
      fromVersion: before.version,
      toVersion: after.version,
      sourcesAdded: [{ id: 'radio', source: 'City Radio' }],
      sourcesRemoved: [{ id: 'wire', source: 'Wire Service' }],
      sourcesChanged: [{ id: 'daily', source: 'The Daily' }],
      paragraphsAdded: ['daily#4', 'radio#1'],
      paragraphsRemoved: ['wire#1', 'wire#2'],
      paragraphsChanged: ['daily#2'],
    });
  });
});
