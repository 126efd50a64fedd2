import { describe, expect, it } from 'vitest';
import { relatedWords, unloadLexicon } from '../../src/text/lexicon.js';
import { colourWords } from '../../src/text/word-classes.js';
import { wordNetLoaded } from '../../src/text/wordnet.js';

// A file of its own: colourWords() is computed once per module instance.
describe('colourWords and memory', () => {
  it('leaves WordNet unloaded when it found it unloaded', () => {
    unloadLexicon();
    expect(wordNetLoaded()).toBe(false);
    expect(colourWords().has('black')).toBe(true);
    expect(wordNetLoaded()).toBe(false);
  });

  it('loads WordNet on the first look-up and frees it on unloadLexicon', () => {
    expect(relatedWords('nation').length).toBeGreaterThan(0);
    expect(wordNetLoaded()).toBe(true);
    unloadLexicon();
    expect(wordNetLoaded()).toBe(false);
  });
});
