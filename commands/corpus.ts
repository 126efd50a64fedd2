/**
 * `/corpus` (moderators): add, replace, fetch and remove report files from
 * Discord, and see the questions the reports could not answer. Like
 * `/reload`, it needs Manage Server or a moderator role, and a server.
 */
import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { addReport, listUnanswered, removeReport, sendReportFile } from '../src/bot/corpus-run.js';
import { CHOICE_LIMITS } from '../src/bot/limits.js';
import { isModerator, requireModerator } from '../src/bot/moderator.js';
import { deferPrivately } from '../src/bot/reply.js';
import { UserError } from '../src/errors.js';
import { foldForSearch } from '../src/service/choices.js';
import { MAX_UNANSWERED_DAYS } from '../src/service/unanswered.js';
import { truncate } from '../src/text/truncate.js';

const reportOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName('report').setDescription(description).setRequired(true).setAutocomplete(true).setMaxLength(100);

export default {
  kind: 'slash',
  rateLimited: false,
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('Moderators: manage the reports, and see what they could not answer')
    // Hidden from members without Manage Server; checked again in code, as server admins can change this.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add a report: a Markdown file in the corpus format')
        .addAttachmentOption((option) =>
          option.setName('file').setDescription('The report file (.md)').setRequired(true),
        )
        .addBooleanOption((option) =>
          option.setName('replace').setDescription('Replace the report with the same id (kept in the history)'),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Remove a report (its file is kept in the history)')
        .addStringOption(reportOption('The report to remove')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('file')
        .setDescription("Get a report's current file, to fix it and add it again")
        .addStringOption(reportOption('The report whose file to send')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('unanswered')
        .setDescription('The questions most asked here that the reports could not answer')
        .addIntegerOption((option) =>
          option
            .setName('days')
            .setDescription('How many days to look back (default 7)')
            .setMinValue(1)
            .setMaxValue(MAX_UNANSWERED_DAYS),
        ),
    ),

  async execute(interaction, context) {
    requireModerator(interaction, context.config.moderatorRoleIds, 'manage the corpus');
    const subcommand = interaction.options.getSubcommand(false);
    // A download, a check and a reload can take longer than Discord's 3 s.
    await deferPrivately(interaction);
    switch (subcommand) {
      case 'add':
        return addReport(interaction, context);
      case 'remove':
        return removeReport(interaction, context);
      case 'file':
        return sendReportFile(interaction, context);
      case 'unanswered':
        return listUnanswered(interaction, context);
      default:
        throw new UserError("Pick /corpus add, remove, file or unanswered from Discord's command list.");
    }
  },

  async autocomplete(interaction, context) {
    // Report ids are offered to moderators only: for anyone else the list stays empty.
    if (!isModerator(interaction, context.config.moderatorRoleIds)) return [];
    const typed = foldForSearch(interaction.options.getFocused().trim());
    return context.live.index.corpus.reports
      .filter((report) => report.id.includes(typed) || foldForSearch(report.source).includes(typed))
      .slice(0, CHOICE_LIMITS.maxChoices)
      .map((report) => ({
        name: truncate(`${report.id} (${report.source})`, CHOICE_LIMITS.maxNameLength),
        value: report.id,
      }));
  },
} satisfies SlashCommand;
