/**
 * The real bot (real discord.js Client, real commands, real engine) logged in
 * to a fake Discord, with a temporary corpus. One per test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import type { Bot } from '../../src/bot/bot.js';
import { createBot } from '../../src/bot/bot.js';
import type { Command } from '../../src/bot/command.js';
import { createLogger } from '../../src/bot/logger.js';
import { parseConfig } from '../../src/config.js';
import { LiveCorpus } from '../../src/service/live-corpus.js';
import type { TempCorpus } from './corpus.js';
import { MODERATOR_ROLE_ID } from './discord-fixtures.js';
import { FakeDiscord, type RecordedRequest, TEST_TOKEN } from './fake-discord.js';
import { captureLogs, type LogCapture } from './log-capture.js';

/** What the bot answered to one interaction. */
export interface BotResponse {
  /** Discord's interaction response type (InteractionResponseType): a message, a deferral or choices. */
  readonly type: number;
  /** The message (for a deferred reply, the edit that followed) or the autocomplete choices. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- message bodies are plain JSON.
  readonly data: any;
  /** Only the user sees it. */
  readonly ephemeral: boolean;
  /** The REST calls that carried it (the callback, then the edit if deferred). */
  readonly requests: readonly RecordedRequest[];
}

export interface TestBot {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  readonly live: LiveCorpus;
  readonly logs: LogCapture;
  /** Sends an interaction and waits for the bot's answer, following a deferral to its edit. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw interaction payloads are plain JSON.
  respond(interaction: { id: string; token: string; [key: string]: any }): Promise<BotResponse>;
  /** Destroys the client, then closes the fake (in that order, or the client reconnects). */
  stop(): Promise<void>;
}

/** Starts a fake Discord and the bot on `corpus`; `env` adds or overrides settings. */
export async function startTestBot(options: {
  readonly corpus: TempCorpus;
  readonly env?: Readonly<Record<string, string>>;
  readonly commands?: readonly Command[];
  /** The corpus to serve, when a test reads it its own way; by default, `corpus` read as the bot does. */
  readonly live?: LiveCorpus;
}): Promise<TestBot> {
  const fake = await FakeDiscord.start();
  // The bot's own files go to a folder of the test's, never the working directory.
  const scratch = mkdtempSync(path.join(tmpdir(), 'citebot-bot-'));
  const config = parseConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: options.corpus.dir,
    MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
    RATE_LIMIT_MAX: '0',
    DATA_DIR: path.join(scratch, 'data'),
    CORPUS_HISTORY_DIR: path.join(scratch, 'history'),
    ATTACHMENT_HOSTS: fake.fileHost,
    ...options.env,
  });
  const logs = captureLogs();
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], destination: logs.destination });
  const live = options.live ?? (await LiveCorpus.fromDirectory(config.corpusDir));
  const bot = createBot({ config, live, logger, commands: options.commands });
  await bot.start();
  return {
    fake,
    bot,
    live,
    logs,
    async respond(interaction) {
      const callback = await fake.sendInteraction(interaction);
      const { type, data } = callback.body;
      const ephemeral = ((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
      if (type !== InteractionResponseType.DeferredChannelMessageWithSource) {
        return { type, data, ephemeral, requests: [callback] };
      }
      const edit = await fake.waitForRequest(
        (request) => request.method === 'PATCH' && request.path.includes(`/${interaction.token}/messages/%40original`),
        `the deferred reply to interaction ${interaction.id}`,
      );
      return { type, data: edit.body, ephemeral, requests: [callback, edit] };
    },
    async stop() {
      await bot.stop();
      await fake.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Resolves once `condition()` holds; fails after a few seconds, naming `what`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
