import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../../src/bot/logger.js';
import { captureLogs } from '../support/log-capture.js';

describe('scrub', () => {
  it('removes interaction tokens from REST URLs and secrets anywhere', () => {
    expect(scrub('POST /api/v10/interactions/123/aW50ZXJhY3Rpb24/callback failed', [])).toBe(
      'POST /api/v10/interactions/123/[redacted]/callback failed',
    );
    expect(scrub('PATCH /webhooks/1/tok.en-x/messages/%40original', [])).toBe(
      'PATCH /webhooks/1/[redacted]/messages/%40original',
    );
    expect(scrub('token is Bot s3cr3t!', ['s3cr3t'])).toBe('token is Bot [redacted]!');
  });
});

describe('createLogger', () => {
  it('never writes the bot token, in fields, messages or errors', () => {
    const logs = captureLogs();
    const logger = createLogger({ level: 'info', secrets: ['s3cr3t'], destination: logs.destination });
    logger.info({ token: 's3cr3t', config: { discordToken: 's3cr3t' } }, 'starting');
    logger.info('login with s3cr3t');
    logger.error({ err: new Error('401 for token s3cr3t') }, 'failed');
    expect(logs.lines).toHaveLength(3);
    expect(logs.lines.join('')).not.toContain('s3cr3t');
    expect(logs.entries()[2].err.message).toBe('401 for token [redacted]');
  });
});
