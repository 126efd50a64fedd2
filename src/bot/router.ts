/**
 * Routes each interaction to its command, and owns what every interaction
 * gets regardless of the command: the rate limit, the error policy, the log
 * line and the bookkeeping for a graceful shutdown.
 */
import { randomBytes } from 'node:crypto';
import {
  type AutocompleteInteraction,
  DiscordAPIError,
  inlineCode,
  type Interaction,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config.js';
import { UserError } from '../errors.js';
import type { CorpusAdmin } from '../service/corpus-admin.js';
import type { LiveCorpus } from '../service/live-corpus.js';
import { RateLimiter } from '../service/rate-limit.js';
import type { UnansweredLog } from '../service/unanswered.js';
import type { BotContext, ButtonHandler, Command, HandlerResult } from './command.js';
import { parseCustomId } from './custom-id.js';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from './limits.js';
import { userText } from './markdown.js';
import { type InteractionTrace, runForInteraction } from './process-guards.js';
import { deferIfSlow, respondChoices, sendReply } from './reply.js';

/** Options of an {@link InteractionRouter}. */
export interface RouterOptions {
  readonly commands: readonly Command[];
  readonly config: BotConfig;
  readonly live: LiveCorpus;
  readonly logger: Logger;
  /** A handler that has not answered after this long is deferred (default {@link DEFER_AFTER_MS}). */
  readonly deferAfterMs?: number;
  readonly corpusAdmin: CorpusAdmin;
  readonly unanswered: UnansweredLog;
}

/** How an interaction ended, as logged. */
export type Outcome =
  | NonNullable<HandlerResult['outcome']>
  | 'user-error'
  | 'rate-limited'
  | 'unknown'
  | 'error'
  | 'expired'
  | 'shutting-down';

/** The handler found for an interaction. */
interface Route {
  readonly rateLimited: boolean;
  /** How to acknowledge it if the handler is slow. */
  readonly repliesPrivately: boolean;
  run(context: BotContext): Promise<HandlerResult>;
}

/** Discord no longer accepts a response: the 3 s (or, after a deferral, 15 min) window has passed. */
function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** Dispatches interactions; {@link InteractionRouter.handle} never throws. */
export class InteractionRouter {
  readonly #commands: ReadonlyMap<string, Command>;
  readonly #buttons: ReadonlyMap<string, ButtonHandler>;
  readonly #options: RouterOptions;
  readonly #rateLimiter: RateLimiter;
  readonly #inFlight = new Set<Promise<void>>();
  #accepting = true;

  constructor(options: RouterOptions) {
    this.#options = options;
    this.#commands = new Map(options.commands.map((command) => [command.data.name, command]));
    this.#buttons = new Map(
      options.commands.flatMap((command) =>
        command.kind === 'slash' ? (command.buttons ?? []).map((button) => [button.prefix, button] as const) : [],
      ),
    );
    this.#rateLimiter = new RateLimiter(options.config.rateLimit);
  }

  /** Interactions still being answered. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Handles one interaction: answers it, whatever happens, and logs one line. */
  handle(interaction: Interaction): Promise<void> {
    const trace = {
      interactionId: interaction.id,
      command: describe(interaction),
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
    };
    const work = runForInteraction(trace, () => this.#handle(interaction, trace));
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
    return work;
  }

  /** From now on, new interactions are told the bot is restarting. */
  stopAccepting(): void {
    this.#accepting = false;
  }

  /** Waits for the interactions in flight, at most `timeoutMs`; true if all finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const finished = Promise.allSettled([...this.#inFlight]).then(() => true as const);
    const result = await Promise.race([finished, timeout]);
    clearTimeout(timer);
    return result;
  }

  async #handle(interaction: Interaction, trace: InteractionTrace): Promise<void> {
    const started = performance.now();
    const logger = this.#options.logger.child(trace);
    const { config, live, corpusAdmin, unanswered } = this.#options;
    const context: BotContext = { config, live, logger, corpusAdmin, unanswered };
    if (interaction.isAutocomplete()) {
      await this.#autocomplete(interaction, context);
      return;
    }
    if (!interaction.isRepliable()) return;
    let outcome: Outcome = 'ok';
    let hits: number | undefined;
    let errorId: string | undefined;
    let failure: unknown;
    try {
      ({ outcome, hits } = await this.#dispatch(interaction, context));
    } catch (error) {
      if (isExpired(error)) {
        // Telling the user is impossible: any reply would be refused the same way.
        outcome = 'expired';
        failure = error;
      } else if (error instanceof UserError) {
        outcome = 'user-error';
        await this.#tryReply(interaction, userText(error.message), logger);
      } else {
        outcome = 'error';
        errorId = randomBytes(4).toString('hex');
        failure = error;
        const apology = `Sorry, something went wrong on my side. If it keeps happening, tell a moderator the error id ${inlineCode(errorId)}.`;
        await this.#tryReply(interaction, apology, logger);
      }
    }
    const latencyMs = Math.round(performance.now() - started);
    const line = { latencyMs, hits, outcome, errorId };
    if (outcome === 'error') logger.error({ ...line, err: failure }, 'interaction failed');
    else if (outcome === 'expired')
      logger.warn({ ...line, err: failure }, 'interaction expired before it was answered');
    else logger.info(line, 'interaction');
  }

  /** Answers the interaction unless the bot is stopping, the handler is unknown or the user is over the limit. */
  async #dispatch(
    interaction: RepliableInteraction,
    context: BotContext,
  ): Promise<{ outcome: Outcome; hits?: number | undefined }> {
    const route = this.#route(interaction);
    if (!this.#accepting) {
      await sendReply(interaction, { content: 'citebot is restarting. Try again in a minute.', private: true });
      return { outcome: 'shutting-down' };
    }
    if (!route) {
      await sendReply(interaction, { content: unknownMessage(interaction), private: true });
      return { outcome: 'unknown' };
    }
    const decision = route.rateLimited ? this.#rateLimiter.take(interaction.user.id) : { allowed: true as const };
    if (!decision.allowed) {
      const wait = decision.retryAfterSeconds;
      await sendReply(interaction, { content: `You're asking quickly: try again in ${wait} s.`, private: true });
      return { outcome: 'rate-limited' };
    }
    const cancelDeferral = deferIfSlow(
      interaction,
      { afterMs: this.#options.deferAfterMs ?? DEFER_AFTER_MS, private: route.repliesPrivately },
      (error) => context.logger.warn({ err: error }, 'could not defer a slow answer'),
    );
    try {
      const result = await route.run(context);
      return { outcome: result.outcome ?? 'ok', hits: result.hits };
    } finally {
      cancelDeferral();
    }
  }

  #route(interaction: RepliableInteraction): Route | undefined {
    if (interaction.isChatInputCommand()) {
      const command = this.#commands.get(interaction.commandName);
      if (command?.kind !== 'slash') return undefined;
      return {
        rateLimited: command.rateLimited,
        repliesPrivately: command.repliesPrivately?.(interaction) ?? true,
        run: (c) => command.execute(interaction, c),
      };
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = this.#commands.get(interaction.commandName);
      if (command?.kind !== 'message') return undefined;
      return {
        rateLimited: command.rateLimited,
        repliesPrivately: command.repliesPrivately?.(interaction) ?? true,
        run: (c) => command.execute(interaction, c),
      };
    }
    if (interaction.isButton()) {
      const { prefix, fields } = parseCustomId(interaction.customId);
      const button = this.#buttons.get(prefix);
      if (!button) return undefined;
      return {
        rateLimited: button.rateLimited,
        repliesPrivately: button.repliesPrivately?.(interaction) ?? true,
        run: (c) => button.execute(interaction, c, fields),
      };
    }
    return undefined;
  }

  async #autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
    const started = performance.now();
    const command = this.#commands.get(interaction.commandName);
    let hits = 0;
    try {
      const suggestions =
        this.#accepting && command?.kind === 'slash' && command.autocomplete
          ? await command.autocomplete(interaction, context)
          : [];
      await respondChoices(interaction, suggestions);
      hits = Math.min(suggestions.length, DISCORD_LIMITS.autocompleteChoices);
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      // Suggestions expire as the user keeps typing: common, and nothing is lost.
      if (isExpired(error)) context.logger.debug({ latencyMs, outcome: 'expired' }, 'autocomplete expired');
      else context.logger.error({ latencyMs, outcome: 'error', err: error }, 'autocomplete failed');
      // An empty list shows "no options" instead of leaving the user's menu loading.
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      return;
    }
    context.logger.info({ latencyMs: Math.round(performance.now() - started), hits, outcome: 'ok' }, 'autocomplete');
  }

  /** Replies privately; if even that fails (the interaction expired), logs it rather than throwing. */
  async #tryReply(interaction: RepliableInteraction, content: string, logger: Logger): Promise<void> {
    try {
      await sendReply(interaction, { content, private: true });
    } catch (error) {
      logger.error({ err: error }, 'could not reply to the interaction');
    }
  }
}

/** What the log line calls an interaction: the command, or the button's prefix. */
function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `button:${parseCustomId(interaction.customId).prefix}`;
  return `interaction-type-${interaction.type}`;
}

function unknownMessage(interaction: RepliableInteraction): string {
  if (interaction.isMessageComponent()) {
    return 'This button no longer does anything (the bot was updated). Run the command again.';
  }
  return "I don't know that command: it may have been removed. Type / to see citebot's commands.";
}
