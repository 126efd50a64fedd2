/**
 * Names of two words, from WordNet 3.1: "State Department", "White House",
 * "Security Council". Each of their words may be a corpus word ("state"
 * media, "departed"), while the reports never name the thing itself.
 */
import { stemWord } from './terms.js';
import { clearSynsets, firstSense, isPlainLemma, lemmasOf, synset } from './wordnet.js';
import { readPointers } from './wordnet-pointers.js';

/** A name's first word to the second words it makes two-word names with, as WordNet writes them. */
export type Compounds = ReadonlyMap<string, readonly string[]>;
/** The same names as stems: a first word's stem to the stems of its second words. */
export type CompoundStems = ReadonlyMap<string, ReadonlySet<string>>;

const stemsOfCompounds = new WeakMap<Compounds, CompoundStems>();

/** {@link Compounds} as stems, made once per table: the index notes the names its paragraphs write by their stems. */
export function compoundStems(names: Compounds): CompoundStems {
  let stems = stemsOfCompounds.get(names);
  if (stems) return stems;
  const table = new Map<string, Set<string>>();
  for (const [first, seconds] of names) {
    const stem = stemWord(first);
    let set = table.get(stem);
    if (!set) table.set(stem, (set = new Set()));
    for (const second of seconds) set.add(stemWord(second));
  }
  stems = table;
  stemsOfCompounds.set(names, stems);
  return stems;
}

let compounds: Compounds | undefined;

// WordNet's lexicographer file of groups: organizations, governments, institutions.
const NOUN_GROUP = 14;
// Two-word lemmas read between two yields (a few milliseconds' work).
const LEMMAS_PER_STEP = 2048;

/**
 * Each two-word noun WordNet lists whose main sense is an organization or a
 * named thing (an instance: a place, a person, a building), as its first word
 * to its possible second words: "state" → department, "white" → house.
 * Common compounds ("space program", "time frame") are left out: a report may
 * word them otherwise without lacking what they name. Read once per process,
 * in steps: the whole of WordNet's nouns takes half a second, which an index
 * build must not hold the thread for. WordNet is left loaded, as the
 * paraphrase table leaves it.
 */
export function* namedCompoundSteps(): Generator<void, Compounds> {
  if (compounds) return compounds;
  const pairs = new Map<string, string[]>();
  let sinceYield = 0;
  for (const lemma of lemmasOf('noun')) {
    const [first = '', second = '', more] = lemma.split('_');
    if (more !== undefined || !isPlainLemma(first) || !isPlainLemma(second)) continue;
    if (++sinceYield >= LEMMAS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    const offset = firstSense(lemma, 'noun');
    if (offset === undefined) continue;
    const sense = synset('noun', offset);
    if (sense.lexFile !== NOUN_GROUP && !readPointers(sense).some((pointer) => pointer.symbol === '@i')) continue;
    const seconds = pairs.get(first);
    if (seconds) seconds.push(second);
    else pairs.set(first, [second]);
  }
  clearSynsets();
  compounds = pairs;
  return pairs;
}
