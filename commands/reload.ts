/**
 * `/reload` (moderators): reads the corpus again from disk and serves it if
 * it is valid; otherwise lists its problems and keeps serving the old one.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { reloadFailureMessage, reloadSuccessMessage } from '../src/bot/format-reload.js';
import { requireModerator } from '../src/bot/moderator.js';
import { deferPrivately, sendReply } from '../src/bot/reply.js';
import { formatProblem } from '../src/errors.js';

export default {
  kind: 'slash',
  rateLimited: false,
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Moderators: reload the reports from disk and show what changed')
    // Hidden from members without Manage Server; checked again in code, as server admins can change this.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, context) {
    requireModerator(interaction, context.config.moderatorRoleIds, 'reload the corpus');
    // Reading and indexing a large corpus can take longer than Discord's 3 s.
    await deferPrivately(interaction);
    const result = await context.live.reload();
    const moderatorId = interaction.user.id;
    if (!result.ok) {
      context.logger.warn(
        { moderatorId, version: result.current.version, problems: result.problems.map(formatProblem) },
        'corpus reload refused: invalid corpus',
      );
      await sendReply(interaction, { content: reloadFailureMessage(result.current, result.problems) });
      return { outcome: 'refused' };
    }
    const { diff } = result;
    context.logger.info(
      {
        moderatorId,
        fromVersion: diff.fromVersion,
        toVersion: diff.toVersion,
        sourcesAdded: diff.sourcesAdded.length,
        sourcesRemoved: diff.sourcesRemoved.length,
        sourcesChanged: diff.sourcesChanged.length,
        paragraphsAdded: diff.paragraphsAdded.length,
        paragraphsRemoved: diff.paragraphsRemoved.length,
        paragraphsChanged: diff.paragraphsChanged.length,
      },
      'corpus reloaded',
    );
    await sendReply(interaction, { content: reloadSuccessMessage(result.current, diff) });
    return { outcome: 'ok' };
  },
} satisfies SlashCommand;
