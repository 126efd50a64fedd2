/**
 * The pointers between WordNet synsets: hypernyms, hyponyms and the
 * derivational links between word families, read in place from the data
 * files that wordnet.ts loads.
 */
import { Fields, SPACE } from './wordnet-fields.js';
import { type Derivation, PART_OF, type Part, type Synset, dataFile, synset } from './wordnet.js';

/** A semantic pointer: its symbol ("@" hypernym, "~" hyponym, "+" derivation…) and target. */
export interface Pointer extends Derivation {
  readonly symbol: string;
}

/** All pointers of a synset. */
export function readPointers(synset: Synset): Pointer[] {
  const fields = new Fields(dataFile(synset.part), synset.pointersAt);
  const count = fields.number();
  const found: Pointer[] = [];
  for (let i = 0; i < count; i += 1) {
    const symbol = fields.text();
    const offset = fields.number();
    const part = PART_OF[fields.text()];
    const sourceTarget = fields.number(16);
    if (part) found.push({ symbol, source: sourceTarget >> 8, part, offset, target: sourceTarget & 0xff });
  }
  return found;
}

const PLUS = 0x2b;

// After a pointer's symbol and its space come "offset part source/target " in fixed widths:
// 8 digits, a space, one letter, a space, 4 hex digits, a space.
const POINTER_TAIL = 16;

/** The derivational ("+") pointers of a synset; the others are jumped over unread. */
export function derivations(synset: Synset): Derivation[] {
  const buffer = dataFile(synset.part);
  const fields = new Fields(buffer, synset.pointersAt);
  const count = fields.number();
  const found: Derivation[] = [];
  for (let i = 0; i < count; i += 1) {
    const plus = buffer[fields.at] === PLUS && buffer[fields.at + 1] === SPACE;
    fields.skip();
    if (!plus) {
      // Synsets such as "person" have hundreds of hyponym pointers: jump, don't scan.
      fields.at += POINTER_TAIL;
      continue;
    }
    const offset = fields.number();
    const part = PART_OF[fields.text()];
    const sourceTarget = fields.number(16);
    if (part) found.push({ source: sourceTarget >> 8, part, offset, target: sourceTarget & 0xff });
  }
  return found;
}

/** The synsets below a synset: hyponyms ("~") and instances ("~i"). */
export function hyponyms(synset: Synset): { readonly part: Part; readonly offset: number }[] {
  return readPointers(synset)
    .filter((p) => p.symbol === '~' || p.symbol === '~i')
    .map(({ part, offset }) => ({ part, offset }));
}

/**
 * The first synset reached from `from` through at most `depth` pointers of
 * `symbol` ("@" a hypernym, "@i" what it is an instance of, "#p" what it is
 * part of) that `accepts`, nearest first; `offset` is the synset's in its
 * data file. Undefined when none is.
 */
export function reachable(
  from: Synset,
  symbol: string,
  depth: number,
  accepts: (to: Synset, offset: number) => boolean,
): Synset | undefined {
  let level = [from];
  for (let hop = 0; hop < depth && level.length > 0; hop += 1) {
    const next: Synset[] = [];
    for (const node of level) {
      for (const pointer of readPointers(node)) {
        if (pointer.symbol !== symbol) continue;
        const to = synset(pointer.part, pointer.offset);
        if (accepts(to, pointer.offset)) return to;
        next.push(to);
      }
    }
    level = next;
  }
  return undefined;
}
