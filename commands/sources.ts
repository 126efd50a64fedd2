/** `/sources`: the reports citebot quotes from, and which version of the corpus is loaded. */
import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/bot/command.js';
import { sourcesEmbed } from '../src/bot/format.js';
import { sendReply } from '../src/bot/reply.js';
import { shardOf } from '../src/bot/shard-reload.js';

export default {
  kind: 'slash',
  rateLimited: false,
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the reports citebot quotes from, and the corpus version'),

  async execute(interaction, context) {
    const corpus = context.live.index.corpus;
    const embed = sourcesEmbed(corpus);
    const { shard } = interaction.client;
    // Each shard holds its own copy of the corpus: naming the shard tells a moderator which copy this is.
    const footer = shard ? { footer: { text: `Shard ${shardOf(interaction.client)} of ${shard.count}` } } : {};
    await sendReply(interaction, { embeds: [{ ...embed, ...footer }], private: true });
    return { hits: corpus.reports.length };
  },
} satisfies SlashCommand;
