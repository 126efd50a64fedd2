/**
 * `npm run deploy-commands`: registers the commands of `commands/` with
 * Discord, in `DISCORD_GUILD_ID` if set, else globally.
 */
import { DiscordAPIError, REST } from '@discordjs/rest';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { deployCommands, describeDeployment } from './deploy.js';
import { scrub } from './logger.js';

/** What to check when Discord refuses, by HTTP status. */
const HINTS: Readonly<Record<number, string>> = {
  401: 'Check DISCORD_TOKEN: Discord did not accept it.',
  403: 'Check DISCORD_GUILD_ID, and that the bot was invited to that server with the applications.commands scope.',
  404: 'Check DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID, if set).',
};

let token = '';
try {
  const config = loadConfig('deploy');
  token = config.discordToken;
  const rest = new REST({ api: config.discordApiUrl }).setToken(token);
  const deployment = await deployCommands(
    rest,
    { applicationId: config.discordApplicationId ?? '', guildId: config.discordGuildId },
    commands,
  );
  process.stdout.write(`${describeDeployment(deployment)}\n`);
} catch (error) {
  let message: string;
  if (error instanceof ConfigError) message = error.message;
  else if (error instanceof DiscordAPIError) {
    message =
      `Discord refused the commands: ${error.message} (HTTP ${error.status}). ${HINTS[error.status] ?? ''}`.trim();
  } else message = `Could not register the commands: ${String(error)}`;
  process.stderr.write(`${scrub(message, [token])}\n`);
  process.exitCode = 1;
}
