/**
 * The gateway half of the fake Discord: HELLO, IDENTIFY (one session per
 * shard), heartbeats, RESUME with the events missed while disconnected, and
 * the ways the real gateway goes away (a dropped socket, a reconnect request).
 */
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';
import type { WebSocket } from 'ws';
import { APPLICATION_ID, BOT_USER, fakeGuild, shardOfGuild } from './discord-fixtures.js';

/** Long enough that a test never sees a heartbeat it must answer; answered anyway. */
const HEARTBEAT_INTERVAL_MS = 45_000;
/** Events kept per session for a RESUME; Discord keeps a limited buffer too. */
const RESUME_BUFFER = 1000;

/** What the gateway needs to know about the fake's world. */
export interface GatewayWorld {
  /** The token IDENTIFY and RESUME must carry. */
  readonly token: string;
  /** Shards Discord requires; fewer in IDENTIFY is refused (4011). */
  readonly shards: number;
  readonly guilds: readonly string[];
  /** `ws://…` of the gateway, sent as `resume_gateway_url`. */
  readonly url: () => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
type Payload = { op: number; t?: string; s?: number; d?: any };

/** A gateway session: it outlives its socket, so a RESUME can continue it. */
interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  socket: WebSocket | undefined;
  /** The last dispatches, for replay on RESUME. */
  readonly events: Payload[];
}

/** The fake's gateway: sessions, dispatch, resume, and fault injection. */
export class FakeGateway {
  /** IDENTIFY payloads received, to check the token and intents the bot used. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  readonly identifies: any[] = [];
  /** RESUME payloads received. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  readonly resumes: any[] = [];
  readonly #world: GatewayWorld;
  readonly #sockets = new Set<WebSocket>();
  readonly #sessions = new Map<string, Session>();
  #sequence = 0;

  constructor(world: GatewayWorld) {
    this.#world = world;
  }

  /** A new connection: say HELLO and wait for IDENTIFY or RESUME. */
  accept(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on('close', () => {
      this.#sockets.delete(socket);
      for (const session of this.#sessions.values()) if (session.socket === socket) session.socket = undefined;
    });
    socket.on('message', (raw) => this.#onMessage(socket, JSON.parse(String(raw))));
    this.#send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  }

  /**
   * Sends a dispatch as Discord does: with one shard, to every session; with
   * several, to the session of the event's server's shard (shard 0 for
   * direct messages). A session whose socket is down keeps the event for its
   * RESUME.
   */
  dispatch(event: string, data: unknown): void {
    const guildId = (data as { guild_id?: string } | undefined)?.guild_id;
    for (const session of this.#sessions.values()) {
      const [id, count] = session.shard;
      if (count > 1 && (guildId === undefined ? 0 : shardOfGuild(guildId, count)) !== id) continue;
      const payload = { op: GatewayOpcodes.Dispatch, t: event, s: ++this.#sequence, d: data };
      session.events.push(payload);
      if (session.events.length > RESUME_BUFFER) session.events.shift();
      if (session.socket) this.#send(session.socket, payload);
    }
  }

  /** Cuts every connection without a close frame, as a network failure does. Sessions stay resumable. */
  dropConnections(): void {
    for (const socket of this.#sockets) socket.terminate();
  }

  /** Asks every client to reconnect and resume (opcode 7), as Discord does before moving a session. */
  requestReconnect(): void {
    for (const socket of this.#sockets) this.#send(socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Closes every connection and forgets the sessions. */
  close(): void {
    for (const socket of this.#sockets) socket.terminate();
    this.#sessions.clear();
  }

  #onMessage(socket: WebSocket, payload: Payload): void {
    if (payload.op === GatewayOpcodes.Heartbeat) this.#send(socket, { op: GatewayOpcodes.HeartbeatAck });
    else if (payload.op === GatewayOpcodes.Identify) this.#identify(socket, payload.d);
    else if (payload.op === GatewayOpcodes.Resume) this.#resume(socket, payload.d);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  #identify(socket: WebSocket, d: any): void {
    this.identifies.push(d);
    if (d?.token !== this.#world.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const [id, count] = d?.shard ?? [0, 1];
    // Discord refuses a bot fewer shards than its servers need.
    if (count < this.#world.shards) {
      socket.close(GatewayCloseCodes.ShardingRequired, 'Sharding required.');
      return;
    }
    if (!(id >= 0 && id < count)) {
      socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: `fake-session-${id}-${this.identifies.length}`,
      shard: [id, count],
      socket,
      events: [],
    };
    this.#sessions.set(session.id, session);
    const guilds = this.#world.guilds.filter((guildId) => shardOfGuild(guildId, count) === id);
    this.#send(socket, {
      op: GatewayOpcodes.Dispatch,
      t: 'READY',
      s: ++this.#sequence,
      d: {
        v: 10,
        user: BOT_USER,
        guilds: guilds.map((guildId) => ({ id: guildId, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: this.#world.url(),
        shard: [id, count],
        application: { id: APPLICATION_ID, flags: 0 },
      },
    });
    // clientReady fires only once every guild listed in READY has arrived.
    for (const guildId of guilds) {
      this.#send(socket, {
        op: GatewayOpcodes.Dispatch,
        t: 'GUILD_CREATE',
        s: ++this.#sequence,
        d: fakeGuild(guildId),
      });
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- gateway payloads are plain JSON.
  #resume(socket: WebSocket, d: any): void {
    this.resumes.push(d);
    const session = this.#sessions.get(d?.session_id);
    if (d?.token !== this.#world.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (!session) {
      // Invalid session, not resumable: the client identifies again.
      this.#send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    session.socket = socket;
    for (const missed of session.events.filter((event) => (event.s ?? 0) > (d.seq ?? 0))) this.#send(socket, missed);
    this.#send(socket, { op: GatewayOpcodes.Dispatch, t: 'RESUMED', s: ++this.#sequence, d: {} });
  }

  #send(socket: WebSocket, payload: Payload): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }
}
