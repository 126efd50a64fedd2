/**
 * The project's own fake Discord: REST and gateway on 127.0.0.1, enough for
 * the real discord.js Client to log in, receive interactions and answer them.
 * Every REST call is recorded so tests assert on what the bot actually sent,
 * and Discord's failures can be staged: server errors, rate limits, expired
 * interactions, dropped gateway connections and reconnect requests.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { GUILD_ID } from './discord-fixtures.js';
import { FakeGateway } from './fake-gateway.js';
import { FileServer, parseBody, type ServedFile } from './fake-files.js';
import { messageFrom, registeredCommands, routeOf } from './fake-routes.js';

/** How the fake's Discord is laid out. The defaults are one shard and one server. */
export interface FakeDiscordOptions {
  /** Shards Discord recommends in `GET /gateway/bot`; with more than 1, every IDENTIFY must name its shard. */
  readonly shards?: number;
  /** `session_start_limit.max_concurrency`: how many shards may IDENTIFY at once. */
  readonly maxConcurrency?: number;
  /** The servers the bot is in; each shard receives those that Discord's formula assigns to it. */
  readonly guilds?: readonly string[];
  /** Keep every request in {@link FakeDiscord.requests} (default). Benchmarks turn it off and listen instead. */
  readonly recordRequests?: boolean;
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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are whatever JSON the bot sent; tests check their shape.
  readonly body: any;
  /** When it arrived (`performance.now()`). */
  readonly receivedAt: number;
  /** The files of a multipart request (a message with attachments); the JSON part is `body`. */
  readonly files?: readonly { readonly name: string; readonly bytes: Buffer }[];
}

/** A failure the fake answers with instead of the normal response. */
export type StagedFailure =
  | { readonly status: 500 | 502 | 503 }
  /** A rate limit: Discord says how long to wait in `Retry-After` (seconds). */
  | { readonly status: 429; readonly retryAfterSeconds: number };

type Waiter = {
  readonly matches: (request: RecordedRequest) => boolean;
  readonly resolve: (r: RecordedRequest) => void;
};

type Answer = readonly [status: number, body: unknown, headers?: Record<string, string>];

const GATEWAY_PATH = '/gateway';
const DEFAULT_WAIT_MS = 5000;

/** A running fake Discord. Close it only after `client.destroy()`, or the client reconnects. */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #sockets: WebSocketServer;
  readonly #gateway: FakeGateway;
  readonly #options: Required<FakeDiscordOptions>;
  #waiters: Waiter[] = [];
  readonly #listeners = new Set<(request: RecordedRequest) => void>();
  readonly #expiredInteractions = new Set<string>();
  #staged: { matches: (request: RecordedRequest) => boolean; failures: StagedFailure[] }[] = [];
  readonly #files = new FileServer();

  private constructor(server: Server, sockets: WebSocketServer, options: FakeDiscordOptions) {
    this.#server = server;
    this.#sockets = sockets;
    this.#options = { shards: 1, maxConcurrency: 1, guilds: [GUILD_ID], recordRequests: true, ...options };
    this.#gateway = new FakeGateway({
      token: TEST_TOKEN,
      shards: this.#options.shards,
      guilds: this.#options.guilds,
      url: () => `ws://${this.#origin}${GATEWAY_PATH}`,
    });
  }

  /** IDENTIFY payloads received, to check the token and intents the bot used. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  get identifies(): any[] {
    return this.#gateway.identifies;
  }

  /** RESUME payloads received: a client that lost its connection continued its session. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  get resumes(): any[] {
    return this.#gateway.resumes;
  }

  /** Starts REST and gateway on a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const sockets = new WebSocketServer({ server, path: GATEWAY_PATH });
    const fake = new FakeDiscord(server, sockets, options);
    server.on('request', (request, response) => void fake.#onRequest(request, response));
    sockets.on('connection', (socket) => fake.#gateway.accept(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get #origin(): string {
    return `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Where the fake serves attachments from, as `ATTACHMENT_HOSTS` names it: `127.0.0.1:<port>`. */
  get fileHost(): string {
    return this.#origin;
  }

  /** Serves `bytes` as Discord's CDN serves an attachment, and returns its address (a new one each call). */
  serveFile(name: string, bytes: Uint8Array | string, options: ServedFile = {}): string {
    return `http://${this.#origin}${this.#files.add(name, bytes, options)}`;
  }

  /** The REST base to give discord.js as `rest.api` (and the bot as DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://${this.#origin}/api`;
  }

  /**
   * Sends a gateway event as Discord does: with one shard, to every
   * connection; with several, to the shard of the event's server (shard 0
   * for direct messages). While a connection is down the event waits for the
   * client to resume.
   */
  dispatch(event: string, data: unknown): void {
    this.#gateway.dispatch(event, data);
  }

  /** Cuts every gateway connection without a close frame, as a network failure does. */
  dropGatewayConnections(): void {
    this.#gateway.dropConnections();
  }

  /** Asks every client to reconnect and resume (gateway opcode 7). */
  requestGatewayReconnect(): void {
    this.#gateway.requestReconnect();
  }

  /**
   * The next requests that `match` get `failures`, one each, in order; later
   * ones are answered normally. Discord fails like this under load.
   */
  failRequests(matches: (request: RecordedRequest) => boolean, failures: readonly StagedFailure[]): void {
    this.#staged.push({ matches, failures: [...failures] });
  }

  /** Calls `listener` with every request as it arrives; returns a function that stops it. */
  onRequest(listener: (request: RecordedRequest) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Delivers an interaction as Discord does and resolves with the bot's first response to it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw interaction payloads are plain JSON.
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
    return this.requests.filter((request) => routeOf(request.method, request.path) === undefined);
  }

  /** Closes every connection. Call after the client is destroyed. */
  async close(): Promise<void> {
    this.#gateway.close();
    this.#sockets.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', `http://${this.#origin}`);
    const parsed = await parseBody(raw, request.headers['content-type']);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: parsed.body,
      receivedAt: performance.now(),
      ...(parsed.files ? { files: parsed.files } : {}),
    };
    if (this.#options.recordRequests) this.requests.push(recorded);
    for (const listener of this.#listeners) listener(recorded);
    if (routeOf(recorded.method, recorded.path) === 'attachment') {
      await this.#files.answer(recorded.path, response);
      return;
    }
    const [status, body, headers = {}] = this.#stagedFailure(recorded) ?? this.#answer(recorded);
    response.writeHead(status, body === undefined ? headers : { ...headers, 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.#waiters.filter((candidate) => candidate.matches(recorded))) {
      this.#waiters = this.#waiters.filter((candidate) => candidate !== waiter);
      waiter.resolve(recorded);
    }
  }

  #stagedFailure(request: RecordedRequest): Answer | undefined {
    const staged = this.#staged.find((entry) => entry.failures.length > 0 && entry.matches(request));
    const failure = staged?.failures.shift();
    if (!failure) return undefined;
    if (failure.status === 429) {
      const wait = failure.retryAfterSeconds;
      return [
        429,
        { message: 'You are being rate limited.', retry_after: wait, global: false },
        { 'retry-after': String(wait), 'x-ratelimit-scope': 'user' },
      ];
    }
    return [failure.status, { message: `${failure.status}: Server error`, code: 0 }];
  }

  #answer(request: RecordedRequest): Answer {
    const route = routeOf(request.method, request.path);
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
      case 'webhook-delete':
        return [204, undefined];
      case 'commands':
        return [200, registeredCommands(request.body)];
      case 'channel-message':
        return [200, messageFrom(request.body)];
      default:
        return [404, { message: 'Unknown route', code: 0 }];
    }
  }
}
