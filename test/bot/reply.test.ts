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
  it('cuts each part to its limit', () => {
    const [fitted] = fitEmbeds([{ title: 'T'.repeat(400), footer: { text: 'f '.repeat(1500) } }]);
    expect(fitted?.title?.length).toBe(256);
    expect(fitted?.footer?.text.length).toBeLessThanOrEqual(2048);
    expect(fitted?.footer?.text.length).toBeGreaterThan(2000);
  });

  it('refuses embeds that exceed 6000 characters together: a builder overran its budget', () => {
    const big = { description: 'word '.repeat(800) };
    expect(embedLength(big)).toBe(4000);
    expect(() => fitEmbeds([big, big])).toThrow("embeds of 8000 characters exceed Discord's 6000: a budget is wrong");
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
