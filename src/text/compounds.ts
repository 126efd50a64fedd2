/**
 * Names of two words, from WordNet 3.1: "State Department", "White House",
 * "Security Council". Each of their words may be a corpus word ("state"
 * media, "departed"), while the reports never name the thing itself.
 */
import { firstSense, isPlainLemma, lemmasOf, readPointers, synset, withWordNet } from './wordnet.js';

let compounds: ReadonlyMap<string, readonly string[]> | undefined;

// WordNet's lexicographer file of groups: organizations, governments, institutions.
const NOUN_GROUP = 14;

/**
 * Each two-word noun WordNet lists whose main sense is an organization or a
 * named thing (an instance: a place, a person, a building), as its first word
 * to its possible second words: "state" → department, "white" → house.
 * Common compounds ("space program", "time frame") are left out: a report may
 * word them otherwise without lacking what they name. Computed once, on
 * first use; WordNet is left loaded or unloaded as it was.
 */
export function namedCompounds(): ReadonlyMap<string, readonly string[]> {
  compounds ??= withWordNet(readCompounds);
  return compounds;
}

function readCompounds(): ReadonlyMap<string, readonly string[]> {
  const pairs = new Map<string, string[]>();
  for (const lemma of lemmasOf('noun')) {
    const [first = '', second = '', more] = lemma.split('_');
    if (more !== undefined || !isPlainLemma(first) || !isPlainLemma(second)) continue;
    const offset = firstSense(lemma, 'noun');
    if (offset === undefined) continue;
    const sense = synset('noun', offset);
    if (sense.lexFile !== NOUN_GROUP && !readPointers(sense).some((pointer) => pointer.symbol === '@i')) continue;
    const seconds = pairs.get(first);
    if (seconds) seconds.push(second);
    else pairs.set(first, [second]);
  }
  return pairs;
}
