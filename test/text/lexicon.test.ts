import { describe, expect, it } from 'vitest';
import {
  FAMILY_WEIGHT,
  MAX_RELATED_KEYS,
  SYNONYM_SENSES,
  SYNONYM_WEIGHT,
  buildRelatedKeyTable,
  phrasalVerbKey,
  relatedWords,
  unloadLexicon,
} from '../../src/text/lexicon.js';
import { colourSenseWords, colourWords, isWordInUse, tellingVerbs } from '../../src/text/word-classes.js';
import { isStopWord, stemWord } from '../../src/text/terms.js';

/** The corpus keys a question word may stand for, as "key/weight". */
function paraphrases(corpus: readonly string[], questionWord: string, exclude = isStopWord): string[] {
  const table = buildRelatedKeyTable(corpus, stemWord, { exclude });
  return (table.get(stemWord(questionWord)) ?? []).map((r) => `${r.key}/${r.weight}`);
}

describe('relatedWords', () => {
  it('lists synonyms from the most frequent senses and the word family', () => {
    expect(relatedWords('recipient')).toEqual([
      { word: 'receiver', relation: 'synonym' },
      { word: 'receive', relation: 'family' },
    ]);
    expect(relatedWords('nation').map((r) => r.word)).toEqual(['state', 'country', 'land', 'commonwealth']);
  });

  it('reduces inflected words to their WordNet base form', () => {
    expect(relatedWords('delivered')).toEqual(relatedWords('deliver'));
    expect(relatedWords('deliver')).toEqual([
      { word: 'present', relation: 'synonym' },
      { word: 'delivery', relation: 'family' },
      { word: 'deliverer', relation: 'family' },
    ]);
    expect(relatedWords('countries').map((r) => r.word)).toContain('nation');
  });

  it('uses only the first senses: "drive" does not reach its rare readings', () => {
    const words = relatedWords('drive').map((r) => r.word);
    expect(words).toContain('motor');
    expect(words).not.toContain('campaign');
    expect(relatedWords('drive', { synonyms: SYNONYM_SENSES + 1, family: 0 }).map((r) => r.word)).toContain('campaign');
  });

  it('skips multi-word lemmas', () => {
    expect(relatedWords('summit').some((r) => r.word.includes('_') || r.word.includes(' '))).toBe(false);
    expect(relatedWords('korea').map((r) => r.word)).not.toContain('north_korea');
  });

  it.each([['the'], ['was'], ['his'], ['has'], ['a'], ['i'], ['us'], ['kim'], ['putin'], ['pyongyang']])(
    '%j relates to nothing (no "was" → Washington, no "his" → Hawaii)',
    (word) => {
      expect(relatedWords(word)).toEqual([]);
    },
  );

  it('is case-insensitive', () => {
    expect(relatedWords('Nation')).toEqual(relatedWords('nation'));
  });

  it.each([[''], ['x'.repeat(10_000)], ['🚗🚗'], ['**'], ['42'], ['a b c']])('%j gives [] without throwing', (word) => {
    expect(relatedWords(word)).toEqual([]);
  });

  it('gives [] for a non-string at run time', () => {
    expect(relatedWords(undefined as unknown as string)).toEqual([]);
  });

  it('reads the files again after unloadLexicon', () => {
    const before = relatedWords('recipient');
    unloadLexicon();
    expect(relatedWords('recipient')).toEqual(before);
  });
});

describe('buildRelatedKeyTable', () => {
  it('present → gift (gift, verb sense 2: give, gift, present)', () => {
    expect(paraphrases(['gift'], 'present')).toEqual([`gift/${SYNONYM_WEIGHT}`]);
  });

  it('nation → country, whatever the corpus inflection', () => {
    expect(paraphrases(['country'], 'nation')).toEqual([`countri/${SYNONYM_WEIGHT}`]);
    expect(paraphrases(['countries'], 'nations')).toEqual([`countri/${SYNONYM_WEIGHT}`]);
  });

  it('receive → recipient and back, as a word family', () => {
    expect(paraphrases(['recipient'], 'receive')).toEqual([`recipi/${FAMILY_WEIGHT}`]);
    expect(paraphrases(['received'], 'recipient')).toEqual([`receiv/${FAMILY_WEIGHT}`]);
    expect(paraphrases(['delivered'], 'delivery')).toEqual([`deliv/${FAMILY_WEIGHT}`]);
  });

  it('a word family holds only in a common sense of both words: "let" is no kin of the corpus\'s "letter"', () => {
    // WordNet links "letter" (its third sense, one who lets property) to "let" in let's sixth and
    // last sense, "lease, let, rent": "how did North Korea let the world know" asked about letters.
    expect(paraphrases(['letter'], 'let')).toEqual([]);
    expect(relatedWords('letter').map((r) => r.word)).not.toContain('let');
  });

  it('an adjective → the attribute nouns that are degrees of its attribute: expensive → luxury', () => {
    // luxury's second sense, "the quality possessed by something that is excessively expensive",
    // is a kind of expensiveness, whose adjective is "expensive".
    expect(paraphrases(['luxury'], 'expensive')).toEqual([`luxuri/${SYNONYM_WEIGHT}`]);
    // "cheap" is another attribute's (cheapness) adjective; "car" is no attribute at all.
    expect(paraphrases(['luxury'], 'cheap')).toEqual([]);
    expect(paraphrases(['car'], 'expensive')).toEqual([]);
  });

  it('a phrasal verb whose main sense is a sense of a corpus verb: "hand over" → delivered', () => {
    // deliver's third sense is hand over's first: "hand over, fork over, turn in, deliver".
    const table = buildRelatedKeyTable(['delivered'], stemWord, { exclude: isStopWord });
    expect(table.get('hand_over')).toEqual([{ key: 'deliv', weight: SYNONYM_WEIGHT }]);
    expect(phrasalVerbKey('hand', 'over')).toBe('hand_over');
    // A word after a verb that is no particle makes no phrasal verb.
    expect(phrasalVerbKey('hand', 'the')).toBeUndefined();
    // "pick up" means lifting first, not receiving: "received" gives it no key.
    expect(buildRelatedKeyTable(['received'], stemWord, { exclude: isStopWord }).get('pick_up')).toBeUndefined();
  });

  it('talks → negotiation; WordNet has no link from talks to summit', () => {
    expect(paraphrases(['talks'], 'negotiation')).toEqual([`talk/${SYNONYM_WEIGHT}`]);
    expect(paraphrases(['summit'], 'talks')).toEqual([]);
  });

  it('a family tie outweighs a synonym, and both weigh less than the exact word', () => {
    expect(FAMILY_WEIGHT).toBeGreaterThan(SYNONYM_WEIGHT);
    expect(FAMILY_WEIGHT).toBeLessThan(1);
    expect(paraphrases(['gift', 'recipient'], 'receive')).toEqual([`recipi/${FAMILY_WEIGHT}`]);
  });

  it('never points a key at itself: inflections match through the stem already', () => {
    const table = buildRelatedKeyTable(['talks', 'talk', 'talking'], stemWord);
    for (const [questionKey, targets] of table) {
      for (const target of targets) expect(target.key).not.toBe(questionKey);
    }
    expect(table.get('talk')).toBeUndefined();
  });

  it('drops excluded words on both sides', () => {
    expect(paraphrases(['does', 'was', 'the', 'his', 'has', 'have', 'said'], 'energy')).toEqual([]);
    expect(buildRelatedKeyTable(['does', 'was', 'the', 'his', 'has'], stemWord, { exclude: isStopWord }).size).toBe(0);
    expect(paraphrases(['receive'], 'get', () => false)).toEqual([`receiv/${SYNONYM_WEIGHT}`]);
    expect(paraphrases(['receive'], 'get', (w) => w === 'get')).toEqual([]);
  });

  it(`keeps at most ${MAX_RELATED_KEYS} targets per key, strongest first`, () => {
    const corpus = ['acme', 'height', 'elevation', 'peak', 'pinnacle', 'summit', 'superlative', 'meridian', 'tiptop'];
    const targets = buildRelatedKeyTable(corpus, stemWord).get('top') ?? [];
    expect(targets.length).toBe(MAX_RELATED_KEYS);
    const weights = targets.map((t) => t.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('ignores junk corpus words without throwing', () => {
    const table = buildRelatedKeyTable(['', '🚗', 'x'.repeat(10_000), 'gift', 42 as unknown as string], stemWord);
    expect(table.get('present')).toEqual([{ key: 'gift', weight: SYNONYM_WEIGHT }]);
  });
});

describe('colourWords', () => {
  it('holds colours whose main sense is a colour', () => {
    const colours = colourWords();
    for (const colour of ['black', 'white', 'red', 'blue', 'green', 'crimson', 'orange', 'beige']) {
      expect(colours.has(colour)).toBe(true);
    }
  });

  it('leaves out words that are colours only in a rare sense, and the word "colour" itself', () => {
    const colours = colourWords();
    for (const word of ['cardinal', 'navy', 'wine', 'tone', 'shade', 'color', 'colour', 'chocolate']) {
      expect(colours.has(word)).toBe(false);
    }
  });

  it('is computed once', () => {
    expect(colourWords()).toBe(colourWords());
  });
});

describe('isWordInUse', () => {
  it('knows words WordNet met in its sense-tagged texts, and irregular forms by their lemma', () => {
    expect(isWordInUse('ride')).toBe(true);
    expect(isWordInUse('hat')).toBe(true);
    expect(isWordInUse('sent')).toBe(true);
  });

  it('does not know typos, nor words WordNet only lists', () => {
    expect(isWordInUse('kimm')).toBe(false);
    // "wen", a cyst, is in WordNet but was never met in its tagged texts.
    expect(isWordInUse('wen')).toBe(false);
  });
});

describe('tellingVerbs', () => {
  it('holds verbs of telling and knowing from WordNet, and not verbs of motion or giving', () => {
    const verbs = tellingVerbs();
    for (const verb of ['say', 'disclose', 'describe', 'deny', 'specify', 'know']) expect(verbs.has(verb)).toBe(true);
    for (const verb of ['drive', 'give', 'ship']) expect(verbs.has(verb)).toBe(false);
  });
});

describe('colourSenseWords', () => {
  it('holds every word with a colour sense, the main one or not, and the main colours too', () => {
    const loose = colourSenseWords();
    for (const word of ['gold', 'silver', 'black', 'orange']) expect(loose.has(word)).toBe(true);
    expect(colourWords().has('gold')).toBe(false);
    expect(loose.has('car')).toBe(false);
  });
});
