/**
 * Generators of text people paste into a busy server: every script and
 * direction, invisible and control characters, emoji that take two or more
 * UTF-16 units, Markdown, mentions and links, and the degenerate cases.
 */
import fc from 'fast-check';
import { MAX_PARAGRAPH_CHARS } from '../../src/corpus/limits.js';

/** Words of the project's story, so generated questions do reach passages. */
export const STORY_WORDS = ['who', 'delivered', 'the', 'car', 'Aurus', 'Kim', 'Putin', 'sanctions', 'Feb.', 'U.N.'];

/** Fragments Discord would format, ping or link, and characters that break naive code. */
export const HOSTILE_FRAGMENTS = [
  '**',
  '__',
  '_',
  '*',
  '~~',
  '||',
  '`',
  '```',
  '```js\ncode\n```',
  '>',
  '>>>',
  '> quoted',
  '# heading',
  '-# subtext',
  '- item',
  '1. item',
  '[masked](https://example.com)',
  'https://example.com/a_b_c',
  'http://x.y/**z**',
  '<:emoji:123456789012345678> _after_',
  '<t:1700000000:R>',
  '@everyone',
  '@here',
  '<@&200000000000000002>',
  '<@500000000000000001>',
  '<#400000000000000001>',
  '\\',
  '\\*',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u2067',
  'שלום עולם',
  'مرحبا بالعالم',
  'é',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355',
  '😀',
  '👨‍👩‍👧‍👦',
  '👍🏽',
  '🇰🇵',
  '🏴‍☠️',
  '漢字かな交じり文',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/** English stop words only: a question with nothing to search for. */
const STOP_WORDS = ['the', 'a', 'of', 'and', 'is', 'was', 'what', 'who', 'to', 'in', 'it', 'that', 'for', 'on'];
const PUNCTUATION = [...'!?.,;:…—–-()[]{}"\'«»“”‘’*_~`|<>#@&%$^+=/\\'];

/** Any question: free text of every kind, hostile mixtures, 6000 characters, only punctuation, only stop words. */
export const anyQuestion: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc
    .array(fc.constantFrom(...STORY_WORDS, ...HOSTILE_FRAGMENTS), { minLength: 1, maxLength: 60 })
    .map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...STORY_WORDS, ...HOSTILE_FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ minLength: 6000, maxLength: 6000, unit: 'grapheme' }),
  fc
    .array(fc.constantFrom(...STORY_WORDS, ...HOSTILE_FRAGMENTS), { minLength: 800, maxLength: 900 })
    .map((parts) => parts.join(' ').slice(0, 6000)),
  fc.string({ minLength: 1, maxLength: 300, unit: fc.constantFrom(...PUNCTUATION) }),
  fc.array(fc.constantFrom(...STOP_WORDS), { minLength: 1, maxLength: 50 }).map((words) => words.join(' ')),
);

/** A word of ordinary prose, so paragraphs have places where a cut is clean. */
const proseWord = fc.constantFrom('ferry', 'harbour', 'storm', 'delayed', 'six', 'hours', 'captain', 'said', 'the');

/**
 * A paragraph as long as a corpus allows ({@link MAX_PARAGRAPH_CHARS}): prose mixed with hostile fragments
 * (newlines aside: a paragraph is one line) and the odd endless token, such as
 * a long link. It starts with a word and a space, so a clean cut always exists.
 */
export const anyParagraph: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: proseWord },
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS.filter((part) => !/[\r\n]/u.test(part))) },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.constantFrom('.', '!', '?', '…', ',', ';') },
      { weight: 1, arbitrary: fc.integer({ min: 50, max: 4000 }).map((n) => `https://example.com/${'x'.repeat(n)}`) },
    ),
    { minLength: 1, maxLength: 3000 },
  )
  // NUL would make the file binary, which the loader refuses (tested elsewhere).
  .map((parts) =>
    `The ${parts.join(' ')}`.replace(/\s+/gu, ' ').replaceAll('\u0000', '').slice(0, MAX_PARAGRAPH_CHARS).trim(),
  );
