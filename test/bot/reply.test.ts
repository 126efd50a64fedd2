import { embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fitUserText } from '../../src/bot/markdown.js';
import { fitEmbeds, fitMessage } from '../../src/bot/reply.js';

describe('fitMessage', () => {
  it('turns mentions off and cuts content to 2000 characters', () => {
    const fitted = fitMessage({ content: '@everyone '.repeat(500) });
    expect(fitted.allowedMentions).toEqual({ parse: [] });
    expect(fitted.content?.length).toBeLessThanOrEqual(2000);
  });
});

describe('fitEmbeds', () => {
  it('keeps every part within its limit and all embeds within 6000 characters', () => {
    const big = {
      title: 'T'.repeat(400),
      description: 'word '.repeat(2000),
      footer: { text: 'f '.repeat(1500) },
      fields: Array.from({ length: 30 }, () => ({ name: 'n', value: 'v '.repeat(800) })),
    };
    const fitted = fitEmbeds([big, big, big]);
    for (const embed of fitted) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(fitted.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(6000);
  });

  it('leaves embeds that fit untouched', () => {
    const embed = { title: 'Reuters', description: '> quote', footer: { text: 'reuters#3' } };
    expect(fitEmbeds([embed])).toEqual([embed]);
  });
});

describe('fitUserText', () => {
  it('escapes Markdown and stays within the limit, never ending on a lone backslash', () => {
    const fitted = fitUserText('**bold** '.repeat(50), 40);
    expect(fitted.length).toBeLessThanOrEqual(40);
    expect(fitted.startsWith('\\*\\*bold\\*\\*')).toBe(true);
    expect(fitted).not.toMatch(/(^|[^\\])\\$/u);
  });
});
