/**
 * `/corpus` interactions as Discord sends them: a subcommand with its
 * options, and an attached file described in `resolved.attachments`.
 */
import type { Actor } from './discord-fixtures.js';
import { autocomplete, slashCommand, snowflake } from './interactions.js';

/** A file attached to the command, as Discord describes it. */
export interface AttachedFile {
  readonly filename: string;
  readonly url: string;
  /** What Discord says the size is; the bot must not trust it. */
  readonly size: number;
  readonly contentType?: string;
}

/** Option values of a subcommand: text, true/false, whole numbers, or a file. */
export type SubcommandValues = Readonly<Record<string, string | boolean | number | AttachedFile>>;

const OPTION_TYPE = { SUBCOMMAND: 1, STRING: 3, INTEGER: 4, BOOLEAN: 5, ATTACHMENT: 11 } as const;

/** `/corpus <subcommand> option:value …` from `actor`. */
export function corpusCommand(subcommand: string, values: SubcommandValues, actor: Actor) {
  const payload = slashCommand('corpus', {}, actor);
  const attachments: Record<string, unknown> = {};
  const options = Object.entries(values).map(([name, value]) => {
    if (typeof value === 'object') {
      const id = snowflake();
      attachments[id] = {
        id,
        filename: value.filename,
        size: value.size,
        url: value.url,
        proxy_url: value.url,
        content_type: value.contentType ?? 'text/markdown; charset=utf-8',
      };
      return { name, type: OPTION_TYPE.ATTACHMENT, value: id };
    }
    const type =
      typeof value === 'boolean'
        ? OPTION_TYPE.BOOLEAN
        : typeof value === 'number'
          ? OPTION_TYPE.INTEGER
          : OPTION_TYPE.STRING;
    return { name, type, value };
  });
  return {
    ...payload,
    data: {
      ...payload.data,
      options: [{ name: subcommand, type: OPTION_TYPE.SUBCOMMAND, options }],
      ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
    },
  };
}

/** A moderator (or not) typing `typed` in the `report` option of `/corpus <subcommand>`. */
export function corpusAutocomplete(subcommand: string, typed: string, actor: Actor) {
  const payload = autocomplete('corpus', {}, 'report', actor);
  const option = { name: 'report', type: OPTION_TYPE.STRING, value: typed, focused: true };
  return {
    ...payload,
    data: { ...payload.data, options: [{ name: subcommand, type: OPTION_TYPE.SUBCOMMAND, options: [option] }] },
  };
}
