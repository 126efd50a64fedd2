import { describe, expect, it } from 'vitest';
import { ConfigError, loadCorpusDirFromEnv, parseConfig } from '../../src/config.js';

const TOKEN = 'MTIz.fake.bot-token';

function problemsOf(env: Record<string, string>, purpose: 'bot' | 'deploy' = 'bot'): readonly string[] {
  try {
    parseConfig(env, purpose);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('needs only the token; everything else has a default', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      discordToken: TOKEN,
      discordApplicationId: undefined,
      discordGuildId: undefined,
      corpusDir: 'corpus',
      indexCacheDir: '.citebot-cache',
      moderatorRoleIds: [],
      rateLimit: { max: 5, windowSeconds: 30 },
      logLevel: 'info',
      discordApiUrl: 'https://discord.com/api',
      sharding: { count: 'auto' },
      corpusHistoryDir: '.citebot-history',
      dataDir: '.citebot-data',
      attachmentHosts: ['cdn.discordapp.com', 'media.discordapp.net'],
    });
  });

  it('reads every key, and treats empty values as unset', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_GUILD_ID: '',
      CORPUS_DIR: 'reports',
      INDEX_CACHE_DIR: 'var/citebot',
      MODERATOR_ROLE_IDS: ' 200000000000000001 ,200000000000000002,',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      LOG_LEVEL: 'DEBUG',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
    });
    expect(config).toMatchObject({
      discordApplicationId: '100000000000000001',
      discordGuildId: undefined,
      corpusDir: 'reports',
      indexCacheDir: 'var/citebot',
      moderatorRoleIds: ['200000000000000001', '200000000000000002'],
      rateLimit: { max: 0, windowSeconds: 60 },
      logLevel: 'debug',
      discordApiUrl: 'http://127.0.0.1:8080/api',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rateLimit)).toBe(true);
  });

  it('keeps no index snapshots when INDEX_CACHE_DIR is none', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, INDEX_CACHE_DIR: 'none' }).indexCacheDir).toBeUndefined();
  });

  it('lists every problem at once', () => {
    expect(
      problemsOf({
        DISCORD_GUILD_ID: 'my server',
        MODERATOR_ROLE_IDS: '200000000000000001,mods',
        RATE_LIMIT_MAX: 'five',
        RATE_LIMIT_WINDOW_SECONDS: '0',
        LOG_LEVEL: 'loud',
        DISCORD_API_URL: 'ftp://example.com',
      }),
    ).toEqual([
      'DISCORD_TOKEN is required: the bot token from the Discord Developer Portal (Bot → Reset Token)',
      'DISCORD_GUILD_ID must be a server\'s numeric id (got "my server")',
      'MODERATOR_ROLE_IDS: "mods" is not a role id (role ids are long numbers, separated by commas)',
      'RATE_LIMIT_MAX must be a whole number of at least 0 (got "five")',
      'RATE_LIMIT_WINDOW_SECONDS must be at least 1',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api (got "ftp://example.com")',
    ]);
  });

  it('never shows the token, even when it is malformed', () => {
    const secret = 'super secret token';
    expect(() => parseConfig({ DISCORD_TOKEN: secret, LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    const problems = problemsOf({ DISCORD_TOKEN: secret, LOG_LEVEL: 'loud' });
    expect(problems[0]).toBe('DISCORD_TOKEN must not contain spaces; paste the token exactly as shown');
    expect(problems.join('\n')).not.toContain('secret');
  });

  it('needs the application id to register commands, not to run', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN }, 'bot').discordApplicationId).toBeUndefined();
    expect(problemsOf({ DISCORD_TOKEN: TOKEN }, 'deploy')).toEqual([
      'DISCORD_APPLICATION_ID is required to register commands: the Application ID on the General Information page',
    ]);
  });
});

describe('loadCorpusDirFromEnv', () => {
  it('needs no token, and defaults to corpus', () => {
    expect(loadCorpusDirFromEnv({})).toBe('corpus');
    expect(loadCorpusDirFromEnv({ CORPUS_DIR: ' reports ' })).toBe('reports');
  });
});

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

  it('refuses a history folder inside the corpus folder, where old copies would load as reports', () => {
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, CORPUS_DIR: 'reports', CORPUS_HISTORY_DIR: 'reports/history' })).toEqual([
      'CORPUS_HISTORY_DIR ("reports/history") is inside CORPUS_DIR ("reports"), where old copies of reports would load as reports: put it outside, or start its name with a dot ("reports/.history")',
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, CORPUS_DIR: 'reports', CORPUS_HISTORY_DIR: './reports' })).toEqual([
      'CORPUS_HISTORY_DIR must not be CORPUS_DIR itself ("reports"): old copies would load as reports',
    ]);
    // The loader skips folders whose name starts with a dot, and a folder beside the corpus is not in it.
    expect(
      parseConfig({ DISCORD_TOKEN: TOKEN, CORPUS_DIR: 'reports', CORPUS_HISTORY_DIR: 'reports/.history' }),
    ).toMatchObject({ corpusHistoryDir: 'reports/.history' });
    expect(
      parseConfig({ DISCORD_TOKEN: TOKEN, CORPUS_DIR: 'reports', CORPUS_HISTORY_DIR: 'reports-history' }),
    ).toMatchObject({ corpusHistoryDir: 'reports-history' });
  });

  it('names each bad value, with the other problems', () => {
    expect(
      problemsOf({
        DISCORD_TOKEN: TOKEN,
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
