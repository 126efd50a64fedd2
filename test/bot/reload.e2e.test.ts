import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { type Actor, DM_USER, READER, ROLE_MODERATOR, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

/** Claims a role the bot does not know as a moderator role, and no permissions at all. */
const FORGED_MEMBER: Actor = {
  id: '500000000000000077',
  username: 'forger',
  roles: ['200000000000000099'],
  permissions: 0n,
};
const RADIO = { id: 'radio', source: 'City Radio', title: 'Ferry late', paragraphs: ['The ferry was six hours late.'] };

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus });
});
beforeEach(async () => {
  for (const [file, report] of Object.entries(HARBOUR_REPORTS)) corpus.write(file, report);
  try {
    corpus.remove('radio.md');
  } catch {
    // Only some tests add it.
  }
  const reset = await bot.live.reload();
  if (!reset.ok) throw new Error('could not reset the corpus');
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

const reload = (actor: Actor) => bot.respond(slashCommand('reload', {}, actor));

describe('/reload: who may use it', () => {
  it('refuses a member without Manage Server or a moderator role, privately', async () => {
    const reply = await reload(READER);
    expect(reply).toMatchObject({ type: 4, ephemeral: true });
    expect(reply.data.content).toBe(
      'Only moderators can reload the corpus: it needs the Manage Server permission or a moderator role.',
    );
  });

  it('refuses a member whose roles and permissions grant nothing, whatever they claim', async () => {
    const reply = await reload(FORGED_MEMBER);
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toMatch(/^Only moderators can reload the corpus/u);
  });

  it('refuses in a direct message, even from someone who manages the server', async () => {
    const reply = await reload(DM_USER);
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'Only moderators can reload the corpus, and that works only in a server: run it in a server channel.',
    );
  });

  it('accepts a member with a role listed in MODERATOR_ROLE_IDS', async () => {
    const reply = await reload(ROLE_MODERATOR);
    expect(reply).toMatchObject({ type: 5, ephemeral: true });
    const version = bot.live.index.corpus.version;
    expect(reply.data.content).toBe(
      `Reloaded the corpus: nothing changed (version \`${version}\`, 2 reports, 5 paragraphs).`,
    );
  });

  it('is registered for servers only, hidden from members without Manage Server', () => {
    const data = commands.find((command) => command.data.name === 'reload')?.data.toJSON();
    expect(data).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  });
});

describe('/reload: what it does', () => {
  it('swaps in the edited corpus and lists what changed, logging the moderator', async () => {
    const before = bot.live.index.corpus.version;
    corpus.remove('wire.md');
    corpus.write('radio.md', RADIO);
    const daily = HARBOUR_REPORTS['daily.md'];
    corpus.write('daily.md', {
      ...daily,
      paragraphs: [daily.paragraphs[0], 'The crew stayed calm.', daily.paragraphs[2]],
    });

    const reply = await reload(SERVER_MANAGER);

    const after = bot.live.index.corpus.version;
    expect(after).not.toBe(before);
    expect(reply.data.content).toBe(
      [
        `Reloaded the corpus: version \`${before}\` → \`${after}\` (2 reports, 4 paragraphs).`,
        '**Sources added:** City Radio (radio)',
        '**Sources removed:** Wire Service (wire)',
        '**Sources changed:** none',
        '**Paragraphs added** (1): radio#1',
        '**Paragraphs removed** (2): wire#1, wire#2',
        '**Paragraphs changed** (1): daily#2',
      ].join('\n'),
    );
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const log = await bot.logs.waitFor((entry) => entry.msg === 'corpus reloaded' && entry.toVersion === after);
    expect(log).toMatchObject({ moderatorId: SERVER_MANAGER.id, fromVersion: before, paragraphsAdded: 1 });

    const answer = await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }));
    expect(answer.data.embeds[0].footer.text).toBe('radio#1');
  });

  it('names each problem of a broken corpus and keeps answering from the old one', async () => {
    const version = bot.live.index.corpus.version;
    corpus.write('wire.md', '---\nid: wire\nsource: "Wire Service"\n---\n\nThe storm is over.\n');
    corpus.write('radio.md', '---\nid: radio\nsource: City Radio\ntitle: Late\npublished: yesterday\n---\n\nLate.\n');

    const reply = await reload(SERVER_MANAGER);

    expect(reply).toMatchObject({ type: 5, ephemeral: true });
    expect(reply.data.content).toBe(
      [
        'The corpus was not reloaded: it has 2 problems. ' +
          `Still serving version \`${version}\` (2 reports, 5 paragraphs). Fix the files and run /reload again.`,
        '```',
        'radio.md:5: "published" must be an ISO date like 2024-02-20 (a real calendar date)',
        'wire.md:2: "title" is required',
        '```',
      ].join('\n'),
    );
    expect(bot.live.index.corpus.version).toBe(version);
    const answer = await bot.respond(slashCommand('ask', { question: 'who said the storm delayed the island ferry' }));
    expect(answer.data.embeds[0].footer.text).toBe('wire#1');
  });

  it('refuses a 4.9 MB paragraph in moments, while /ask keeps answering', async () => {
    const version = bot.live.index.corpus.version;
    const paragraph = 'The ferry was late. '.repeat(245_000);
    corpus.write('radio.md', `---\nid: radio\nsource: City Radio\ntitle: Late\n---\n\n${paragraph}\n`);

    const reloading = reload(SERVER_MANAGER);
    const answer = await bot.respond(slashCommand('ask', { question: 'who said the storm delayed the island ferry' }));
    const reply = await reloading;

    expect(answer.data.embeds[0].footer.text).toBe('wire#1');
    expect(reply.data.content).toContain(
      'radio.md:7: paragraph 1 has 4,899,999 characters; a paragraph may have at most 10,000: ' +
        'split it into shorter paragraphs by putting a blank line between them',
    );
    expect(bot.live.index.corpus.version).toBe(version);
  });

  it('runs two reloads sent at once one after the other', async () => {
    const before = bot.live.index.corpus.version;
    corpus.write('radio.md', RADIO);

    const replies = await Promise.all([reload(SERVER_MANAGER), reload(ROLE_MODERATOR)]);

    const after = bot.live.index.corpus.version;
    const contents = replies.map((reply) => reply.data.content as string).sort();
    expect(contents[0]).toBe(`Reloaded the corpus: nothing changed (version \`${after}\`, 3 reports, 6 paragraphs).`);
    expect(contents[1]?.split('\n').slice(0, 2)).toEqual([
      `Reloaded the corpus: version \`${before}\` → \`${after}\` (3 reports, 6 paragraphs).`,
      '**Sources added:** City Radio (radio)',
    ]);
  });
});
