/**
 * `/ask question [source] [private]`: the reports' own words that answer a
 * question, with where each passage comes from.
 */
import { SlashCommandBuilder } from 'discord.js';
import { askMessage } from '../src/bot/answers.js';
import type { SlashCommand } from '../src/bot/command.js';
import { CHOICE_LIMITS } from '../src/bot/limits.js';
import { booleanOption, textOption } from '../src/bot/options.js';
import { postQuoteButton } from '../src/bot/post-quote.js';
import { sendReply } from '../src/bot/reply.js';
import { noteUnanswered } from '../src/bot/unanswered-note.js';
import { UserError } from '../src/errors.js';
import { resolveSource, suggestSources } from '../src/service/sources.js';

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

  // An answer is public unless asked for privately; a slow one is deferred the same way.
  repliesPrivately: (interaction) => interaction.options.get('private')?.value === true,

  async execute(interaction, context) {
    // One index for the whole answer: a reload meanwhile does not mix corpora.
    const index = context.live.index;
    const question = textOption(interaction, 'question', { required: true });
    const sourceOption = textOption(interaction, 'source');
    const privately = booleanOption(interaction, 'private');
    if (question.trim() === '') throw new UserError('Ask a question in words, for example: who delivered the car?');
    const source = sourceOption === undefined ? undefined : resolveSource(index.corpus, sourceOption);
    const { message, hits } = askMessage(index, question, { source, private: privately });
    await sendReply(interaction, message);
    if (hits === 0 && !privately && !source) noteUnanswered(interaction, context, question);
    return hits === 0 ? { hits, outcome: 'no-answer' } : { hits };
  },

  async autocomplete(interaction, context) {
    return suggestSources(context.live.index.corpus, interaction.options.getFocused(), CHOICE_LIMITS);
  },

  buttons: [postQuoteButton],
} satisfies SlashCommand;
