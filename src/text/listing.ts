/**
 * Counting and listing things in prose, for every surface (terminal,
 * Discord, error messages), within a length when there is one.
 */
import { ELLIPSIS } from './truncate.js';

/** "1 paragraph", "2 paragraphs": `noun` is singular, and takes an s. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** Joins lines while they fit in `room`; when not all fit, ends with how many were left out. */
export function fitLines(lines: readonly string[], room: number, what: string): string {
  const all = lines.join('\n');
  if (all.length <= room) return all;
  const note = (left: number) => `${ELLIPSIS}and ${left} more ${what}`;
  let kept = 0;
  let used = 0;
  for (const line of lines) {
    const left = lines.length - kept - 1;
    if (used + line.length + 1 + note(left).length > room) break;
    used += line.length + 1;
    kept++;
  }
  return [...lines.slice(0, kept), note(lines.length - kept)].join('\n');
}

/** Names a list of ids, shortened to `room` characters with a count of the rest. */
export function listIds(ids: readonly string[], room: number): string {
  if (ids.length === 0) return 'none';
  let shown = '';
  for (const [i, id] of ids.entries()) {
    const next = shown === '' ? id : `${shown}, ${id}`;
    const remaining = ids.length - i - 1;
    const more = remaining > 0 ? ` and ${remaining} more` : '';
    if (next.length + more.length > room) return `${shown || ELLIPSIS} and ${ids.length - i} more`;
    shown = next;
  }
  return shown;
}
