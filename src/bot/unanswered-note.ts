/** Counting a question `/ask` could not answer, for `/corpus unanswered`. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { BotContext } from './command.js';

/**
 * Records `question` as unanswered in the interaction's server. Questions in
 * direct messages belong to no server's moderators and are not kept. A
 * failure to record is logged: the member has had the answer already.
 */
export function noteUnanswered(interaction: ChatInputCommandInteraction, context: BotContext, question: string): void {
  if (!interaction.guildId) return;
  try {
    context.unanswered.record(interaction.guildId, question);
  } catch (error) {
    context.logger.warn({ err: error }, 'could not record an unanswered question');
  }
}

/** What the database does with a batch of questions it could not write in the background: log it. */
export function unansweredWriteFailed(logger: Logger): (error: unknown) => void {
  return (error) => logger.warn({ err: error }, 'could not record unanswered questions');
}
