/**
 * Raw INTERACTION_CREATE payloads as Discord sends them. discord.js throws
 * inside its gateway handler when a required field is missing, so every
 * payload carries entitlements, authorizing_integration_owners, a user and
 * the channel object (the interaction's channelId is read from `channel.id`).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionType,
} from 'discord.js';
import {
  type Actor,
  APPLICATION_ID,
  BOT_USER,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  READER,
  messagePayload,
} from './discord-fixtures.js';

let counter = 0;
/** A fresh snowflake for each interaction and message. */
export function snowflake(): string {
  counter++;
  return (700000000000000000n + BigInt(counter)).toString();
}

/** Discord's interaction types. */
function user(actor: Actor) {
  return { id: actor.id, username: actor.username, discriminator: '0', global_name: actor.username, avatar: null };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data part differs per interaction type.
function interaction(type: InteractionType, actor: Actor, data: any, extra: Record<string, unknown> = {}) {
  const id = snowflake();
  const base = {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    locale: 'en-US',
    app_permissions: '2251799813685247',
    entitlements: [],
    authorizing_integration_owners: {},
    data,
    ...extra,
  };
  if (actor.inDm) {
    return {
      ...base,
      context: 1,
      user: user(actor),
      channel: { id: DM_CHANNEL_ID, type: ChannelType.DM },
      channel_id: DM_CHANNEL_ID,
    };
  }
  const guildId = actor.guildId ?? GUILD_ID;
  return {
    ...base,
    context: 0,
    guild_id: guildId,
    guild_locale: 'en-US',
    guild: { id: guildId, locale: 'en-US', features: [] },
    channel: { id: CHANNEL_ID, type: ChannelType.GuildText, guild_id: guildId, name: 'general' },
    channel_id: CHANNEL_ID,
    member: {
      user: user(actor),
      roles: [...actor.roles],
      permissions: actor.permissions.toString(),
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    },
  };
}

/** Option values as a user gives them: strings and booleans. */
export type OptionValues = Readonly<Record<string, string | boolean>>;

function options(values: OptionValues, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** `/name option:value …` */
export function slashCommand(name: string, values: OptionValues = {}, actor: Actor = READER) {
  return interaction(InteractionType.ApplicationCommand, actor, {
    id: '600000000000000001',
    name,
    type: ApplicationCommandType.ChatInput,
    options: options(values),
  });
}

/** The user is typing in option `focused` of `/name`. */
export function autocomplete(name: string, values: OptionValues, focused: string, actor: Actor = READER) {
  return interaction(InteractionType.ApplicationCommandAutocomplete, actor, {
    id: '600000000000000001',
    name,
    type: ApplicationCommandType.ChatInput,
    options: options(values, focused),
  });
}

/** A message in the test channel, as Discord sends it inside interactions. */
export function channelMessage(content: string, author: Actor = READER, extra: Record<string, unknown> = {}) {
  return messagePayload({ id: snowflake(), author: user(author), content, ...extra });
}

/** A click on the button `customId` under one of the bot's messages. */
export function buttonClick(customId: string, actor: Actor = READER) {
  const answer = channelMessage('', actor, {
    author: BOT_USER,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Post quote', custom_id: customId },
        ],
      },
    ],
  });
  return interaction(
    InteractionType.MessageComponent,
    actor,
    { custom_id: customId, component_type: ComponentType.Button },
    { message: answer },
  );
}

/** Apps → `name` on a message whose text is `content`. */
export function messageCommand(name: string, content: string, actor: Actor = READER) {
  const target = channelMessage(content);
  return interaction(InteractionType.ApplicationCommand, actor, {
    id: '600000000000000005',
    name,
    type: ApplicationCommandType.Message,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  });
}

/** An option exactly as a (possibly forged) request carries it: any type, any value. */
export interface RawOption {
  readonly name: string;
  readonly type: number;
  readonly value: unknown;
}

/**
 * `/name` with `rawOptions` as sent, for requests Discord's own client never
 * makes: a required option missing, a value of the wrong type, a value longer
 * than the command allows.
 */
export function forgedSlashCommand(name: string, rawOptions: readonly RawOption[], actor: Actor = READER) {
  const payload = slashCommand(name, {}, actor);
  return { ...payload, data: { ...payload.data, options: rawOptions } };
}
