/**
 * `/quote passage`: one paragraph, verbatim, formatted to be quoted in a
 * discussion, with its citation.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { citationMessage } from '../src/bot/format.js';
import { CHOICE_LIMITS, DISCORD_LIMITS } from '../src/bot/limits.js';
import { textOption } from '../src/bot/options.js';
import { sendReply } from '../src/bot/reply.js';
import { findPassage, suggestPassages } from '../src/service/passages.js';

export default {
  kind: 'slash',
  rateLimited: true,
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Post one paragraph of a report, word for word, with its citation')
    .addStringOption((option) =>
      option
        .setName('passage')
        .setDescription('Type words or an id such as reuters#3, then pick a passage')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(DISCORD_LIMITS.choiceValue),
    ),
  repliesPrivately: () => false,

  async execute(interaction, context) {
    const typed = textOption(interaction, 'passage', { required: true, maxLength: DISCORD_LIMITS.choiceValue });
    const { paragraph, report } = findPassage(context.live.index, typed);
    await sendReply(interaction, {
      content: citationMessage({ ...report, paragraph: paragraph.number }, paragraph.text),
      suppressEmbeds: true,
    });
    return { hits: 1 };
  },

  async autocomplete(interaction, context) {
    return suggestPassages(context.live.index, interaction.options.getFocused(), CHOICE_LIMITS);
  },
} satisfies SlashCommand;
