/**
 * Files in and out of Discord: the attachment a moderator gives `/corpus add`,
 * and a report file sent back by `/corpus file`.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { UserError } from '../errors.js';
import { fitMessage, type OutgoingMessage } from './reply.js';

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

/**
 * Sends `message` with `file` attached, privately. Like every reply it
 * mentions no one and fits Discord's limits; it answers the deferral if there
 * was one.
 */
export async function sendFileReply(
  interaction: ChatInputCommandInteraction,
  message: OutgoingMessage,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<void> {
  const body = { ...fitMessage(message), files: [{ attachment: Buffer.from(file.bytes), name: file.name }] };
  if (interaction.deferred && !interaction.replied) await interaction.editReply(body);
  else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
}
