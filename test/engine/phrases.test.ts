import { describe, expect, it } from 'vitest';
import { collapseSpellings, type SpelledAcronym, spellingsByFirstWord } from '../../src/engine/phrases.js';

// Word keys as the index gives them: say 1 = "violate", 2 = "united", 3 = "nations", 4 = "sanctions", 5 = "states", 9 = "U.N.".
const UN: SpelledAcronym = { words: Int32Array.from([2, 3]), key: 9 };
const US: SpelledAcronym = { words: Int32Array.from([2, 5]), key: 8 };

describe('collapseSpellings', () => {
  it('reads a spelled-out acronym as the acronym: "violate United Nations sanctions" is "violate U.N. sanctions"', () => {
    expect(collapseSpellings([1, 2, 3, 4], spellingsByFirstWord([UN]))).toEqual([1, 9, 4]);
  });

  it('collapses every spelling, at the start and at the end too', () => {
    expect(collapseSpellings([2, 3, 1, 2, 3], spellingsByFirstWord([UN]))).toEqual([9, 1, 9]);
  });

  it('tells spellings that share a first word apart: "United States" is not "United Nations"', () => {
    expect(collapseSpellings([2, 5, 1, 2, 3], spellingsByFirstWord([UN, US]))).toEqual([8, 1, 9]);
  });

  it('prefers the longest spelling: "United Nations Environment" (6) is UNEP (7), not U.N.', () => {
    const UNEP: SpelledAcronym = { words: Int32Array.from([2, 3, 6]), key: 7 };
    expect(collapseSpellings([2, 3, 6, 4], spellingsByFirstWord([UN, UNEP]))).toEqual([7, 4]);
    expect(collapseSpellings([2, 3, 4], spellingsByFirstWord([UN, UNEP]))).toEqual([9, 4]);
  });

  it('leaves a spelling cut short alone, and returns the same keys when nothing is spelled out', () => {
    const keys = Int32Array.from([1, 2, 4, 2]);
    expect(collapseSpellings(keys, spellingsByFirstWord([UN]))).toBe(keys);
    expect(collapseSpellings(keys, spellingsByFirstWord([]))).toBe(keys);
  });
});
