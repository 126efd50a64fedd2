/**
 * National capitals and their countries, from WordNet 3.1. News names a
 * government by its capital: "Moscow-backed sanctions" are sanctions Russia
 * backed, so a question about Russia is answered by a sentence about Moscow.
 */
import { type Synset, firstSense, isPlainLemma, synset, withWordNet } from './wordnet.js';
import { hyponyms, reachable } from './wordnet-pointers.js';

let counterparts: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Each one-word name of a national capital mapped to the one-word names of
 * its country, and each country's to its capital's: "moscow" ↔ "russia",
 * "tokyo" ↔ "japan".
 *
 * - A country or capital whose main name has more words is left out, with its
 *   other names ("North Korea" with "DPRK"): one word of such a name ("Korea")
 *   names other places too, and its acronyms are rarer in questions than in
 *   the quotes that use them (measured in BENCHMARKS.md).
 * - A name counts only when its main sense is a place: "Male" is first a man
 *   and "Turkey" a bird, so neither stands for a capital or a country.
 *
 * Computed once, on first use; WordNet is left loaded or unloaded as it was.
 */
export function capitalCounterparts(): ReadonlyMap<string, readonly string[]> {
  counterparts ??= withWordNet(readCapitals);
  return counterparts;
}

// A capital is part of its country directly ("Moscow" of "Russia") or through a region
// ("Jakarta" of "Java" of "Indonesia"): the country is the nearest part-of link that is one.
const HOLONYM_HOPS = 2;

function readCapitals(): ReadonlyMap<string, readonly string[]> {
  const pairs = new Map<string, Set<string>>();
  const link = (from: readonly string[], to: readonly string[]) => {
    for (const word of from) {
      if (to.every((other) => other === word)) continue;
      const set = pairs.get(word) ?? new Set<string>();
      to.forEach((other) => other !== word && set.add(other));
      pairs.set(word, set);
    }
  };
  const root = firstSense('national_capital', 'noun');
  if (root === undefined) return new Map();
  for (const { part, offset } of hyponyms(synset('noun', root))) {
    if (part !== 'noun') continue;
    const capital = synset(part, offset);
    const country = reachable(capital, '#p', HOLONYM_HOPS, isCountry);
    if (!country) continue;
    const capitalNames = mainNames(capital);
    const countryNames = mainNames(country);
    link(capitalNames, countryNames);
    link(countryNames, capitalNames);
  }
  return new Map([...pairs].map(([word, set]) => [word, [...set].sort()]));
}

// WordNet's lexicographer file of places: noun.location.
const LOCATION = 15;

/**
 * The one-word names of `place` whose main sense is a place too; none when its
 * first name, its main one, has more words ("north_korea"). WordNet's order
 * of a place name's senses says little ("Russia" is first the Soviet Union),
 * so any place will do.
 */
function mainNames(place: Synset): string[] {
  if (!isPlainLemma(place.words[0] ?? '')) return [];
  return place.words.filter((word) => {
    const main = isPlainLemma(word) ? firstSense(word, 'noun') : undefined;
    return main !== undefined && synset('noun', main).lexFile === LOCATION;
  });
}

/** A country is an instance of "country" or of a kind of it ("Asian country"). */
function isCountry(place: Synset): boolean {
  const kindOfCountry = (kind: Synset) => kind.words.some((word) => word === 'country' || word.endsWith('_country'));
  return reachable(place, '@i', 1, kindOfCountry) !== undefined;
}
