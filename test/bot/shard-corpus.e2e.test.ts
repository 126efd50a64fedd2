/** `/corpus` on a sharded bot: a change made on one shard is served by every shard of the host. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt, runProgram } from '../support/built-program.js';
import { corpusCommand } from '../support/corpus-interactions.js';
import { HARBOUR_REPORTS, reportFile, tempCorpus } from '../support/corpus.js';
import { GUILD_ID, READER, SECOND_GUILD_ID, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { FakeDiscord, TEST_TOKEN } from '../support/fake-discord.js';
import { slashCommand } from '../support/interactions.js';

const MANAGER = 'src/bot/shard-manager.js';
beforeAll(() => ensureBuilt([MANAGER, 'src/bot/main.js']), 120_000);

it('two moderators on two shards add at once: both reports land, one after the other, on every shard', async () => {
  const corpus = tempCorpus(HARBOUR_REPORTS);
  const scratch = mkdtempSync(path.join(tmpdir(), 'citebot-sharded-'));
  const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2, guilds: [GUILD_ID, SECOND_GUILD_ID] });
  const manager = runProgram(MANAGER, {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpus.dir,
    CORPUS_HISTORY_DIR: path.join(scratch, 'history'),
    DATA_DIR: path.join(scratch, 'data'),
    ATTACHMENT_HOSTS: fake.fileHost,
    LOG_LEVEL: 'info',
  });
  // Deferred replies arrive as an edit of the original message.
  const reply = async (interaction: { id: string; token: string }) => {
    await fake.sendInteraction(interaction);
    const edit = await fake.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.includes(`/${interaction.token}/`),
      `the reply to ${interaction.id}`,
      15_000,
    );
    return edit.body;
  };
  const upload = (report: Parameters<typeof reportFile>[0]) => {
    const text = reportFile(report);
    return { filename: `${report.id}.md`, url: fake.serveFile(`${report.id}.md`, text), size: text.length };
  };
  try {
    await manager.waitForOutput('every shard is online', 15_000);

    const [radio, tv] = await Promise.all([
      reply(
        corpusCommand(
          'add',
          {
            file: upload({
              id: 'radio',
              source: 'City Radio',
              title: 'Late',
              paragraphs: ['The ferry was six hours late.'],
            }),
          },
          SERVER_MANAGER,
        ),
      ),
      reply(
        corpusCommand(
          'add',
          { file: upload({ id: 'tv', source: 'Channel 9', title: 'Gulls', paragraphs: ['Gulls circled the pier.'] }) },
          { ...SERVER_MANAGER, guildId: SECOND_GUILD_ID },
        ),
      ),
    ]);

    expect(readdirSync(corpus.dir).sort()).toEqual(['daily.md', 'radio.md', 'tv.md', 'wire.md']);
    const summaries = [radio, tv].map((body) => (body.content as string).split('\n'));
    // The one that ran second reloaded the other's report too, so it shows 4 reports.
    const counts = summaries.map((lines) => /\((\d) reports,/u.exec(lines[1] ?? '')?.[1]).sort();
    expect(counts).toEqual(['3', '4']);
    const final = /→ `(\w+)` \(4 reports/u.exec([radio.content, tv.content].join('\n'))?.[1];
    for (const body of [radio, tv]) {
      expect(body.embeds[0].title).toBe('2 shards answered');
    }
    const last = [radio, tv].find((body) => body.content.includes('(4 reports'));
    expect(last.embeds[0].description.split('\n')[0]).toBe(`Every shard of this host serves version \`${final}\`.`);
    for (const guildId of [GUILD_ID, SECOND_GUILD_ID]) {
      const answer = await fake.sendInteraction(
        slashCommand('ask', { question: 'what circled the pier' }, { ...READER, guildId }),
      );
      expect(answer.body.data.embeds[0].footer.text).toBe('tv#1');
    }
  } finally {
    manager.child.kill('SIGTERM');
    await manager.exited();
    await fake.close();
    corpus.cleanup();
  }
});
