/**
 * Checks on a message as the bot sends it (the body `fitMessage` returns):
 * Discord's limits, no pings, and no formatting from text the bot did not write.
 */
import { type APIEmbed, embedLength } from 'discord.js';
import { expect } from 'vitest';
import { DISCORD_LIMITS } from '../../src/bot/limits.js';
import type { fitMessage } from '../../src/bot/reply.js';

/** A surrogate half without its partner: invalid UTF-16, which Discord refuses. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const words = new Intl.Segmenter('en', { granularity: 'word' });

/** Whether `text` may be cut at `offset` without splitting a word (a Unicode word boundary). */
export function isWordBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return words.segment(text).containing(offset)?.index === offset;
}

/** The text a reader sees: each backslash escape replaced by the character it escapes. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([\s\S])/gu, '$1');
}

/**
 * What in `markdown` Discord would still format: inline markers, a link, or
 * block syntax at the start of a line. Escaped characters do not count.
 */
export function activeMarkdown(markdown: string): string[] {
  const bare = markdown.replace(/\\[\s\S]/gu, 'E');
  const found = [...bare.matchAll(/[*_~`|[]|:\/\//gu)].map((match) => match[0]);
  for (const match of bare.matchAll(/^[ \t]*([>#+-]|\d+\.)/gmu)) found.push(`line start ${match[1]}`);
  return found;
}

/** Asserts every part of the message is within Discord's limits, well-formed, and pings nobody. */
export function expectWithinDiscordLimits(body: ReturnType<typeof fitMessage>): void {
  expect(body.allowedMentions).toEqual({ parse: [] });
  expect(body.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  const embeds: APIEmbed[] = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
  }
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  for (const row of body.components ?? []) {
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    }
  }
  expect(JSON.stringify(body)).not.toMatch(LONE_SURROGATE);
}

/**
 * Asserts `shown` (escaped) is `original` as written, or, cut, a start of it
 * that ends at a word boundary and says so with an ellipsis.
 */
export function expectWholeOrCleanlyCut(shown: string, original: string): void {
  const visible = unescapeMarkdown(shown);
  if (visible === original) return;
  expect(visible.endsWith('…'), `a cut text ends with an ellipsis: ${JSON.stringify(visible.slice(-40))}`).toBe(true);
  const kept = visible.slice(0, -1).replace(/ $/u, '');
  expect(original.startsWith(kept)).toBe(true);
  const cut = kept.length + (original.slice(kept.length).match(/^[\s,;:–—-]*/u)?.[0].length ?? 0);
  expect(kept).not.toMatch(LONE_SURROGATE);
  expect(
    isWordBoundary(original, kept.length) || isWordBoundary(original, cut),
    `cut at ${kept.length} is inside a word: …${JSON.stringify(original.slice(kept.length - 15, kept.length + 15))}`,
  ).toBe(true);
}
