/**
 * Message context menu "Find sources": which passages of the reports support
 * what a message says. Answered privately: it is a check, not a rebuttal.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { findSourcesMessage } from '../src/bot/answers.js';
import type { MessageMenuCommand } from '../src/bot/command.js';
import { sendReply } from '../src/bot/reply.js';
import { UserError } from '../src/errors.js';

export default {
  kind: 'message',
  rateLimited: true,
  data: new ContextMenuCommandBuilder().setName('Find sources').setType(ApplicationCommandType.Message),
  repliesPrivately: () => true,

  async execute(interaction, context) {
    const index = context.live.index;
    // Discord always includes the message; a request without it is forged or broken.
    const message = interaction.options.getMessage('message');
    if (!message) throw new UserError('That message is not available to citebot. Try Find sources on it again.');
    // A bot's message may carry its text in embeds only.
    const text = [message.content, ...message.embeds.map((embed) => embed.description ?? '')].join('\n').trim();
    if (text === '') throw new UserError('That message has no text to look up.');
    const answer = findSourcesMessage(index, text);
    await sendReply(interaction, answer.message);
    return answer.hits === 0 ? { hits: 0, outcome: 'no-answer' } : { hits: answer.hits };
  },
} satisfies MessageMenuCommand;
