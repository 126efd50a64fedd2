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
 * The full names among a question's word keys: runs of two or more words
 * that are parts of names, unbroken by any other word (stop words included).
 */
export function fullNamesIn(
  wordKeys: readonly number[],
  isName: (key: number) => boolean,
  documentFrequency: ArrayLike<number>,
): FullName[] {
  const found: FullName[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) {
      const df = (id: number) => documentFrequency[id] ?? 0;
      found.push({ parts: run, head: run.reduce((best, id) => (df(id) > df(best) ? id : best)) });
    }
    run = [];
  };
  for (const key of wordKeys) {
    if (key >= 0 && isName(key)) run.push(key);
    else close();
  }
  close();
  return found;
}

/**
 * For each term of a text, 1 when it is a name part that stands alone: the
 * words either side of it (stop words included) are not names. "Kim" in
 * "Putin and Kim" stands alone; in "Kim Yo Jong" it does not.
 */
export function loneNames(wordKeys: readonly number[], isName: (key: number) => boolean): Uint8Array {
  const isNameKey = (key: number | undefined) => key !== undefined && key >= 0 && isName(key);
  const lone: number[] = [];
  wordKeys.forEach((key, i) => {
    if (key < 0) return;
    lone.push(isNameKey(key) && !isNameKey(wordKeys[i - 1]) && !isNameKey(wordKeys[i + 1]) ? 1 : 0);
  });
  return Uint8Array.from(lone);
}

/** The runs of two or more name parts in a text's word keys, as sets of term ids. */
export function nameRunsIn(wordKeys: ArrayLike<number>, isName: (key: number) => boolean): ReadonlySet<number>[] {
  const runs: ReadonlySet<number>[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(new Set(run));
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

/** What a lone head stands for in a paragraph: the question slots of its full name's other parts. */
export interface StandsFor {
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
  let written: Map<number, readonly number[]> | undefined;
  for (const name of fullNames) {
    if (!hasLone(analysis.termIds, analysis.loneNames, name.head)) continue;
    // A report that never has all the name's parts cannot have written it in full: no need to read it.
    if (!name.parts.every((part) => countInReport(index.reportTerms, paragraph.reportNumber, part) > 0)) continue;
    const full = reportFullName(index, paragraph.reportNumber, name.head);
    if (!full || !name.parts.every((part) => full.has(part))) continue;
    const others = name.parts.flatMap((part) => (part === name.head ? [] : (slotOf.get(part) ?? [])));
    const pairs = name.parts.flatMap((part, k) => {
      const slot = slotOf.get(part);
      return k > 0 && slot !== undefined && slotOf.get(name.parts[k - 1] ?? -1) === slot - 1 ? [slot] : [];
    });
    (heads ??= new Map()).set(name.head, { others, pairs });
    (written ??= new Map()).set(name.head, name.parts);
  }
  if (!heads || !written) return undefined;
  return { heads, wordKeys: writeOut(analysis.wordKeys, written, index.names) };
}

function hasLone(termIds: Int32Array, lone: Uint8Array, head: number): boolean {
  for (let p = 0; p < termIds.length; p++) if (termIds[p] === head && lone[p]) return true;
  return false;
}

/** Word keys with each lone head replaced by the full name it stands for. */
function writeOut(
  wordKeys: Int32Array,
  written: ReadonlyMap<number, readonly number[]>,
  names: ReadonlySet<number>,
): Int32Array {
  const isNameKey = (key: number | undefined) => key !== undefined && key >= 0 && names.has(key);
  const out: number[] = [];
  wordKeys.forEach((key, i) => {
    const parts = written.get(key);
    if (parts && !isNameKey(wordKeys[i - 1]) && !isNameKey(wordKeys[i + 1])) out.push(...parts);
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
const fullNameCache = new WeakMap<SearchIndex, Map<number, ReadonlySet<number> | null>>();

/**
 * The first full name in a report's first {@link FULL_NAME_LEAD} paragraphs
 * that holds `head`, as the set of its parts, or undefined when they write
 * none. Reading stops at the first, usually in the first paragraph or two.
 */
export function reportFullName(
  index: SearchIndex,
  reportNumber: number,
  head: number,
): ReadonlySet<number> | undefined {
  let cache = fullNameCache.get(index);
  if (!cache) fullNameCache.set(index, (cache = new Map()));
  const key = reportNumber * index.stems.length + head;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (cache.size >= FULL_NAME_CACHE_SIZE) cache.clear();
  let found: ReadonlySet<number> | null = null;
  const isName = (key: number) => index.names.has(key);
  const lead = index.corpus.reports[reportNumber]?.paragraphs.slice(0, FULL_NAME_LEAD) ?? [];
  for (const paragraph of lead) {
    const entry = index.byId.get(paragraph.id);
    found = entry ? (nameRunsIn(entry.analysis.wordKeys, isName).find((run) => run.has(head)) ?? null) : null;
    if (found) break;
  }
  cache.set(key, found);
  return found ?? undefined;
}
