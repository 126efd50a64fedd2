/**
 * The attachment a moderator gives `/corpus add`. A report file sent back by
 * `/corpus file` goes out as any reply does, through sendReply.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../errors.js';

/** An attachment as the interaction describes it. Nothing in it is trusted but as data. */
export interface AttachedFile {
  /** The name the uploader gave it: shown in messages, never used as a path. */
  readonly name: string;
  readonly url: string;
  /** The size Discord states; the download checks the real one. */
  readonly size: number;
}

/** The attachment option `name`. Throws a {@link UserError} when it is missing or malformed. */
export function attachmentOption(interaction: ChatInputCommandInteraction, name: string): AttachedFile {
  const option = interaction.options.get(name);
  const attachment = option?.attachment;
  if (option?.type !== ApplicationCommandOptionType.Attachment || !attachment || typeof attachment.url !== 'string') {
    throw new UserError(
      `The request has no file in "${name}". Pick /${interaction.commandName} from Discord's command list and attach the report.`,
    );
  }
  return { name: attachment.name || 'report.md', url: attachment.url, size: attachment.size };
}
