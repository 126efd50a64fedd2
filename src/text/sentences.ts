/**
 * Sentence boundaries, from the Unicode sentence rules of Intl.Segmenter.
 *
 * ICU breaks after every abbreviation followed by a capital ("U.N. Security
 * Council", "Feb. 18"), which would cut a quote in the middle of a sentence,
 * so such pieces are joined back to the sentence they belong to.
 */

/** A sentence as a half-open range of character offsets, trailing spaces excluded. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Titles, months and other short forms that end with a dot mid-sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm rep sen gov pres rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx inc co corp ltd ' +
    'dept est fig al ca cf mt ft'
  ).split(' '),
);
const INITIALS = /(?:^|[\s(])(?:\p{L}\.)+$/u;
const LAST_WORD = /([\p{L}]+)\.$/u;

function endsWithAbbreviation(piece: string): boolean {
  const trimmed = piece.trimEnd();
  if (INITIALS.test(trimmed)) return true;
  const last = LAST_WORD.exec(trimmed);
  return last?.[1] !== undefined && ABBREVIATIONS.has(last[1].toLowerCase());
}

/**
 * Intl.Segmenter slows down with the length of the whole string, so one huge
 * text of many sentences would take minutes. Longer texts are segmented in
 * windows of about this many characters, which keeps the cost linear.
 */
const WINDOW = 8192;

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them. Each
 * window's last segment may be cut short by the window, so the next window
 * starts where it starts; a window holding a single segment (one endless
 * sentence) is doubled until the sentence ends, which is still linear.
 */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  if (text.length <= 2 * WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  for (let from = 0, size = WINDOW; ;) {
    const end = Math.min(text.length, from + size);
    const pieces = [...segmenter.segment(text.slice(from, end))];
    const atEnd = end === text.length;
    const kept = atEnd ? pieces : pieces.slice(0, -1);
    for (const piece of kept) yield { segment: piece.segment, index: from + piece.index };
    const last = pieces.at(-1);
    if (atEnd || !last) return;
    if (kept.length === 0) {
      size *= 2;
    } else {
      from += last.index;
      size = WINDOW;
    }
  }
}

/** Splits text into sentences. Every character but surrounding white space is in exactly one span. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let pendingStart = -1;
  for (const { segment, index } of segments(text)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const isLast = index + segment.length >= text.length;
    if (!isLast && endsWithAbbreviation(segment)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(spans, text, start, index + segment.length);
  }
  return spans;
}

function pushTrimmed(spans: Span[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}
