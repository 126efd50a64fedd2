import { z } from 'zod';

/** The keys a report's front matter may have, in the order they are documented. */
export const FRONT_MATTER_KEYS = ['id', 'source', 'title', 'author', 'published', 'url', 'credits'] as const;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be text (${what})`) })
    .trim()
    .min(1, { error: 'must not be empty' });

/**
 * Front matter of a corpus file. Strict, so a misspelt key is an error rather
 * than a silently missing field.
 */
export const frontMatterSchema = z.strictObject({
  id: text('the report id').regex(/^[a-z0-9-]+$/, {
    error: 'must use only lower-case letters, digits and hyphens, like "reuters-2024"',
  }),
  source: text('the publisher name shown to users'),
  title: text('the headline'),
  author: text('the byline').optional(),
  published: z.iso.date({ error: 'must be an ISO date like 2024-02-20 (a real calendar date)' }).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL, like https://example.com/story' }).optional(),
  credits: text('credit lines such as "Editing by …"').optional(),
});

/** Front matter after validation. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;
