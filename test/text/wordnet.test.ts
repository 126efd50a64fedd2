import { describe, expect, it } from 'vitest';
import { baseForms, synset, unloadWordNet } from '../../src/text/wordnet.js';
import { derivations, hyponyms, readPointers } from '../../src/text/wordnet-pointers.js';

describe('wordnet files', () => {
  it('finds a lemma and its senses, most frequent first', () => {
    const [form] = baseForms('nation', 'noun');
    expect(form?.base).toBe('nation');
    expect(form?.offsets).toEqual([8185877, 8183451, 11221051, 8320622]);
  });

  it('reads a synset in place by its byte offset', () => {
    expect(synset('noun', 8185877).words).toEqual([
      'state',
      'nation',
      'country',
      'land',
      'commonwealth',
      'res_publica',
      'body_politic',
    ]);
    expect(synset('adj', 1735600).words).toEqual(['present']);
  });

  it('reads derivational pointers with their word numbers', () => {
    const receive = synset('verb', 2214901);
    expect(receive.words).toEqual(['receive', 'have']);
    expect(derivations(receive)).toEqual([
      { source: 1, part: 'noun', offset: 91073, target: 1 },
      { source: 1, part: 'noun', offset: 9651094, target: 2 },
      { source: 1, part: 'noun', offset: 9651094, target: 1 },
    ]);
  });

  it('reads hypernym and hyponym pointers', () => {
    const summitMeeting = synset('noun', 8329289);
    expect(summitMeeting.words).toEqual(['summit', 'summit_meeting']);
    expect(readPointers(summitMeeting).map((p) => [p.symbol, p.offset])).toEqual([['@', 8324519]]);
    expect(hyponyms(summitMeeting)).toEqual([]);
    expect(hyponyms(synset('noun', 13285910))).toContainEqual({ part: 'noun', offset: 13289865 });
  });

  it.each([
    ['received', 'verb', ['receive']],
    ['countries', 'noun', ['country']],
    ['talks', 'noun', ['talks', 'talk']],
    ['was', 'noun', []],
    ['zzzz', 'verb', []],
  ] as const)('base forms of %j as %s', (word, part, bases) => {
    expect(baseForms(word, part).map((f) => f.base)).toEqual(bases);
  });

  it('loads again after unloading', () => {
    unloadWordNet();
    expect(baseForms('nation', 'noun').length).toBe(1);
  });
});
