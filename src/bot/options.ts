/**
 * Reading a command's options without trusting them. Discord's client only
 * sends what a command registered, but a modified client or a bug can send an
 * option missing, of another type or longer than allowed; each of those gets
 * a clear private explanation instead of a crash.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../errors.js';

/** Rules for one text option. */
export interface TextOptionRules {
  readonly required?: boolean;
  /** Longest value accepted, in UTF-16 code units as Discord counts. */
  readonly maxLength?: number;
}

/** How to get a well-formed request again: the command's own menu fills the options in correctly. */
function retry(interaction: ChatInputCommandInteraction): string {
  return `Pick /${interaction.commandName} from Discord's command list and try again.`;
}

/** What a request actually sent, in a few words. */
function described(value: unknown): string {
  if (value === undefined || value === null) return 'no value';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  if (typeof value === 'number') return 'a number';
  return 'something else';
}

/** The text option `name`, or undefined when it is optional and absent. Throws a {@link UserError} when malformed. */
export function textOption(
  interaction: ChatInputCommandInteraction,
  name: string,
  rules: TextOptionRules & { readonly required: true },
): string;
export function textOption(
  interaction: ChatInputCommandInteraction,
  name: string,
  rules?: TextOptionRules,
): string | undefined;
export function textOption(
  interaction: ChatInputCommandInteraction,
  name: string,
  rules: TextOptionRules = {},
): string | undefined {
  const option = interaction.options.get(name);
  if (!option) {
    if (rules.required)
      throw new UserError(`The request has no "${name}", which this command needs. ${retry(interaction)}`);
    return undefined;
  }
  const { value } = option;
  if (option.type !== ApplicationCommandOptionType.String || typeof value !== 'string') {
    throw new UserError(`"${name}" must be text, but the request sent ${described(value)}. ${retry(interaction)}`);
  }
  if (rules.maxLength !== undefined && value.length > rules.maxLength) {
    throw new UserError(
      `"${name}" may be at most ${rules.maxLength} characters, and the request sent ${value.length}. ${retry(interaction)}`,
    );
  }
  return value;
}

/** The true/false option `name`, or undefined when absent. Throws a {@link UserError} when it is not a boolean. */
export function booleanOption(interaction: ChatInputCommandInteraction, name: string): boolean | undefined {
  const option = interaction.options.get(name);
  if (!option) return undefined;
  const { value } = option;
  if (option.type !== ApplicationCommandOptionType.Boolean || typeof value !== 'boolean') {
    throw new UserError(
      `"${name}" must be true or false, but the request sent ${described(value)}. ${retry(interaction)}`,
    );
  }
  return value;
}
