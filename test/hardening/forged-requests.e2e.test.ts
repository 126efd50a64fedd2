/**
 * Requests Discord's own client never sends, but a modified client or a bug
 * could: each gets a clear private explanation, is logged as the user's
 * mistake, and the bot keeps serving.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';
import { buttonClick, forgedSlashCommand, messageCommand, slashCommand } from '../support/interactions.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let corpus: TempCorpus;
let bot: TestBot;

beforeAll(async () => {
  corpus = tempCorpus(HARBOUR_REPORTS);
  bot = await startTestBot({ corpus });
});
afterAll(async () => {
  await bot?.stop();
  corpus?.cleanup();
});

/** Sends the interaction and returns the private reply's text, after checking it was logged as a user error. */
async function refusal(interaction: ReturnType<typeof slashCommand>): Promise<string> {
  const reply = await bot.respond(interaction);
  expect(reply.ephemeral).toBe(true);
  const line = await bot.logs.waitFor((entry) => entry.interactionId === interaction.id && entry.outcome);
  expect(line.outcome).toBe('user-error');
  return reply.data.content;
}

describe('options Discord would never send', () => {
  it('a missing required option', async () => {
    expect(await refusal(forgedSlashCommand('ask', []))).toBe(
      'The request has no "question", which this command needs. Pick /ask from Discord\'s command list and try again.',
    );
  });

  it('an option of the wrong type', async () => {
    expect(await refusal(forgedSlashCommand('ask', [{ name: 'question', type: 4, value: 42 }]))).toBe(
      '"question" must be text, but the request sent a number. Pick /ask from Discord\'s command list and try again.',
    );
    const privately = [
      { name: 'question', type: 3, value: 'how late was the ferry' },
      { name: 'private', type: 3, value: 'yes' },
    ];
    expect(await refusal(forgedSlashCommand('ask', privately))).toBe(
      '"private" must be true or false, but the request sent text. Pick /ask from Discord\'s command list and try again.',
    );
    expect(await refusal(forgedSlashCommand('quote', [{ name: 'passage', type: 5, value: true }]))).toBe(
      '"passage" must be text, but the request sent true or false. Pick /quote from Discord\'s command list and try again.',
    );
  });

  it('an unknown passage id, shown escaped', async () => {
    expect(await refusal(slashCommand('quote', { passage: '@everyone **wire#9**' }))).toBe(
      'There is no passage "@everyone \\*\\*wire#9\\*\\*". Passage ids look like daily#1: pick one from the list as you type, or see /sources.',
    );
  });

  it('a passage id longer than 100 characters', async () => {
    expect(await refusal(slashCommand('quote', { passage: `daily#${'1'.repeat(244)}` }))).toBe(
      '"passage" may be at most 100 characters, and the request sent 250. Pick /quote from Discord\'s command list and try again.',
    );
  });

  it('a message command without its message', async () => {
    const forged = messageCommand('Find sources', 'The ferry was late.');
    const withoutMessage = { ...forged, data: { ...forged.data, resolved: {} } };
    expect(await refusal(withoutMessage)).toBe(
      'That message is not available to citebot. Try Find sources on it again.',
    );
  });
});

describe('button custom ids Discord would never send', () => {
  it('any custom id gets a private explanation or the quote it names, never an error', async () => {
    const customId = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({ maxLength: 88 }).map((payload) => `post-quote:${payload}`),
      fc
        .tuple(
          fc.constantFrom('daily#1', 'wire#2', 'daily#0', 'gone#1', ''),
          fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 6 })),
          fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 6 })),
          fc.string({ maxLength: 12 }),
        )
        .map((parts) => `post-quote:${parts.join(':')}`.slice(0, 100)),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const click = buttonClick(id);
        const reply = await bot.respond(click);
        expect(reply.type).toBe(4);
        const line = await bot.logs.waitFor((entry) => entry.interactionId === click.id && entry.outcome);
        expect(['ok', 'unknown', 'user-error']).toContain(line.outcome);
        if (line.outcome !== 'ok') expect(reply.ephemeral).toBe(true);
      }),
      { numRuns: 60 },
    );
    const after = await bot.respond(slashCommand('ask', { question: 'how late was the ferry' }));
    expect(after.data.embeds[0].footer.text).toMatch(/^(daily|wire)#\d/u);
  });
});
