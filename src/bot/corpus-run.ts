/**
 * What each `/corpus` subcommand does once the moderator is checked: reads
 * its options, asks the corpus service, audits the change, replies privately
 * and, on a sharded bot, has every shard of this host reload.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { MAX_FILE_BYTES } from '../corpus/limits.js';
import { formatProblem, UserError } from '../errors.js';
import type { ChangeOutcome } from '../service/corpus-admin.js';
import { downloadFile, tooLarge } from '../service/download.js';
import { MAX_UNANSWERED_DAYS } from '../service/unanswered.js';
import { attachmentOption } from './attachment.js';
import { audit } from './audit.js';
import type { BotContext, HandlerResult } from './command.js';
import { changeMessage, unansweredMessage } from './corpus-replies.js';
import { booleanOption, textOption } from './options.js';
import { sendReply } from './reply.js';
import { reloadShardsEmbeds } from './shard-reload.js';

/** How long a download may take: Discord's CDN serves a 5 MB file in well under this. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Questions listed by `/corpus unanswered`. */
const UNANSWERED_SHOWN = 20;
const DEFAULT_DAYS = 7;
const REPORT_ID = /^[a-z0-9-]{1,100}$/u;

/** `/corpus add file [replace]`. */
export async function addReport(interaction: ChatInputCommandInteraction, context: BotContext): Promise<HandlerResult> {
  const attached = attachmentOption(interaction, 'file');
  const replace = booleanOption(interaction, 'replace') ?? false;
  // Discord states the size: a file too large is refused before a byte is fetched.
  if (attached.size > MAX_FILE_BYTES) throw tooLarge(attached.name, MAX_FILE_BYTES);
  const bytes = await downloadFile(attached.url, attached.name, {
    allowedHosts: context.config.attachmentHosts,
    maxBytes: MAX_FILE_BYTES,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
  });
  const outcome = await context.corpusAdmin.add(bytes, { upload: attached.name, replace });
  return finishChange(interaction, context, 'corpus add', outcome);
}

/** `/corpus remove report`. */
export async function removeReport(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<HandlerResult> {
  const outcome = await context.corpusAdmin.remove(reportIdOption(interaction));
  return finishChange(interaction, context, 'corpus remove', outcome);
}

/** `/corpus file report`: the report's current file, attached. */
export async function sendReportFile(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<HandlerResult> {
  const reportId = reportIdOption(interaction);
  const file = await context.corpusAdmin.file(reportId);
  if (file === undefined) throw new UserError(`No report has the id "${reportId}". /sources lists them.`);
  if (!('bytes' in file)) throw new UserError(`The file of "${reportId}" cannot be read: ${formatProblem(file)}`);
  const content = `The current file of \`${reportId}\`. Fix it and add it again with /corpus add replace:true.`;
  await sendReply(interaction, { content, private: true, files: [file] });
  return {};
}

/** `/corpus unanswered [days]`: this server's most asked questions that got no answer. */
export async function listUnanswered(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<HandlerResult> {
  const days = daysOption(interaction);
  const guildId = interaction.guildId ?? '';
  const questions = context.unanswered.top(guildId, { days, limit: UNANSWERED_SHOWN });
  await sendReply(interaction, { content: unansweredMessage(questions, days), private: true });
  return { hits: questions.length };
}

async function finishChange(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  command: string,
  outcome: ChangeOutcome,
): Promise<HandlerResult> {
  const result = outcome.status === 'done' ? outcome.action : outcome.status;
  await audit(interaction.client, context.logger, context.config.auditChannelId, {
    moderatorId: interaction.user.id,
    moderatorName: interaction.user.username,
    command,
    reportId: 'reportId' in outcome ? outcome.reportId : undefined,
    contentHash: 'contentHash' in outcome ? outcome.contentHash : undefined,
    result,
  });
  const content = changeMessage(outcome);
  const embeds =
    outcome.status === 'done'
      ? await reloadShardsEmbeds(interaction.client, outcome.reload, interaction.user.id)
      : undefined;
  await sendReply(interaction, { content, embeds, private: true });
  return { outcome: outcome.status === 'done' ? 'ok' : 'refused' };
}

function reportIdOption(interaction: ChatInputCommandInteraction): string {
  const typed = textOption(interaction, 'report', { required: true, maxLength: 100 }).trim();
  if (!REPORT_ID.test(typed)) {
    throw new UserError(
      'A report id has only lower-case letters, digits and hyphens, like "reuters". /sources lists them.',
    );
  }
  return typed;
}

function daysOption(interaction: ChatInputCommandInteraction): number {
  const option = interaction.options.get('days');
  if (!option) return DEFAULT_DAYS;
  const { value } = option;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_UNANSWERED_DAYS) {
    throw new UserError(`"days" must be a whole number from 1 to ${MAX_UNANSWERED_DAYS}.`);
  }
  return value;
}
