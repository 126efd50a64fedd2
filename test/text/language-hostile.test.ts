import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAnswerKinds } from '../../src/text/answer-kinds.js';
import { questionAnswerKind } from '../../src/text/question-kinds.js';
import { cleanQuestion } from '../../src/text/chatter.js';
import { questionWord } from '../../src/text/question-words.js';
import { relatedWords } from '../../src/text/lexicon.js';
import { noAnswerSentence } from '../../src/text/missing.js';

// Markup, mentions, emoji, odd spaces and surrogate halves, mixed with words.
const piece = fc.constantFrom(
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '<@123>',
  '<#9>',
  '<:x:1>',
  '@everyone',
  'https://x.y/z',
  '🚗',
  '👍🏽',
  '🇷🇺',
  '\u200d',
  '\ufe0f',
  '\ud83d',
  '\u0000',
  '\n',
  '\t',
  ' ',
  ',',
  '?',
  '!',
  '.',
  '"',
  "'",
  'who',
  'when',
  'did',
  'Kim',
  'drive',
  'the',
  'car',
  'by',
  'in',
  'Moscow',
  'so',
  'ok',
  'lol',
  'thanks',
  'hey',
  '2018',
  '$1',
  'million',
  'black',
  'Rolls-Royce',
  '-',
);
const hostile = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('language modules on arbitrary input', () => {
  it('never throw, and return values of the promised shape', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const cleaned = cleanQuestion(raw);
        expect(typeof cleaned).toBe('string');
        expect(cleanQuestion(cleaned)).toBe(cleaned);
        const word = questionWord(cleaned);
        if (word) expect(word.end).toBeGreaterThanOrEqual(word.start);
        expect(Number.isInteger(questionAnswerKind(cleaned))).toBe(true);
        expect(noAnswerSentence(cleaned).startsWith("The reports don't say")).toBe(true);
        expect(Number.isInteger(sentenceAnswerKinds(raw))).toBe(true);
        expect(Array.isArray(relatedWords(raw))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
