/**
 * The shape of a command module in `commands/`, and what the router gives
 * each handler.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config.js';
import type { Choice } from '../service/choices.js';
import type { CorpusAdmin } from '../service/corpus-admin.js';
import type { LiveCorpus } from '../service/live-corpus.js';
import type { UnansweredLog } from '../service/unanswered.js';

/** Everything a handler may use. Handlers keep no state of their own. */
export interface BotContext {
  readonly config: BotConfig;
  readonly live: LiveCorpus;
  /** Already bound to the interaction (command, user), so lines can be traced to it. */
  readonly logger: Logger;
  /** The one writer of the corpus folder; `/reload` goes through it too, so changes run one at a time. */
  readonly corpusAdmin: CorpusAdmin;
  /** The questions the reports could not answer. */
  readonly unanswered: UnansweredLog;
}

/** What a handler reports for the interaction's log line. */
export interface HandlerResult {
  /** Passages shown, for commands that search. */
  readonly hits?: number;
  /** `ok` unless the handler answered that it found nothing, or refused. */
  readonly outcome?: 'ok' | 'no-answer' | 'refused';
}

/** A command definition: anything the builders produce. */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

/** Handles clicks on buttons whose custom id starts with `prefix` (see custom-id.ts). */
export interface ButtonHandler {
  readonly prefix: string;
  /** Counted against the user's rate limit. */
  readonly rateLimited: boolean;
  /** Whether the answer is private; see {@link SlashCommand.repliesPrivately}. */
  repliesPrivately?(interaction: ButtonInteraction): boolean;
  /** `fields` are what the custom id carries after the prefix (see custom-id.ts). */
  execute(interaction: ButtonInteraction, context: BotContext, fields: readonly string[]): Promise<HandlerResult>;
}

/** A slash command. */
export interface SlashCommand {
  readonly kind: 'slash';
  readonly data: CommandData;
  /** Counted against the user's rate limit. */
  readonly rateLimited: boolean;
  /**
   * Whether the answer to this interaction is private (ephemeral). When a
   * handler is slow the router acknowledges the interaction in the same way
   * before Discord's deadline, and a deferral cannot change it later.
   * Private when absent. Must not throw: it reads options Discord may have sent malformed.
   */
  repliesPrivately?(interaction: ChatInputCommandInteraction): boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<HandlerResult>;
  /** Suggestions for the focused option; the router applies Discord's limits. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<readonly Choice[]>;
  /** Buttons that this command's replies carry. */
  readonly buttons?: readonly ButtonHandler[];
}

/** A command in the message context menu (Apps → name). */
export interface MessageMenuCommand {
  readonly kind: 'message';
  readonly data: CommandData;
  readonly rateLimited: boolean;
  /** Whether the answer is private; see {@link SlashCommand.repliesPrivately}. */
  repliesPrivately?(interaction: MessageContextMenuCommandInteraction): boolean;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<HandlerResult>;
}

/** Any command module's export. */
export type Command = SlashCommand | MessageMenuCommand;
