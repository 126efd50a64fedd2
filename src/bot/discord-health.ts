/**
 * What the bot logs about Discord itself: REST calls that Discord refused
 * for a while (rate limits, server errors, which discord.js retries on its
 * own) and gateway reconnections. None of these stop the bot; the lines say
 * why an answer was late.
 */
import { type Client, Events, RESTEvents } from 'discord.js';
import type { Logger } from 'pino';

/** Logs rate limits, server errors and reconnections of `client`. */
export function logDiscordHealth(client: Client, logger: Logger): void {
  client.rest.on(RESTEvents.Response, (request, response) => {
    const { status } = response;
    if (status !== 429 && status < 500) return;
    // The route names the endpoint with its ids and tokens left out (`/interactions/:id/:token/callback`).
    const where = { method: request.method.toUpperCase(), route: request.route, status, retries: request.retries };
    if (status === 429) {
      const retryAfterSeconds = Number(response.headers.get('retry-after'));
      logger.warn(
        { ...where, retryAfterSeconds },
        'Discord rate limited a request; retrying after the wait it asked for',
      );
    } else {
      logger.warn(where, 'Discord failed a request with a server error; retrying');
    }
  });
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayedEvents) =>
    logger.info({ shardId, replayedEvents }, 'gateway session resumed'),
  );
}
