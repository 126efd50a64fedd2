/**
 * The one way the bot sends a message. Every reply, edit and follow-up goes
 * through {@link sendReply}, so none can ping anyone (quoted reports and
 * echoed questions may contain `@everyone` or role mentions) and none can
 * break Discord's size limits.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  embedLength,
  MessageFlags,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { Choice } from '../service/choices.js';
import { truncate } from '../text/truncate.js';
import { DISCORD_LIMITS } from './limits.js';

/** Mentions are rendered but notify no one. Also set as the client's default. */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [] });

/** A message to send in response to an interaction. */
export interface OutgoingMessage {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the person who used the command sees it (an ephemeral message). */
  readonly private?: boolean;
  /** No link previews: for a citation in text, whose link is for reading, not a card. */
  readonly suppressEmbeds?: boolean;
  /** Files attached to the message: a report sent back by `/corpus file`. */
  readonly files?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

/**
 * Interactions whose first response (a reply or a deferral) has been sent or
 * is on its way. discord.js only marks an interaction answered once Discord
 * confirms, so without this a deferral and a reply could both go out.
 */
const acknowledged = new WeakSet<RepliableInteraction>();
/** Deferrals still on their way, which a reply must wait for. */
const deferring = new WeakMap<RepliableInteraction, Promise<void>>();

/**
 * Sends `message` as the interaction's reply, or as its edit when the reply
 * was deferred, or as a follow-up when it was already answered. A private
 * message after a public deferral replaces the "thinking…" placeholder with
 * a private follow-up, so an error meant for one person is not shown to all.
 */
export async function sendReply(interaction: RepliableInteraction, message: OutgoingMessage): Promise<void> {
  acknowledged.add(interaction);
  await deferring.get(interaction);
  const body = fitMessage(message);
  const suppress = message.suppressEmbeds ? MessageFlags.SuppressEmbeds : 0;
  const flags = (message.private ? MessageFlags.Ephemeral : 0) | suppress || undefined;
  if (interaction.deferred && !interaction.replied && message.private && !interaction.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp({ ...body, flags });
  } else if (interaction.deferred && !interaction.replied) {
    // An edit cannot make a message ephemeral: the deferral decided that.
    await interaction.editReply({ ...body, flags: suppress || undefined });
  } else if (interaction.replied) await interaction.followUp({ ...body, flags });
  else await interaction.reply({ ...body, flags });
}

/** Acknowledges now and answers later (privately), for work that may take longer than Discord waits. */
export async function deferPrivately(interaction: RepliableInteraction): Promise<void> {
  acknowledged.add(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

/**
 * Defers the interaction (privately or publicly, as its answer will be) if
 * nothing has answered it after `afterMs`, so a slow handler still meets
 * Discord's 3 s deadline and its answer arrives as an edit. Returns a
 * function that cancels the timer. A failed deferral goes to `onError`; the
 * reply that follows is then tried as usual.
 */
export function deferIfSlow(
  interaction: RepliableInteraction,
  options: { readonly afterMs: number; readonly private: boolean },
  onError: (error: unknown) => void,
): () => void {
  const timer = setTimeout(() => {
    if (acknowledged.has(interaction)) return;
    acknowledged.add(interaction);
    const deferral = interaction.deferReply(options.private ? { flags: MessageFlags.Ephemeral } : {});
    deferring.set(
      interaction,
      deferral.then(() => undefined, onError),
    );
  }, options.afterMs);
  return () => clearTimeout(timer);
}

/** Answers an autocomplete request, within Discord's count and length limits. */
export async function respondChoices(interaction: AutocompleteInteraction, choices: readonly Choice[]): Promise<void> {
  const fitted: ApplicationCommandOptionChoiceData<string>[] = choices
    .filter((choice) => choice.value.length <= DISCORD_LIMITS.choiceValue && choice.name.trim() !== '')
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((choice) => ({ name: truncate(choice.name, DISCORD_LIMITS.choiceName), value: choice.value }));
  await interaction.respond(fitted);
}

/** The message with its content, embeds and components cut to Discord's limits, and mentions off. */
export function fitMessage(message: OutgoingMessage) {
  return {
    content: message.content === undefined ? undefined : truncate(message.content, DISCORD_LIMITS.content),
    embeds: message.embeds === undefined ? undefined : fitEmbeds(message.embeds),
    components: message.components?.slice(0, 5),
    files: message.files?.map((file) => ({ attachment: Buffer.from(file.bytes), name: file.name })),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Cuts each part of each embed to Discord's limit for it. The builders of
 * embeds give every part a budget that keeps a message's embeds within
 * Discord's total, so this is a safety net; past the total, a builder overran
 * its budget, and sending would fail anyway: it is reported as the bug it is.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed);
  const total = fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > DISCORD_LIMITS.embedsTotal) {
    throw new Error(`embeds of ${total} characters exceed Discord's ${DISCORD_LIMITS.embedsTotal}: a budget is wrong`);
  }
  return fitted;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined)
    fitted.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.embedFooter) };
  if (embed.author)
    fitted.author = { ...embed.author, name: truncate(embed.author.name, DISCORD_LIMITS.embedAuthorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.embedFields).map((field): APIEmbedField => ({
      ...field,
      name: truncate(field.name, DISCORD_LIMITS.embedFieldName),
      value: truncate(field.value, DISCORD_LIMITS.embedFieldValue),
    }));
  }
  return fitted;
}
