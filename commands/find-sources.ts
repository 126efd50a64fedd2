/**
 * Message context menu "Find sources": which passages of the reports support
 * what a message says. Answered privately: it is a check, not a rebuttal.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { MessageMenuCommand } from '../src/bot/command.js';
import { echoQuestion, passageEmbeds } from '../src/bot/format.js';
import { postQuoteRow } from '../src/bot/post-quote.js';
import { sendReply } from '../src/bot/reply.js';
import { answerQuestion } from '../src/engine/answer.js';
import { UserError } from '../src/errors.js';
import { MAX_PASSAGES } from './ask.js';

export default {
  kind: 'message',
  rateLimited: true,
  data: new ContextMenuCommandBuilder().setName('Find sources').setType(ApplicationCommandType.Message),

  async execute(interaction, context) {
    const index = context.live.index;
    const message = interaction.targetMessage;
    // A bot's message may carry its text in embeds only.
    const text = [message.content, ...message.embeds.map((embed) => embed.description ?? '')].join('\n').trim();
    if (text === '') throw new UserError('That message has no text to look up.');
    const answer = answerQuestion(index, text, { top: MAX_PASSAGES });
    const top = answer.hits[0];
    if (!top) {
      await sendReply(interaction, {
        content: `${echoQuestion('Message:', text)}\nNone of the reports support that message. See what they cover with /sources.`,
        private: true,
      });
      return { hits: 0, outcome: 'no-answer' };
    }
    await sendReply(interaction, {
      content: `${echoQuestion('Message:', text)}\nThese passages of the reports support it:`,
      embeds: passageEmbeds(index, answer.hits),
      components: postQuoteRow(top, index.corpus.version),
      private: true,
    });
    return { hits: answer.hits.length };
  },
} satisfies MessageMenuCommand;
