/**
 * The custom ids of the bot's buttons: `prefix:field:field…`. The prefix
 * names the handler; the fields are what the handler needs, so a button
 * keeps working across restarts. Built and read only here.
 */

const SEPARATOR = ':';

/** A custom id read back: the handler's prefix and the fields after it. */
export interface ParsedCustomId {
  readonly prefix: string;
  readonly fields: readonly string[];
}

/** The custom id for `prefix` carrying `fields`. */
export function buildCustomId(prefix: string, ...fields: readonly (string | number)[]): string {
  return [prefix, ...fields].join(SEPARATOR);
}

/** Splits a custom id, whoever sent it: any text gives a prefix and fields, perhaps none. */
export function parseCustomId(customId: string): ParsedCustomId {
  const [prefix = '', ...fields] = customId.split(SEPARATOR);
  return { prefix, fields };
}
