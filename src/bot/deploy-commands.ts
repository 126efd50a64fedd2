/**
 * `npm run deploy-commands`: registers the commands of `commands/` with
 * Discord, in `DISCORD_GUILD_ID` if set, else globally.
 */
import { REST } from '@discordjs/rest';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { deployCommands, describeDeployment } from './deploy.js';
import { scrub } from './logger.js';

try {
  const config = loadConfig('deploy');
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const deployment = await deployCommands(
    rest,
    { applicationId: config.discordApplicationId ?? '', guildId: config.discordGuildId },
    commands,
  );
  process.stdout.write(`${describeDeployment(deployment)}\n`);
} catch (error) {
  const message = error instanceof ConfigError ? error.message : `Discord refused the commands: ${String(error)}`;
  process.stderr.write(`${scrub(message, [])}\n`);
  process.exitCode = 1;
}
