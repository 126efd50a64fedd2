/**
 * The zod building blocks of the settings' schemas (config.ts): unset and
 * blank are the same, and numbers are whole.
 */
import { z } from 'zod';

/** A blank string as undefined: `.env.example` lists every key with an empty value, so unset and empty are the same. */
export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
/** `schema`, or undefined when the key is unset or blank. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A whole number of at least `min`, `fallback` when unset or blank; problems name `key`. */
export const wholeNumber = (key: string, min: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: (issue) => `${key} must be a whole number of at least ${min} (got "${issue.input}")` })
      .transform(Number)
      .pipe(z.number().min(min, { error: `${key} must be at least ${min}` }))
      .optional()
      .default(fallback),
  );
