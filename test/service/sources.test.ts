import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { listSources, resolveSource, suggestSources } from '../../src/service/sources.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';

const LIMITS = { maxChoices: 25, maxNameLength: 100, maxValueLength: 100 };
let corpus: TempCorpus;
let loaded: Corpus;

beforeAll(async () => {
  corpus = tempCorpus({
    ...HARBOUR_REPORTS,
    'wire-2.md': { id: 'wire-2', source: 'Wire Service', title: 'Ferry sails again', paragraphs: ['It sailed.'] },
  });
  loaded = await loadCorpus(corpus.dir);
});
afterAll(() => corpus.cleanup());

describe('listSources', () => {
  it('lists every report with its details and paragraph count', () => {
    expect(listSources(loaded)[0]).toEqual({
      id: 'daily',
      source: 'The Daily',
      title: 'Ferry reaches the harbour',
      author: 'Ana Ruiz',
      published: '2024-03-01',
      url: 'https://example.com/ferry',
      paragraphCount: 3,
    });
    expect(listSources(loaded).map((report) => report.id)).toEqual(['daily', 'wire-2', 'wire']);
  });
});

describe('suggestSources', () => {
  it('offers each publisher once, saying how many reports it has', () => {
    expect(suggestSources(loaded, '', LIMITS)).toEqual([
      { name: 'The Daily', value: 'The Daily' },
      { name: 'Wire Service (2 reports)', value: 'Wire Service' },
    ]);
  });

  it('matches names, report ids and titles', () => {
    expect(suggestSources(loaded, 'wire', LIMITS).map((choice) => choice.value)).toEqual(['Wire Service']);
    expect(suggestSources(loaded, 'HARBOUR', LIMITS).map((choice) => choice.value)).toEqual(['The Daily']);
  });
});

describe('resolveSource', () => {
  it('accepts a publisher name in any case, or a report id', () => {
    expect(resolveSource(loaded, 'the daily')).toBe('The Daily');
    expect(resolveSource(loaded, 'wire-2')).toBe('Wire Service');
  });

  it('names the loaded sources when there is no such source', () => {
    expect(() => resolveSource(loaded, 'Gazette')).toThrow(
      'No loaded source is called "Gazette". The sources are: The Daily (daily), Wire Service (wire-2, wire).',
    );
    expect(() => resolveSource(loaded, ' ')).toThrow(
      'No source was named. The sources are: The Daily (daily), Wire Service (wire-2, wire).',
    );
  });
});
