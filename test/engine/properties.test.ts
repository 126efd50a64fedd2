/**
 * Properties that hold for any question, checked on generated input: the
 * engine never throws, and every passage it returns quotes its paragraph
 * verbatim, in whole words, with highlights inside the quote.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { combineFeatures, type Features, RANK_WEIGHTS, type RankWeights } from '../../src/engine/features.js';
import { PROJECT_CORPUS } from '../support/corpus.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(PROJECT_CORPUS));
});

// Words of the story mixed with hostile fragments, so generated questions do hit passages.
const storyWords = ['who', 'delivered', 'the', 'car', 'Aurus', 'Kim', 'Putin', 'sanctions', 'Feb.', 'U.N.', 'gift'];
const hostile = [
  '**',
  '__',
  '||',
  '```',
  '>',
  '@everyone',
  '<@&123>',
  '<@456>',
  'https://x.y',
  '\u200b',
  '\u202e',
  '🇰🇵',
  'é',
  '\u0301',
  'عربى',
  '"',
  '-',
  '+',
  '*',
  ':',
  '\u0000',
];
const question = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.array(fc.constantFrom(...storyWords, ...hostile), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

describe('answerQuestion on any input', () => {
  it('never throws, and every hit quotes its paragraph verbatim', () => {
    fc.assert(
      fc.property(question, fc.integer({ min: 1, max: 10 }), (q, top) => {
        const answer = answerQuestion(index, q, { top });
        expect(answer.question).toBe(q);
        expect(answer.hits.length).toBeLessThanOrEqual(top);
        for (const hit of answer.hits) {
          expect(hit.text).toBe(index.byId.get(hit.id)?.paragraph.text);
          expect(hit.text.slice(hit.quoteStart, hit.quoteStart + hit.quote.length)).toBe(hit.quote);
          // Whole words: the quote neither starts nor ends inside a word.
          expect(/[\p{L}\p{N}]/u.test(hit.text[hit.quoteStart - 1] ?? ' ') && /^[\p{L}\p{N}]/u.test(hit.quote)).toBe(
            false,
          );
          for (const span of hit.highlights) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(hit.quote.length);
            expect(span.end).toBeGreaterThan(span.start);
          }
          expect(
            hit.alsoReportedBy.every(({ id }) => index.byId.has(id) && !id.startsWith(`${hit.id.split('#')[0]}#`)),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('combineFeatures', () => {
  it('weighs every feature once, for any weights and values', () => {
    const names = Object.keys(RANK_WEIGHTS) as (keyof Features)[];
    const record = fc.record(
      Object.fromEntries(names.map((name) => [name, fc.double({ min: -10, max: 10, noNaN: true })])),
    );
    fc.assert(
      fc.property(record, record, (values, weights) => {
        const features = values as unknown as Features;
        const expected = names.reduce((sum, name) => sum + (weights[name] ?? 0) * (values[name] ?? 0), 0);
        expect(combineFeatures(features, weights as unknown as RankWeights)).toBeCloseTo(expected, 9);
      }),
    );
  });
});
