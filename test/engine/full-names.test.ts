/**
 * A report names a person in full once and by one name after: a lone "Olsen"
 * is the report's "Anna Berg Olsen", and ranks as if it said so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { fullNamesIn, loneNames, spelledNames } from '../../src/engine/full-names.js';
import { planQuestion } from '../../src/engine/plan.js';
import { type TempCorpus, tempCorpus } from '../support/corpus.js';

let corpus: TempCorpus;
let index: SearchIndex;
beforeAll(async () => {
  corpus = tempCorpus({
    'port.md': {
      id: 'port',
      source: 'Port News',
      title: 'A new pier',
      paragraphs: [
        'Harbour master Anna Berg Olsen opened the new pier on Monday, the council said.',
        'The council paid for the pier with a grant from the region.',
        'Olsen keeps a fleet of old sailing boats at the marina.',
      ],
    },
    // Here the first full name with Olsen is another person's.
    'yard.md': {
      id: 'yard',
      source: 'Yard Weekly',
      title: 'Boat builders',
      paragraphs: ['Boat builder Erik Olsen launched a ferry on Friday.', 'Olsen builds sailing boats for the marina.'],
    },
  });
  index = buildIndex(await loadCorpus(corpus.dir));
});
afterAll(() => corpus.cleanup());

/** Whether the paragraph `id` names the question's full name by its head alone. */
function standsForFullName(question: string, id: string): boolean {
  const plan = planQuestion(index, question);
  const entry = index.byId.get(id);
  if (!entry) throw new Error(`no paragraph ${id}`);
  return spelledNames(index, plan.question.fullNames, plan.slotOf, entry) !== undefined;
}

describe('a lone name', () => {
  it('stands for the first full name its report writes with it', () => {
    expect(standsForFullName('Does Anna Berg Olsen keep sailing boats?', 'port#3')).toBe(true);
  });

  it("does not stand for a full name its report did not write first: that report's Olsen is Erik", () => {
    expect(standsForFullName('Does Anna Berg Olsen keep sailing boats?', 'yard#2')).toBe(false);
  });

  it('does not stand for a full name when the paragraph writes no lone head', () => {
    expect(standsForFullName('Does Anna Berg Olsen keep sailing boats?', 'port#1')).toBe(false);
  });

  it("reads only a report's first five paragraphs for its full names", async () => {
    const late = tempCorpus({
      'log.md': {
        id: 'log',
        source: 'Harbour Log',
        title: 'A long log',
        paragraphs: [
          ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `The tide was high on ${day}.`),
          'Harbour master Anna Berg Olsen opened the new pier.',
          'Olsen keeps a fleet of old sailing boats at the marina.',
        ],
      },
    });
    try {
      const longLog = buildIndex(await loadCorpus(late.dir));
      const plan = planQuestion(longLog, 'Does Anna Berg Olsen keep sailing boats?');
      const entry = longLog.byId.get('log#7');
      if (!entry) throw new Error('no paragraph log#7');
      expect(spelledNames(longLog, plan.question.fullNames, plan.slotOf, entry)).toBeUndefined();
    } finally {
      late.cleanup();
    }
  });

  it('ranks the paragraph that speaks of the person by one name above the one that spells the name out', () => {
    // port#1 has the full name word for word, its rare parts, phrases and pairs; port#3 says what she keeps.
    expect(answerQuestion(index, 'does anna berg olsen own old boats').hits[0]?.id).toBe('port#3');
  });
});

describe('the parts of names', () => {
  const NAMES = new Set([1, 2, 3, 7]);
  const isName = (key: number) => NAMES.has(key);

  it('finds full names as runs unbroken by any other word, headed by the part in most paragraphs', () => {
    // "Anna Berg Olsen said Olsen and Kim": the stop word -1 parts "Olsen" from "Kim".
    const documentFrequency = [0, 1, 1, 5, 0, 0, 0, 9];
    expect(fullNamesIn([1, 2, 3, 4, 3, -1, 7], isName, documentFrequency)).toEqual([{ parts: [1, 2, 3], head: 3 }]);
  });

  it('marks a name part as lone when neither neighbouring word is a name, stop words included', () => {
    // Anna Berg Olsen said Olsen and Kim: only the second Olsen and Kim stand alone.
    expect([...loneNames([1, 2, 3, 4, 3, -1, 7], isName)]).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
