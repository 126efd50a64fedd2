import { describe, expect, it } from 'vitest';
import { stemCacheCharacters, stemWord } from '../../src/text/terms.js';

describe('the stem cache', () => {
  it('does not grow with made-up long words, so rotating questions cannot fill memory', () => {
    const before = stemCacheCharacters();
    for (let i = 0; i < 2000; i++) stemWord(`${'x'.repeat(290)}${i.toString(36).padStart(10, 'q')}`);
    expect(stemCacheCharacters()).toBe(before);
  });

  it('remembers ordinary words', () => {
    const before = stemCacheCharacters();
    expect(stemWord('zeppelinization')).toBe(stemWord('zeppelinization'));
    expect(stemCacheCharacters()).toBe(before + 'zeppelinization'.length);
  });
});
