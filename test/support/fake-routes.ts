/** The REST routes the fake Discord serves, and the bodies it answers with. */
import { APPLICATION_ID, BOT_USER, messagePayload } from './discord-fixtures.js';

/** A REST route the fake knows. */
export type Route =
  'gateway' | 'callback' | 'webhook-message' | 'webhook-delete' | 'commands' | 'channel-message' | 'attachment';

/** Which of the served routes a request is for. */
export function routeOf(method: string, path: string): Route | undefined {
  if (method === 'GET' && path === '/api/v10/gateway/bot') return 'gateway';
  if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) return 'callback';
  const original = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/%40original$/u.test(path);
  if (method === 'PATCH' && original) return 'webhook-message';
  if (method === 'DELETE' && original) return 'webhook-delete';
  if (method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/u.test(path)) return 'webhook-message';
  if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(path)) return 'commands';
  if (method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/u.test(path)) return 'channel-message';
  if (method === 'GET' && /^\/attachments\/\d+\/[^/]+$/u.test(path)) return 'attachment';
  return undefined;
}

let messageCount = 0;

/** The message Discord would return for a webhook edit or follow-up. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- message bodies are plain JSON.
export function messageFrom(body: any): unknown {
  messageCount++;
  return messagePayload({
    id: `80000000000000${String(messageCount).padStart(4, '0')}`,
    author: BOT_USER,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    timestamp: new Date().toISOString(),
    flags: body?.flags ?? 0,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  });
}

/** The commands Discord returns after a bulk overwrite: what was sent, with ids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- echoing the registered commands back, as Discord does.
export function registeredCommands(body: any[]): unknown[] {
  return body.map((command, i) => ({
    id: `60000000000000000${i}`,
    application_id: APPLICATION_ID,
    version: '1',
    ...command,
  }));
}
