/**
 * `/ask question [source] [private]`: the reports' own words that answer a
 * question, with where each passage comes from.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { echoQuestion, passageEmbeds } from '../src/bot/format.js';
import { CHOICE_LIMITS } from '../src/bot/limits.js';
import { postQuoteButton, postQuoteRow } from '../src/bot/post-quote.js';
import { sendReply, userText } from '../src/bot/reply.js';
import { answerQuestion } from '../src/engine/answer.js';
import { UserError } from '../src/errors.js';
import { resolveSource, suggestSources } from '../src/service/sources.js';

/** Passages in one answer: more would bury the best one. */
export const MAX_PASSAGES = 3;
/** Longest question Discord lets a user type. */
export const MAX_QUESTION_LENGTH = 300;

export default {
  kind: 'slash',
  rateLimited: true,
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the story: get the exact passages of the reports that answer it')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. "who delivered the car?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((option) =>
      option.setName('source').setDescription('Quote only this source').setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer')),

  async execute(interaction, context) {
    // One index for the whole answer: a reload meanwhile does not mix corpora.
    const index = context.live.index;
    const question = interaction.options.getString('question', true);
    const sourceOption = interaction.options.getString('source');
    if (question.trim() === '') throw new UserError('Ask a question in words, for example: who delivered the car?');
    const source = sourceOption ? resolveSource(index.corpus, sourceOption) : undefined;
    const answer = answerQuestion(index, question, { top: MAX_PASSAGES, source });
    const top = answer.hits[0];
    if (!top) {
      const where = source ? ` (in ${userText(source)})` : '';
      await sendReply(interaction, {
        content: `${echoQuestion('Asked:', question)}\nThe reports don't say${where}. Try other words, or see what they cover with /sources.`,
        private: true,
      });
      return { hits: 0, outcome: 'no-answer' };
    }
    await sendReply(interaction, {
      content: echoQuestion('Asked:', question),
      embeds: passageEmbeds(index, answer.hits),
      components: postQuoteRow(top, index.corpus.version),
      private: interaction.options.getBoolean('private') ?? false,
    });
    return { hits: answer.hits.length };
  },

  async autocomplete(interaction, context) {
    return suggestSources(context.live.index.corpus, interaction.options.getFocused(), CHOICE_LIMITS);
  },

  buttons: [postQuoteButton],
} satisfies SlashCommand;
