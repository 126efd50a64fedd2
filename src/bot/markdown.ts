/**
 * Showing text that did not come from the bot (questions, messages, report
 * text and names) exactly as written: every character Discord would read as
 * formatting is escaped with a backslash, which Discord hides, so nothing a
 * user types can turn into bold, spoilers, code, headings, quotes, lists,
 * masked links or a link preview.
 *
 * discord.js's `escapeMarkdown` is not enough on its own: it leaves `_` unescaped
 * anywhere after a custom emoji (`<:x:1> _italic_`), and it leaves block
 * quotes (`>`) and subtext (`-#`) alone.
 */
import { quote } from 'discord.js';
import { truncate } from '../text/truncate.js';

// Inline markers are escaped wherever they are; the backslash itself first, so a
// user's own backslash cannot cancel the escape that follows it.
const INLINE_MARKERS = /[\\*_~`|[]/gu;
// Block syntax only counts at the start of a line: quotes, headings, subtext, lists.
const LINE_START_MARKERS = /^([ \t]*)([>#+-])/gmu;
const NUMBERED_LIST = /^([ \t]*\d+)\./gmu;
// "https://…" becomes a link, and in a message Discord fetches its preview.
const LINK_SCHEME = /:(?=\/\/)/gu;

/** `text` with everything Discord would format escaped; mentions are left to `allowedMentions`. */
export function userText(text: string): string {
  return text
    .replace(INLINE_MARKERS, '\\$&')
    .replace(LINE_START_MARKERS, '$1\\$2')
    .replace(NUMBERED_LIST, '$1\\.')
    .replace(LINK_SCHEME, '\\:');
}

/**
 * Escaped text of at most `max` characters: the plain text is shortened
 * first (at a sentence or word, with an ellipsis), so the cut never falls
 * between a backslash and the character it escapes.
 */
export function fitUserText(text: string, max: number): string {
  return fitRendered((room) => userText(truncate(text, room)), max);
}

/**
 * The longest `render(room)` of at most `max` characters, for Markdown that
 * grows as it is rendered (escapes, bold markers): `room` starts at `max`
 * and shrinks by the excess until the result fits; '' if nothing does.
 */
export function fitRendered(render: (room: number) => string, max: number): string {
  let room = max;
  for (;;) {
    const rendered = render(room);
    if (rendered.length <= max || room <= 0) return rendered.length <= max ? rendered : '';
    room -= Math.max(1, rendered.length - max);
  }
}

/**
 * Quotes every line with `> `, so the quote ends where the text does.
 * (discord.js's `blockQuote` is `>>> `, which quotes the rest of the message,
 * and its `quote` marks only the first line.)
 */
export function quoteLines(markdown: string): string {
  return markdown.split('\n').map(quote).join('\n');
}
