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
 * else after the last whole word, else (a text whose first `max` characters
 * hold no word boundary at all, such as one endless token) at the last whole
 * character as the reader sees it, so neither a word, a surrogate pair nor an
 * emoji sequence is ever split while there is another way.
 */
export function truncate(text: string, max: number): string {
  const limit = Math.max(0, Math.floor(max));
  if (text.length <= limit) return text;
  if (limit < ELLIPSIS.length) return '';
  const room = limit - ELLIPSIS.length;
  const minKept = Math.ceil(room * MIN_KEPT_SHARE);

  const sentenceEnd = lastSentenceEnd(text, room);
  // A space before the ellipsis keeps it from reading as part of the last sentence's punctuation.
  // Only where a space follows: "U.N" or "3.5" is not the end of a sentence, whatever the window showed.
  const spaceFollows = /\s/u.test(text[sentenceEnd] ?? '');
  if (sentenceEnd >= minKept && sentenceEnd + 1 <= room && spaceFollows)
    return `${text.slice(0, sentenceEnd)} ${ELLIPSIS}`;

  const wordBreak = lastWordBreak(text, room, minKept);
  if (wordBreak > 0) return `${text.slice(0, trimmedEnd(text.slice(0, wordBreak)))}${ELLIPSIS}`;
  return `${text.slice(0, lastGraphemeStart(text, room))}${ELLIPSIS}`;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The part of `text` to segment to find boundaries at or below `room`.
 * Boundary rules look past a position ("U.N" is one word; accents extend the
 * letter before them) but never across a space, so segmenting up to the first
 * space after `room` finds exactly the boundaries the whole text has.
 */
function segmentWindow(text: string, room: number): string {
  const space = text.slice(room + 1).search(/\s/u);
  return space < 0 ? text : text.slice(0, room + 1 + space);
}

/**
 * The best word boundary at or below `room` (Unicode word boundaries, so a
 * cut never falls inside a word): the last one next to a space that keeps at
 * least `minKept` characters, else the last one at all (inside a long link,
 * after a slash); 0 when there is none. Walks back from `room` one segment at
 * a time and stops below `minKept`, so the cost does not grow with the text.
 */
function lastWordBreak(text: string, room: number, minKept: number): number {
  const segments = wordSegmenter.segment(segmentWindow(text, room));
  const previous = (at: number) => (at > 0 ? (segments.containing(at - 1)?.index ?? 0) : 0);
  const last = segments.containing(room)?.index ?? 0;
  for (let at = last; at > 0 && at >= minKept; at = previous(at)) {
    if (/\s/u.test(text[at - 1] ?? '') || /\s/u.test(text[at] ?? '')) return at;
  }
  return last;
}

/** Start of the character (grapheme cluster: a letter with its accents, a whole emoji) that holds offset `room`. */
function lastGraphemeStart(text: string, room: number): number {
  const window = segmentWindow(text, room);
  return graphemeSegmenter.segment(window).containing(room)?.index ?? safeCut(text, room);
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

/** Length without trailing spaces and the punctuation that would dangle before an ellipsis. */
function trimmedEnd(text: string): number {
  return text.replace(/[\s,;:–—-]+$/u, '').length;
}
