/**
 * The record of every corpus change: a log line with who did what, and, when
 * `AUDIT_CHANNEL_ID` is set, a one-line notice in that channel that pings no one.
 */
import { type Client, Routes } from 'discord.js';
import type { Logger } from 'pino';
import { userText } from './markdown.js';

/** One corpus command, as audited. */
export interface AuditEntry {
  readonly moderatorId: string;
  readonly moderatorName: string;
  /** e.g. `corpus add`. */
  readonly command: string;
  readonly reportId?: string;
  readonly contentHash?: string;
  /** What happened: `added`, `replaced`, `removed`, `invalid`, `refused`, `undone`, `failed`. */
  readonly result: string;
}

/** Logs `entry`, then posts its notice to the audit channel, if there is one. Never throws. */
export async function audit(
  client: Client,
  logger: Logger,
  channelId: string | undefined,
  entry: AuditEntry,
): Promise<void> {
  logger.info({ audit: entry }, 'corpus change');
  if (channelId === undefined) return;
  try {
    await client.rest.post(Routes.channelMessages(channelId), {
      body: { content: auditNotice(entry), allowed_mentions: { parse: [] } },
    });
  } catch (error) {
    logger.warn({ err: error, channelId }, 'could not post the audit notice');
  }
}

/** The notice's one line, e.g. "manager (500…) ran /corpus add: report `radio`, content `ab12…`: added." */
export function auditNotice(entry: AuditEntry): string {
  const report = entry.reportId === undefined ? '' : `: report \`${entry.reportId}\``;
  const hash = entry.contentHash === undefined ? '' : `, content \`${entry.contentHash}\``;
  return `${userText(entry.moderatorName)} (${entry.moderatorId}) ran /${entry.command}${report}${hash}: ${entry.result}.`;
}
