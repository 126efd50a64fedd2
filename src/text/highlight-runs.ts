/**
 * Cutting a quote into the runs its highlights make, by one rule for every
 * surface (bold in Discord, colour in a terminal).
 */
import type { Span } from './sentences.js';

/** A piece of text, matched (to highlight) or not. */
export interface TextRun {
  readonly text: string;
  readonly matched: boolean;
}

/**
 * The first `length` characters of `text` as runs, in order. Spans are taken
 * in order of their start; overlapping or touching ones merge into one run,
 * and a (merged) span that goes past `length` is not highlighted.
 */
export function highlightRuns(text: string, spans: readonly Span[], length = text.length): TextRun[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.end > length) break;
    if (span.start > at) runs.push({ text: text.slice(at, span.start), matched: false });
    runs.push({ text: text.slice(span.start, span.end), matched: true });
    at = span.end;
  }
  if (at < length) runs.push({ text: text.slice(at, length), matched: false });
  return runs;
}
