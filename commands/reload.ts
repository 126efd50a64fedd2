/**
 * `/reload` (moderators): reads the corpus again from disk and serves it if
 * it is valid; otherwise lists its problems and keeps serving the old one.
 * On a sharded bot, every shard of this host reloads, and the reply says
 * what each one serves.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { reloadFailureMessage, reloadSuccessMessage } from '../src/bot/format-reload.js';
import { requireModerator } from '../src/bot/moderator.js';
import { deferPrivately, sendReply } from '../src/bot/reply.js';
import { logReload, reloadShardsEmbeds } from '../src/bot/shard-reload.js';

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
    // Through the corpus service, so a reload waits for a /corpus change in progress, and the other way round.
    const result = await context.corpusAdmin.reload();
    const moderatorId = interaction.user.id;
    logReload(context.logger, result, moderatorId);
    const content = result.ok
      ? reloadSuccessMessage(result.current, result.diff)
      : reloadFailureMessage(result.current, result.problems);
    await sendReply(interaction, {
      content,
      embeds: await reloadShardsEmbeds(interaction.client, result, moderatorId),
    });
    return { outcome: result.ok ? 'ok' : 'refused' };
  },
} satisfies SlashCommand;
