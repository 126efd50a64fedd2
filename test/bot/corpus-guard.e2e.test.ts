import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { resetHarbourCorpus } from '../support/corpus-reset.js';
import { type AttachedFile, corpusAutocomplete, corpusCommand } from '../support/corpus-interactions.js';
import { HARBOUR_REPORTS, reportFile, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { type Actor, DM_USER, READER, ROLE_MODERATOR, SERVER_MANAGER } from '../support/discord-fixtures.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

/** Claims a role the bot does not know as a moderator role, and no permissions at all. */
const FORGED_MEMBER: Actor = {
  id: '500000000000000077',
  username: 'forger',
  roles: ['200000000000000099'],
  permissions: 0n,
};
const RADIO = reportFile({ id: 'radio', source: 'City Radio', title: 'Ferry late', paragraphs: ['It was late.'] });
const FIVE_MB = 5 * 1024 * 1024;

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus });
});
beforeEach(() => resetHarbourCorpus(corpus));
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

function attach(name: string, content: string | Uint8Array, options: { size?: number; redirectTo?: string } = {}) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const url = bot.fake.serveFile(name, bytes, { redirectTo: options.redirectTo });
  return { filename: name, url, size: options.size ?? bytes.byteLength } satisfies AttachedFile;
}

const add = (file: AttachedFile, actor: Actor = SERVER_MANAGER) => bot.respond(corpusCommand('add', { file }, actor));
const downloads = () => bot.fake.requests.filter((request) => request.path.startsWith('/attachments/')).length;
const files = () => readdirSync(corpus.dir).sort();

describe('/corpus: who may use it', () => {
  it.each([
    ['a member without Manage Server or a moderator role', READER],
    ['a member whose roles and permissions grant nothing, whatever they claim', FORGED_MEMBER],
  ])('refuses %s, privately, without downloading anything', async (_who, actor) => {
    const before = downloads();

    const reply = await add(attach('radio.md', RADIO), actor);

    expect(reply).toMatchObject({ type: 4, ephemeral: true });
    expect(reply.data.content).toBe(
      'Only moderators can manage the corpus: it needs the Manage Server permission or a moderator role.',
    );
    expect(downloads()).toBe(before);
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it.each(['remove', 'file', 'unanswered'])('refuses /corpus %s to a member', async (subcommand) => {
    const values: Record<string, string> = subcommand === 'unanswered' ? {} : { report: 'wire' };
    const reply = await bot.respond(corpusCommand(subcommand, values, READER));
    expect(reply.data.content).toMatch(/^Only moderators can manage the corpus: /u);
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('refuses in a direct message, even from someone who manages the server', async () => {
    const reply = await bot.respond(corpusCommand('remove', { report: 'wire' }, DM_USER));
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(
      'Only moderators can manage the corpus, and that works only in a server: run it in a server channel.',
    );
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('suggests report ids to moderators only', async () => {
    const moderator = await bot.respond(corpusAutocomplete('remove', 'w', ROLE_MODERATOR));
    expect(moderator.data.choices).toEqual([{ name: 'wire (Wire Service)', value: 'wire' }]);
    const member = await bot.respond(corpusAutocomplete('remove', '', READER));
    expect(member.data.choices).toEqual([]);
  });

  it('is registered for servers only, hidden from members without Manage Server', () => {
    const data = commands.find((command) => command.data.name === 'corpus')?.data.toJSON();
    expect(data).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  });
});

describe('/corpus add: what it downloads', () => {
  it('refuses a file Discord says is over 5 MB without downloading it', async () => {
    const before = downloads();
    const reply = await add(attach('big.md', RADIO, { size: FIVE_MB + 1 }));
    expect(reply.data.content).toBe('big.md is larger than 5 MB, the most a corpus file may be. Nothing was written.');
    expect(downloads()).toBe(before);
  });

  it('stops reading a file past 5 MB, whatever size Discord stated', async () => {
    const huge = Buffer.alloc(FIVE_MB + 10, 'a');
    const reply = await add(attach('huge.md', huge, { size: 100 }));
    expect(reply.data.content).toBe('huge.md is larger than 5 MB, the most a corpus file may be. Nothing was written.');
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('refuses a file that is not text', async () => {
    const binary = Buffer.concat([Buffer.from('---\nid: radio\n'), Buffer.from([0, 159, 146, 150])]);
    const reply = await add(attach('radio.md', binary));
    const notText = 'radio.md:3: is a binary file, not Markdown text';
    expect(reply.data.content).toBe(
      `The report was not added: 1 problem. Nothing was written. Fix the file and add it again.\n\`\`\`\n${notText}\n\`\`\``,
    );
    const latin1 = Buffer.from('---\nid: radio\nsource: Caf\xe9\n---\n\nText.\n', 'latin1');
    const second = await add(attach('radio.md', latin1));
    expect(second.data.content).toContain('radio.md:3: is not valid UTF-8 text; save it as UTF-8');
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('refuses a file that is not Markdown, whatever its content', async () => {
    const reply = await add(attach('radio.txt', RADIO));
    expect(reply.data.content).toContain('radio.txt: is not a Markdown file: corpus files must be named *.md');
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('follows no redirect', async () => {
    const elsewhere = bot.fake.serveFile('radio.md', RADIO);
    const reply = await add(attach('radio.md', '', { redirectTo: elsewhere }));
    expect(reply.data.content).toBe(
      'radio.md: its address redirects elsewhere, and citebot follows no redirect. Nothing was written.',
    );
    expect(bot.fake.requests.some((request) => elsewhere.endsWith(request.path))).toBe(false);
    expect(files()).toEqual(['daily.md', 'wire.md']);
  });

  it('downloads from no host but those of ATTACHMENT_HOSTS', async () => {
    const file = { filename: 'radio.md', url: 'https://files.example.com/radio.md', size: 100 };
    const reply = await add(file);
    expect(reply.data.content).toBe(
      "radio.md is not on Discord's file servers (it is on files.example.com), so it was not downloaded. Nothing was written.",
    );
  });

  it('explains a request that carries no file, as Discord never sends', async () => {
    const forged = corpusCommand('add', { replace: true }, SERVER_MANAGER);
    const reply = await bot.respond(forged);
    expect(reply.data.content).toBe(
      'The request has no file in "file". Pick /corpus from Discord\'s command list and attach the report.',
    );
  });

  it('names the report file after its id, never after the upload', async () => {
    const reply = await add(attach('../../escape.md', RADIO));
    expect(reply.data.content).toMatch(/^Added report `radio` as `radio\.md`/u);
    expect(files()).toEqual(['daily.md', 'radio.md', 'wire.md']);
  });
});
