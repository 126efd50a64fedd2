/**
 * Shortening text to a length limit the way a person would: at the end of a
 * sentence or a word, with an ellipsis, and never through the middle of a
 * character that takes two UTF-16 code units (emoji, many CJK characters).
 */
import { splitSentences } from './sentences.js';

/** Appended to every shortened text. One UTF-16 code unit. */
export const ELLIPSIS = '…';

/**
 * A boundary is only used when it keeps at least this share of the room;
 * otherwise one very long sentence or word would shrink the text to almost
 * nothing, and a cut at a word (or inside one) says more.
 */
const MIN_KEPT_SHARE = 0.6;

/**
 * Returns `text` unchanged when it has at most `max` UTF-16 code units (the
 * unit Discord counts), else a shortened text of at most `max` code units
 * ending with {@link ELLIPSIS}: cut after the last whole sentence that fits,
 * else after the last whole word, else at the last whole character.
 */
export function truncate(text: string, max: number): string {
  const limit = Math.max(0, Math.floor(max));
  if (text.length <= limit) return text;
  if (limit < ELLIPSIS.length) return '';
  const room = limit - ELLIPSIS.length;
  const head = text.slice(0, safeCut(text, room));
  const minKept = Math.ceil(room * MIN_KEPT_SHARE);

  const sentenceEnd = lastSentenceEnd(text, room);
  // A space before the ellipsis keeps it from reading as part of the last sentence's punctuation.
  if (sentenceEnd >= minKept && sentenceEnd + 1 <= room) return `${text.slice(0, sentenceEnd)} ${ELLIPSIS}`;

  const wordEnd = /\s/u.test(text[head.length] ?? '') ? trimmedEnd(head) : lastWordEnd(head);
  if (wordEnd >= minKept) return `${head.slice(0, wordEnd)}${ELLIPSIS}`;
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** The largest cut at or below `at` that does not separate a surrogate pair. */
export function safeCut(text: string, at: number): number {
  const cut = Math.max(0, Math.min(at, text.length));
  if (cut > 0 && cut < text.length && isHighSurrogate(text.charCodeAt(cut - 1))) return cut - 1;
  return cut;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** End offset of the last sentence that ends at or before `room`, or -1. */
function lastSentenceEnd(text: string, room: number): number {
  // Only the part that can be kept matters, plus a little so the sentence rule sees what follows a period.
  const window = text.slice(0, safeCut(text, room + 2));
  let best = -1;
  const spans = splitSentences(window);
  // The last span of the window may be a sentence cut short by the window itself.
  for (const span of spans.slice(0, -1)) if (span.end <= room) best = span.end;
  const last = spans.at(-1);
  if (last && last.end <= room && /[.!?…]["'”’)\]]*$/u.test(window.slice(0, last.end))) best = last.end;
  return best;
}

/** Length of `head` without its last word, which the cut went through; -1 if it has only one word. */
function lastWordEnd(head: string): number {
  const match = /\s+\S*$/u.exec(head);
  if (!match) return -1;
  return trimmedEnd(head.slice(0, match.index));
}

/** Length without trailing spaces and the punctuation that would dangle before an ellipsis. */
function trimmedEnd(text: string): number {
  return text.replace(/[\s,;:–—-]+$/u, '').length;
}
