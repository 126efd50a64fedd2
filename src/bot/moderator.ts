/**
 * Who may run moderator commands. Discord hides such commands from members
 * without Manage Server (`default_member_permissions`), but server admins can
 * override that per command, so the bot checks again itself.
 */
import { GuildMember, type Interaction, PermissionFlagsBits } from 'discord.js';
import { UserError } from '../errors.js';

/**
 * True when the member has Manage Server (Administrator implies it) or one of
 * `moderatorRoleIds`. False outside a server.
 */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (moderatorRoleIds.length === 0) return false;
  const { member } = interaction;
  // A cached member knows its roles through the server's role cache; an uncached one carries the raw role ids.
  const roleIds = member instanceof GuildMember ? [...member.roles.cache.keys()] : (member?.roles ?? []);
  // Every member has the @everyone role, whose id is the server's: listing it (a server id pasted by
  // mistake) must not make everyone a moderator.
  return roleIds.some((id) => id !== interaction.guildId && moderatorRoleIds.includes(id));
}

/** Throws a {@link UserError} explaining the refusal unless the user is a moderator in a server. */
export function requireModerator(interaction: Interaction, moderatorRoleIds: readonly string[], action: string): void {
  if (!interaction.inGuild()) {
    throw new UserError(`Only moderators can ${action}, and that works only in a server: run it in a server channel.`);
  }
  if (!isModerator(interaction, moderatorRoleIds)) {
    throw new UserError(`Only moderators can ${action}: it needs the Manage Server permission or a moderator role.`);
  }
}
