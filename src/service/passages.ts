/**
 * Finding paragraphs by id, and suggesting them while someone types, for
 * quoting a paragraph verbatim.
 */

import { answerQuestion } from '../engine/answer.js';
import type { IndexedParagraph, SearchIndex } from '../engine/build.js';
import { rawWords, termOfRawWord } from '../engine/dictionary.js';
import { UserError } from '../errors.js';
import { ELLIPSIS, safeCut, truncate } from '../text/truncate.js';
import type { Choice, ChoiceLimits } from './choices.js';

/**
 * Turns what a user typed into the id form (`Reuters #3` → `reuters#3`).
 * Report ids are lower-case with no spaces, so this loses nothing.
 */
export function normalizePassageId(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/\s*#\s*/u, '#');
}

/** The paragraph with this id. Throws a {@link UserError} that says what ids look like when there is none. */
export function findPassage(index: SearchIndex, typed: string): IndexedParagraph {
  const entry = index.byId.get(normalizePassageId(typed));
  if (entry) return entry;
  const example = index.entries[0]?.paragraph.id ?? 'reuters#3';
  const shown = truncate(typed.trim(), 80);
  throw new UserError(
    `There is no passage "${shown}". Passage ids look like ${example}: pick one from the list as you type, or see /sources.`,
  );
}

/** Characters of context shown before a match that is deep inside a paragraph. */
const PREVIEW_LEAD = 24;
/** A match this close to the end of the room would be cut off, so the preview starts later. */
const PREVIEW_MATCH_ROOM = 16;

/**
 * Suggestions for a passage option. Empty input lists the first paragraphs;
 * input that starts an id (`reu`, `reuters#1`) lists those ids; other input
 * lists paragraphs containing every typed word, then, if there are few, the
 * engine's answers to it as a question. Each name is the id and a preview of
 * the text from the match; each value is the id.
 */
export function suggestPassages(index: SearchIndex, typed: string, limits: ChoiceLimits): Choice[] {
  const query = typed.trim();
  const picked = new Map<string, { entry: IndexedParagraph; matchAt: number }>();
  const add = (entry: IndexedParagraph | undefined, matchAt: number) => {
    if (!entry || picked.size >= limits.maxChoices || picked.has(entry.paragraph.id)) return;
    if (entry.paragraph.id.length <= limits.maxValueLength) picked.set(entry.paragraph.id, { entry, matchAt });
  };
  if (query === '') {
    for (const entry of index.entries.slice(0, limits.maxChoices)) add(entry, 0);
  } else {
    const idQuery = normalizePassageId(query);
    add(index.byId.get(idQuery), 0);
    for (const entry of index.entries) if (entry.paragraph.id.startsWith(idQuery)) add(entry, 0);
    for (const { position, matchAt } of paragraphsWithEveryWord(index, query)) {
      if (picked.size >= limits.maxChoices) break;
      add(index.entries[position], matchAt);
    }
    if (picked.size < limits.maxChoices) {
      for (const hit of answerQuestion(index, query, { top: limits.maxChoices }).hits) {
        add(index.byId.get(hit.id), hit.quoteStart);
      }
    }
  }
  return [...picked.values()].map(({ entry, matchAt }) => ({
    name: truncate(
      `${entry.paragraph.id}: ${preview(entry.paragraph.text, matchAt, limits.maxNameLength - entry.paragraph.id.length - 2)}`,
      limits.maxNameLength,
    ),
    value: entry.paragraph.id,
  }));
}

/**
 * Paragraphs holding every typed word, the last one perhaps half typed: a
 * MiniSearch prefix search, each with where its first match stands.
 */
function* paragraphsWithEveryWord(index: SearchIndex, typed: string): Generator<{ position: number; matchAt: number }> {
  const stems = rawWords(typed)
    .map(termOfRawWord)
    .filter((stem) => stem !== undefined);
  if (stems.length === 0) return;
  const results = index.search.search(stems.join(' '), { prefix: true, combineWith: 'AND' });
  for (const result of results) {
    const position = result.id as number;
    const entry = index.entries[position];
    if (!entry) continue;
    const matched = new Set(result.terms);
    const { termIds, starts } = entry.analysis;
    let matchAt = 0;
    for (let i = 0; i < termIds.length; i++) {
      if (matched.has(index.stems[termIds[i] ?? -1] ?? '')) {
        matchAt = starts[i] ?? 0;
        break;
      }
    }
    yield { position, matchAt };
  }
}

/**
 * The text, or when the match at `matchAt` would not show within `room`
 * characters, the text from a little before it, starting at a word, so the
 * suggestion shows why it matched.
 */
function preview(text: string, matchAt: number, room: number): string {
  if (matchAt <= PREVIEW_LEAD || matchAt + PREVIEW_MATCH_ROOM <= room) return text;
  const from = text.indexOf(' ', matchAt - PREVIEW_LEAD);
  const start = from < 0 || from >= matchAt ? safeCut(text, matchAt) : from + 1;
  return `${ELLIPSIS}${text.slice(start)}`;
}
