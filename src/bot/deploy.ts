/**
 * Registering the command set with Discord, in one server (instant, for
 * testing) or globally.
 */
import type { REST } from '@discordjs/rest';
import { ApplicationCommandType, Routes } from 'discord.js';
import type { Command } from './command.js';

/** Where commands were registered, and which. */
export interface Deployment {
  readonly scope: { readonly guildId: string } | 'global';
  readonly registered: readonly { readonly name: string; readonly type: number }[];
}

/**
 * Replaces the application's commands with `commands` (Discord's bulk
 * overwrite, so removed commands disappear too).
 */
export async function deployCommands(
  rest: REST,
  target: { readonly applicationId: string; readonly guildId?: string },
  commands: readonly Command[],
): Promise<Deployment> {
  const body = commands.map((command) => command.data.toJSON());
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.put(route, { body })) as { name: string; type: number }[];
  return {
    scope: target.guildId ? { guildId: target.guildId } : 'global',
    registered: registered.map(({ name, type }) => ({ name, type })),
  };
}

/** How users meet each kind of command (Discord's application command types). */
const MENU_LABELS: Readonly<Record<number, (name: string) => string>> = {
  [ApplicationCommandType.ChatInput]: (name) => `/${name}`,
  [ApplicationCommandType.User]: (name) => `${name} (user menu)`,
  [ApplicationCommandType.Message]: (name) => `${name} (message menu)`,
};

/** A line per command, as users will see it: `/ask` or `Find sources (message menu)`. */
export function describeDeployment(deployment: Deployment): string {
  const where = deployment.scope === 'global' ? 'globally' : `in server ${deployment.scope.guildId}`;
  const names = deployment.registered.map(({ name, type }) => `  ${MENU_LABELS[type]?.(name) ?? name}`);
  return `Registered ${deployment.registered.length} commands ${where}:\n${names.join('\n')}`;
}
