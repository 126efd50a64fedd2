import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const TOKEN = 'MTIz.fake.bot-token';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig({ DISCORD_TOKEN: TOKEN, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the settings of /corpus', () => {
  it('reads the history and data folders, the audit channel and the attachment hosts', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      CORPUS_HISTORY_DIR: ' var/history ',
      DATA_DIR: 'var/data',
      AUDIT_CHANNEL_ID: '400000000000000077',
      ATTACHMENT_HOSTS: ' CDN.discordapp.com, 127.0.0.1:8080 ,',
    });
    expect(config).toMatchObject({
      corpusHistoryDir: 'var/history',
      dataDir: 'var/data',
      auditChannelId: '400000000000000077',
      attachmentHosts: ['cdn.discordapp.com', '127.0.0.1:8080'],
    });
  });

  it('names each bad value, with the other problems', () => {
    expect(
      problemsOf({
        AUDIT_CHANNEL_ID: '#mod-log',
        ATTACHMENT_HOSTS: 'https://cdn.discordapp.com/',
        RATE_LIMIT_MAX: 'x',
      }),
    ).toEqual([
      'RATE_LIMIT_MAX must be a whole number of at least 0 (got "x")',
      'AUDIT_CHANNEL_ID must be a channel\'s numeric id (got "#mod-log")',
      'ATTACHMENT_HOSTS: "https://cdn.discordapp.com/" is not a host name (such as cdn.discordapp.com, separated by commas)',
    ]);
  });
});
