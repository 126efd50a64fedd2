import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { UserError } from '../../src/errors.js';
import { findPassage, normalizePassageId, suggestPassages } from '../../src/service/passages.js';
import { type TempCorpus, tempCorpus } from '../support/corpus.js';

const LIMITS = { maxChoices: 25, maxNameLength: 100, maxValueLength: 100 };
let corpus: TempCorpus;
let index: SearchIndex;

beforeAll(async () => {
  corpus = tempCorpus({
    'log.md': {
      id: 'log',
      source: 'Harbour Log',
      title: 'Thirty entries',
      paragraphs: Array.from({ length: 30 }, (_, i) => `Entry ${i + 1}: the tide was ${i % 2 ? 'high' : 'low'}.`),
    },
    'quay.md': {
      id: 'quay',
      source: 'Quay News',
      title: 'Café owner',
      paragraphs: [
        'Kim’s café on the quay stayed open through the storm, and the owner served free soup to the stranded passengers who had waited since dawn.',
        `${'A very long paragraph about the quay. '.repeat(10)}Finally the lighthouse keeper spoke.`,
      ],
    },
  });
  index = buildIndex(await loadCorpus(corpus.dir));
});
afterAll(() => corpus.cleanup());

describe('findPassage', () => {
  it('accepts ids as people type them', () => {
    expect(normalizePassageId(' Quay #2 ')).toBe('quay#2');
    expect(findPassage(index, 'QUAY#1').paragraph.id).toBe('quay#1');
  });

  it('explains what ids look like when there is no such passage', () => {
    expect(() => findPassage(index, 'quay#9')).toThrow(UserError);
    expect(() => findPassage(index, 'quay#9')).toThrow(
      'There is no passage "quay#9". Passage ids look like log#1: pick one from the list as you type, or see /sources.',
    );
  });
});

describe('suggestPassages', () => {
  it('lists the first 25 paragraphs when nothing is typed, id first in each name', () => {
    const choices = suggestPassages(index, '', LIMITS);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'log#1: Entry 1: the tide was low.', value: 'log#1' });
  });

  it('lists ids that start with what was typed, an exact id first', () => {
    const values = suggestPassages(index, 'log#2', LIMITS).map((choice) => choice.value);
    expect(values.slice(0, 3)).toEqual(['log#2', 'log#20', 'log#21']);
  });

  it('finds words anywhere in the text, ignoring case, accents and curly apostrophes', () => {
    expect(suggestPassages(index, "kim's CAFE", LIMITS).map((choice) => choice.value)).toEqual(['quay#1']);
  });

  it('matches the last word while it is still being typed', () => {
    expect(suggestPassages(index, 'lighthouse kee', LIMITS).map((choice) => choice.value)).toEqual(['quay#2']);
    expect(suggestPassages(index, 'stranded pass', LIMITS).map((choice) => choice.value)).toEqual(['quay#1']);
  });

  it('previews the text from the match, within 100 characters', () => {
    const [choice] = suggestPassages(index, 'lighthouse keeper', LIMITS);
    expect(choice?.value).toBe('quay#2');
    expect(choice?.name).toMatch(/^quay#2: ….*lighthouse keeper spoke\.$/u);
    expect(choice?.name.length).toBeLessThanOrEqual(100);
  });

  it('keeps every name within the limit', () => {
    for (const choice of suggestPassages(index, 'tide', LIMITS)) expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(suggestPassages(index, 'tide', { ...LIMITS, maxChoices: 3 })).toHaveLength(3);
  });

  it('suggests nothing for words the corpus does not have', () => {
    expect(suggestPassages(index, 'zeppelin', LIMITS)).toEqual([]);
  });
});
