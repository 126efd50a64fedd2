/** Ids and objects of the fake Discord's world: one server, one channel, a few roles and people. */
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export const APPLICATION_ID = '100000000000000001';
export const GUILD_ID = '300000000000000001';
/** A second server: with two shards, GUILD_ID is on shard 0 and this one on shard 1. */
export const SECOND_GUILD_ID = '300000000004194305';
export const CHANNEL_ID = '400000000000000001';
export const DM_CHANNEL_ID = '400000000000000002';
/** A role listed in the bot's MODERATOR_ROLE_IDS in the tests. */
export const MODERATOR_ROLE_ID = '200000000000000001';
/** A role that grants nothing. */
export const READER_ROLE_ID = '200000000000000002';

export const BOT_USER = {
  id: APPLICATION_ID,
  username: 'citebot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

const EVERYDAY_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.UseApplicationCommands,
]);

/** Someone using the bot: in the server (with roles and permissions) or in a DM. */
export interface Actor {
  readonly id: string;
  readonly username: string;
  readonly roles: readonly string[];
  /** Their permissions in the channel, as Discord computes them. */
  readonly permissions: bigint;
  /** Using the bot in a direct message rather than in the server. */
  readonly inDm?: boolean;
  /** The server they use the bot in; GUILD_ID unless set. */
  readonly guildId?: string;
}

export const READER: Actor = {
  id: '500000000000000001',
  username: 'reader',
  roles: [READER_ROLE_ID],
  permissions: EVERYDAY_PERMISSIONS.bitfield,
};
export const SECOND_READER: Actor = { ...READER, id: '500000000000000002', username: 'second-reader' };
/** Has Manage Server. */
export const SERVER_MANAGER: Actor = {
  id: '500000000000000003',
  username: 'manager',
  roles: [],
  permissions: EVERYDAY_PERMISSIONS.bitfield | PermissionFlagsBits.ManageGuild,
};
/** Has the moderator role but no special permission. */
export const ROLE_MODERATOR: Actor = {
  id: '500000000000000004',
  username: 'role-mod',
  roles: [MODERATOR_ROLE_ID],
  permissions: EVERYDAY_PERMISSIONS.bitfield,
};
export const DM_USER: Actor = { ...SERVER_MANAGER, id: '500000000000000005', username: 'dm-user', inDm: true };

function role(id: string, name: string, position: number) {
  return { id, name, permissions: '0', position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
}

/** The shard that receives a server's events, by Discord's formula: `(id >> 22) % shardCount`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The GUILD_CREATE payload of a test server (GUILD_ID unless given). */
export function fakeGuild(id: string = GUILD_ID) {
  return {
    id,
    name: 'Newsroom',
    icon: null,
    owner_id: '500000000000000099',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(id, '@everyone', 0), role(MODERATOR_ROLE_ID, 'Moderators', 2), role(READER_ROLE_ID, 'Readers', 1)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 5,
    members: [],
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        name: 'general',
        guild_id: id,
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

/** A message object as Discord sends it, in the test channel; `fields` override the defaults. */
export function messagePayload(fields: { id: string; author: unknown } & Record<string, unknown>) {
  return {
    type: 0,
    channel_id: CHANNEL_ID,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: '2024-02-20T10:00:00.000Z',
    edited_timestamp: null,
    flags: 0,
    ...fields,
  };
}
