/**
 * Full names and the one name that stands for them. A report names a person
 * in full once ("North Korean leader Kim Jong Un") and by one name after
 * ("Kim admired Putin's limousine"). A question that types the full name is
 * about that person wherever the report names them, so a lone "Kim" in a
 * report whose first full name with Kim is "Kim Jong Un" counts as the
 * question's "Kim Jong Un": in coverage, side-by-side pairs and phrases.
 */
import type { IndexedParagraph, SearchIndex } from './build.js';
import { countInReport } from './dictionary.js';

/** A run of two or more name parts the question types ("Kim Jong Un"), as term ids. */
export interface FullName {
  /** The parts in the question's order. */
  readonly parts: readonly number[];
  /** The part in the most paragraphs: the one reports name the person by ("kim"). */
  readonly head: number;
}

/**
 * The runs of two or more words that are parts of names, unbroken by any
 * other word (stop words included), as term ids in order: "Kim Jong Un".
 */
export function nameRunsIn(wordKeys: ArrayLike<number>, isName: (key: number) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let i = 0; i < wordKeys.length; i++) {
    const key = wordKeys[i] ?? -1;
    if (key >= 0 && isName(key)) run.push(key);
    else close();
  }
  close();
  return runs;
}

/** The full names among a question's word keys, each headed by its part in the most paragraphs. */
export function fullNamesIn(
  wordKeys: readonly number[],
  isName: (key: number) => boolean,
  documentFrequency: ArrayLike<number>,
): FullName[] {
  const df = (id: number) => documentFrequency[id] ?? 0;
  return nameRunsIn(wordKeys, isName).map((parts) => ({
    parts,
    head: parts.reduce((best, id) => (df(id) > df(best) ? id : best)),
  }));
}

/** Whether the word at `i` is a name part with no name word either side: "Kim" in "Putin and Kim", not in "Kim Yo Jong". */
function standsAlone(wordKeys: ArrayLike<number>, i: number, isName: (key: number) => boolean): boolean {
  const isNameAt = (j: number) => {
    const key = wordKeys[j];
    return key !== undefined && key >= 0 && isName(key);
  };
  return isNameAt(i) && !isNameAt(i - 1) && !isNameAt(i + 1);
}

/** For each term of a text (its word keys with stop words), 1 when it is a name part that {@link standsAlone}. */
export function loneNames(wordKeys: readonly number[], isName: (key: number) => boolean): Uint8Array {
  const lone: number[] = [];
  wordKeys.forEach((key, i) => {
    if (key >= 0) lone.push(standsAlone(wordKeys, i, isName) ? 1 : 0);
  });
  return Uint8Array.from(lone);
}

/** What a lone head stands for in a paragraph: its full name, and the question slots it fills. */
export interface StandsFor {
  /** The full name's parts, in the question's order. */
  readonly parts: readonly number[];
  /** The slots of the name's other parts. */
  readonly others: readonly number[];
  /** The slots whose pair with the slot before is within the name: they stand side by side. */
  readonly pairs: readonly number[];
}

/** A question's full names that a paragraph writes by their head alone, and what that adds. */
export interface SpelledNames {
  /** By the head's term id. */
  readonly heads: ReadonlyMap<number, StandsFor>;
  /** The paragraph's word keys with each lone head written out as the question's full name, for phrases. */
  readonly wordKeys: Int32Array;
}

/**
 * The question's full names that `paragraph` names by their head alone ("Kim"),
 * in a report whose first full name with that head holds all of the
 * question's parts; undefined when there are none, as for most paragraphs.
 */
export function spelledNames(
  index: SearchIndex,
  fullNames: readonly FullName[],
  slotOf: ReadonlyMap<number, number>,
  paragraph: IndexedParagraph,
): SpelledNames | undefined {
  if (fullNames.length === 0) return undefined;
  const { analysis } = paragraph;
  let heads: Map<number, StandsFor> | undefined;
  for (const name of fullNames) {
    if (!hasLone(analysis.termIds, analysis.loneNames, name.head)) continue;
    // A report that never has all the name's parts cannot have written it in full: no need to read it.
    if (!name.parts.every((part) => countInReport(index.reportTerms, paragraph.reportNumber, part) > 0)) continue;
    const full = reportFullName(index, paragraph.reportNumber, name.head);
    if (!full || !name.parts.every((part) => full.includes(part))) continue;
    const others = name.parts.flatMap((part) => (part === name.head ? [] : (slotOf.get(part) ?? [])));
    const pairs = name.parts.flatMap((part, k) => {
      const slot = slotOf.get(part);
      return k > 0 && slot !== undefined && slotOf.get(name.parts[k - 1] ?? -1) === slot - 1 ? [slot] : [];
    });
    (heads ??= new Map()).set(name.head, { parts: name.parts, others, pairs });
  }
  if (!heads) return undefined;
  return { heads, wordKeys: writeOut(analysis.wordKeys, heads, index.names) };
}

function hasLone(termIds: Int32Array, lone: Uint8Array, head: number): boolean {
  for (let p = 0; p < termIds.length; p++) if (termIds[p] === head && lone[p]) return true;
  return false;
}

/** Word keys with each lone head replaced by the full name it stands for. */
function writeOut(wordKeys: Int32Array, heads: ReadonlyMap<number, StandsFor>, names: ReadonlySet<number>): Int32Array {
  const isName = (key: number) => names.has(key);
  const out: number[] = [];
  wordKeys.forEach((key, i) => {
    const parts = heads.get(key)?.parts;
    if (parts && standsAlone(wordKeys, i, isName)) out.push(...parts);
    else out.push(key);
  });
  return Int32Array.from(out);
}

/**
 * A report names a person in full in its first paragraphs, so only these are
 * read: reading a long report to its end for a name it never spells out cost
 * a large corpus tens of milliseconds a question.
 */
export const FULL_NAME_LEAD = 5;

/** Reports' resolved heads kept per index; a large corpus clears them when there are this many. */
export const FULL_NAME_CACHE_SIZE = 16_384;
const fullNameCache = new WeakMap<SearchIndex, Map<number, readonly number[] | null>>();

/**
 * The first full name in a report's first {@link FULL_NAME_LEAD} paragraphs
 * that holds `head`, as its parts, or undefined when they write
 * none. Reading stops at the first, usually in the first paragraph or two.
 */
export function reportFullName(index: SearchIndex, reportNumber: number, head: number): readonly number[] | undefined {
  let cache = fullNameCache.get(index);
  if (!cache) fullNameCache.set(index, (cache = new Map()));
  const key = reportNumber * index.stems.length + head;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (cache.size >= FULL_NAME_CACHE_SIZE) cache.clear();
  let found: readonly number[] | null = null;
  const isName = (key: number) => index.names.has(key);
  const lead = index.corpus.reports[reportNumber]?.paragraphs.slice(0, FULL_NAME_LEAD) ?? [];
  for (const paragraph of lead) {
    const entry = index.byId.get(paragraph.id);
    found = entry ? (nameRunsIn(entry.analysis.wordKeys, isName).find((run) => run.includes(head)) ?? null) : null;
    if (found) break;
  }
  cache.set(key, found);
  return found ?? undefined;
}
