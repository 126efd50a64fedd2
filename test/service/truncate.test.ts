import { describe, expect, it } from 'vitest';
import { ELLIPSIS, truncate } from '../../src/text/truncate.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate('The ferry arrived.', 18)).toBe('The ferry arrived.');
  });

  it('cuts after the last whole sentence that fits, with a spaced ellipsis', () => {
    expect(truncate('The ferry arrived at noon. A storm had delayed it.', 30)).toBe('The ferry arrived at noon. …');
  });

  it('cuts after the last whole word when no sentence end is near the limit', () => {
    expect(truncate('alpha beta gamma delta epsilon', 14)).toBe('alpha beta…');
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(truncate('alpha beta gamma', 11)).toBe('alpha beta…');
  });

  it('drops punctuation that would dangle before the ellipsis', () => {
    expect(truncate('one, two, three, four, five', 12)).toBe('one, two…');
  });

  it('cuts inside a word only when the text has no word boundary at all', () => {
    expect(truncate('x'.repeat(5000), 100)).toBe(`${'x'.repeat(99)}${ELLIPSIS}`);
  });

  it('keeps a long token whole rather than cut it, even when little text is left', () => {
    expect(truncate(`Read more at https://example.com/${'x'.repeat(300)}`, 100)).toBe(
      `Read more at https://example.com/${ELLIPSIS}`,
    );
    expect(truncate(`Read more at ${'x'.repeat(300)}`, 100)).toBe(`Read more at${ELLIPSIS}`);
  });

  it('does not take a period inside a word for the end of a sentence', () => {
    expect(truncate('They met at the U.N.headquarters in New York yesterday', 20)).toBe('They met at the…');
  });

  it('never splits an emoji sequence or an accented letter when it must cut inside a token', () => {
    expect(truncate('👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 14)).toBe(`👨‍👩‍👧‍👦${ELLIPSIS}`);
    expect(truncate(`${'e\u0301'.repeat(10)}`, 6)).toBe(`${'e\u0301'.repeat(2)}${ELLIPSIS}`);
  });

  it('never splits a surrogate pair', () => {
    expect(truncate(`${'a'.repeat(9)}😀b`, 11)).toBe(`${'a'.repeat(9)}${ELLIPSIS}`);
    const text = '😀🎉 déjà vu 🚢 the ferry 🌊🌊 arrived 😀'.repeat(5);
    for (let max = 0; max <= text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
  });

  it('returns nothing when not even the ellipsis fits', () => {
    expect(truncate('anything', 0)).toBe('');
  });
});
