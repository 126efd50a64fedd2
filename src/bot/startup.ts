/**
 * What the bot's entry points (`npm start`, `npm run start:sharded`) share.
 */
import { type BotConfig, ConfigError, loadConfig } from '../config.js';

/**
 * The bot's settings, or undefined after printing every problem with them
 * (never the token) and setting a failing exit code.
 */
export function loadConfigOrReport(): BotConfig | undefined {
  try {
    return loadConfig('bot');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`citebot cannot start. ${error.message}\nSee .env.example and docs/bot.md.\n`);
    process.exitCode = 1;
    return undefined;
  }
}
