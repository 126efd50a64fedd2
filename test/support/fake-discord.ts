/**
 * The project's own fake Discord: REST and gateway on 127.0.0.1, enough for
 * the real discord.js Client to log in, receive interactions and answer them.
 * Every REST call is recorded so tests assert on what the bot actually sent.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { APPLICATION_ID, BOT_USER, fakeGuild, GUILD_ID, shardOfGuild } from './discord-fixtures.js';

/** How the fake's Discord is laid out. The defaults are one shard and one server. */
export interface FakeDiscordOptions {
  /** Shards Discord recommends in `GET /gateway/bot`; with more than 1, every IDENTIFY must name its shard. */
  readonly shards?: number;
  /** `session_start_limit.max_concurrency`: how many shards may IDENTIFY at once. */
  readonly maxConcurrency?: number;
  /** The servers the bot is in; each shard receives those that Discord's formula assigns to it. */
  readonly guilds?: readonly string[];
}

/** The token the fake accepts, in `Authorization: Bot …`. */
export const TEST_TOKEN = 'fake-bot-token.not-a-secret.0123456789';

/** A REST call as the fake received it. */
export interface RecordedRequest {
  readonly method: string;
  /** The path as sent (still URL-encoded), without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever JSON the bot sent; tests check their shape.
  readonly body: any;
}

type Waiter = {
  readonly matches: (request: RecordedRequest) => boolean;
  readonly resolve: (r: RecordedRequest) => void;
};

const GATEWAY_PATH = '/gateway';
/** Long enough that a test never sees a heartbeat it must answer; answered anyway. */
const HEARTBEAT_INTERVAL_MS = 45_000;
const DEFAULT_WAIT_MS = 5000;

/** A running fake Discord. Close it only after `client.destroy()`, or the client reconnects. */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** IDENTIFY payloads received, to check the token and intents the bot used. */
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads are plain JSON.
  readonly identifies: any[] = [];
  readonly #server: Server;
  readonly #gateway: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  /** The shard each connection identified as: `[id, count]`. */
  readonly #shardOf = new Map<WebSocket, readonly [number, number]>();
  readonly #options: Required<FakeDiscordOptions>;
  #waiters: Waiter[] = [];
  #sequence = 0;
  readonly #expiredInteractions = new Set<string>();

  private constructor(server: Server, gateway: WebSocketServer, options: FakeDiscordOptions) {
    this.#server = server;
    this.#gateway = gateway;
    this.#options = { shards: 1, maxConcurrency: 1, guilds: [GUILD_ID], ...options };
  }

  /** Starts REST and gateway on a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const gateway = new WebSocketServer({ server, path: GATEWAY_PATH });
    const fake = new FakeDiscord(server, gateway, options);
    server.on('request', (request, response) => void fake.#onRequest(request, response));
    gateway.on('connection', (socket) => fake.#onConnection(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get #origin(): string {
    return `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The REST base to give discord.js as `rest.api` (and the bot as DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://${this.#origin}/api`;
  }

  /**
   * Sends a gateway event as Discord does: with one shard, to every
   * connection; with several, to the shard of the event's server (shard 0
   * for direct messages).
   */
  dispatch(event: string, data: unknown): void {
    for (const socket of this.#socketsFor(data)) {
      this.#send(socket, { op: 0, t: event, s: ++this.#sequence, d: data });
    }
  }

  #socketsFor(data: unknown): WebSocket[] {
    const sockets = [...this.#sockets];
    const count = this.#options.shards;
    if (count === 1) return sockets;
    const guildId = (data as { guild_id?: string } | undefined)?.guild_id;
    const shard = guildId === undefined ? 0 : shardOfGuild(guildId, count);
    return sockets.filter((socket) => this.#shardOf.get(socket)?.[0] === shard);
  }

  /** Delivers an interaction as Discord does and resolves with the bot's first response to it. */
  // biome-ignore lint/suspicious/noExplicitAny: raw interaction payloads are plain JSON.
  async sendInteraction(interaction: { id: string; [key: string]: any }): Promise<RecordedRequest> {
    const callback = this.waitForRequest(
      (request) => request.method === 'POST' && request.path.startsWith(`/api/v10/interactions/${interaction.id}/`),
      `the response to interaction ${interaction.id}`,
    );
    this.dispatch('INTERACTION_CREATE', interaction);
    return callback;
  }

  /**
   * From now on, answers the callback of this interaction as Discord does
   * for one that expired: 404 Unknown interaction.
   */
  expireInteraction(interactionId: string): void {
    this.#expiredInteractions.add(interactionId);
  }

  /** Resolves with the first request, past or future, that `matches`; fails after a few seconds. */
  waitForRequest(
    matches: (request: RecordedRequest) => boolean,
    what = 'a matching request',
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== entry);
        const log = this.requests.map((r) => `${r.method} ${r.path}`).join('\n  ');
        reject(new Error(`Timed out waiting for ${what}. Requests so far:\n  ${log}`));
      }, timeoutMs);
      const entry: Waiter = {
        matches,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      this.#waiters.push(entry);
    });
  }

  /** Requests to routes the fake does not serve: a bot that works sends none. */
  get unexpectedRequests(): RecordedRequest[] {
    return this.requests.filter((request) => routeOf(request) === undefined);
  }

  /** Closes every connection. Call after the client is destroyed. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onConnection(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on('close', () => {
      this.#sockets.delete(socket);
      this.#shardOf.delete(socket);
    });
    socket.on('message', (raw) => this.#onGatewayMessage(socket, JSON.parse(String(raw))));
    this.#send(socket, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  }

  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads are plain JSON.
  #onGatewayMessage(socket: WebSocket, payload: any): void {
    if (payload.op === 1) {
      this.#send(socket, { op: 11 });
    } else if (payload.op === 2) {
      this.identifies.push(payload.d);
      if (payload.d?.token !== TEST_TOKEN) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      const [id, count] = payload.d?.shard ?? [0, 1];
      // Discord refuses a bot fewer shards than its servers need.
      if (count < this.#options.shards) {
        socket.close(4011, 'Sharding required.');
        return;
      }
      if (!(id >= 0 && id < count)) {
        socket.close(4010, 'Invalid shard.');
        return;
      }
      this.#shardOf.set(socket, [id, count]);
      const guilds = this.#options.guilds.filter((guildId) => shardOfGuild(guildId, count) === id);
      this.#send(socket, {
        op: 0,
        t: 'READY',
        s: ++this.#sequence,
        d: {
          v: 10,
          user: BOT_USER,
          guilds: guilds.map((guildId) => ({ id: guildId, unavailable: true })),
          session_id: `fake-session-${id}`,
          resume_gateway_url: `ws://${this.#origin}${GATEWAY_PATH}`,
          shard: [id, count],
          application: { id: APPLICATION_ID, flags: 0 },
        },
      });
      // clientReady fires only once every guild listed in READY has arrived.
      for (const guildId of guilds) {
        this.#send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.#sequence, d: fakeGuild(guildId) });
      }
    }
  }

  #send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', `http://${this.#origin}`);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text === '' ? undefined : JSON.parse(text),
    };
    this.requests.push(recorded);
    const [status, body] = this.#answer(recorded);
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.#waiters.filter((candidate) => candidate.matches(recorded))) {
      this.#waiters = this.#waiters.filter((candidate) => candidate !== waiter);
      waiter.resolve(recorded);
    }
  }

  #answer(request: RecordedRequest): [number, unknown] {
    const route = routeOf(request);
    const needsBotToken = route === 'gateway' || route === 'commands';
    if (needsBotToken && request.headers.authorization !== `Bot ${TEST_TOKEN}`) {
      return [401, { message: '401: Unauthorized', code: 0 }];
    }
    switch (route) {
      case 'gateway':
        return [
          200,
          {
            url: `ws://${this.#origin}${GATEWAY_PATH}`,
            shards: this.#options.shards,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 0,
              max_concurrency: this.#options.maxConcurrency,
            },
          },
        ];
      case 'callback': {
        const interactionId = request.path.split('/')[4] ?? '';
        if (this.#expiredInteractions.has(interactionId)) return [404, { message: 'Unknown interaction', code: 10062 }];
        return [204, undefined];
      }
      case 'webhook-message':
        return [200, messageFrom(request.body)];
      case 'commands':
        return [
          200,
          // biome-ignore lint/suspicious/noExplicitAny: echoing the registered commands back, as Discord does.
          (request.body as any[]).map((command, i) => ({
            id: `60000000000000000${i}`,
            application_id: APPLICATION_ID,
            version: '1',
            ...command,
          })),
        ];
      default:
        return [404, { message: 'Unknown route', code: 0 }];
    }
  }
}

/** Which of the served routes a request is for. */
function routeOf(request: RecordedRequest): string | undefined {
  const { method, path } = request;
  if (method === 'GET' && path === '/api/v10/gateway/bot') return 'gateway';
  if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) return 'callback';
  if (method === 'PATCH' && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/%40original$/u.test(path)) {
    return 'webhook-message';
  }
  if (method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/u.test(path)) return 'webhook-message';
  if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(path)) return 'commands';
  return undefined;
}

let messageCount = 0;

/** The message Discord would return for a webhook edit or follow-up. */
// biome-ignore lint/suspicious/noExplicitAny: message bodies are plain JSON.
function messageFrom(body: any): unknown {
  messageCount++;
  return {
    id: `80000000000000${String(messageCount).padStart(4, '0')}`,
    type: 0,
    channel_id: '400000000000000001',
    author: BOT_USER,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  };
}
