/**
 * The CLI as a user and other tools see it: the built `citebot` executable,
 * run as a child process. `npm test` builds it first.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, citebot } from '../support/cli.js';
import { HARBOUR_REPORTS, tempCorpus } from '../support/corpus.js';

const harbour = tempCorpus(HARBOUR_REPORTS);
afterAll(() => harbour.cleanup());

describe('citebot ask --json', () => {
  it('prints one object with the documented keys, in order', async () => {
    const { code, stdout } = await citebot([
      'ask',
      '--json',
      '--corpus',
      harbour.dir,
      'how many passengers were counted',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'hits', 'missing', 'related']);
    expect(answer).toMatchObject({ missing: null, related: [] });
    expect(answer.question).toBe('how many passengers were counted');
    expect(Object.keys(answer.hits[0])).toEqual([
      'id',
      'source',
      'title',
      'author',
      'published',
      'url',
      'paragraph',
      'text',
      'quote',
      'terms',
      'score',
      'alsoReportedBy',
    ]);
    expect(answer.hits[0]).toMatchObject({
      id: 'daily#3',
      source: 'The Daily',
      author: 'Ana Ruiz',
      paragraph: 3,
      quote: 'Port officials counted 212 passengers and no injuries.',
      terms: ['counted', 'passengers'],
      alsoReportedBy: [],
    });
    expect(typeof answer.hits[0].score).toBe('number');
  });

  it('answers "who delivered the car" from the project corpus with no configuration', async () => {
    const { code, stdout } = await citebot(['ask', '--json', 'who delivered the car']);
    expect(code).toBe(0);
    const [top] = JSON.parse(stdout).hits;
    expect(['blog#2', 'reuters#3']).toContain(top.id);
    expect(top.alsoReportedBy.length).toBeGreaterThan(0);
  });

  it('prints empty hits and exits 0 when the corpus has no answer', async () => {
    const { code, stdout } = await citebot(['ask', '--json', 'recipe for chocolate cake']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      question: 'recipe for chocolate cake',
      hits: [],
      missing: 'The reports don\'t say: "recipe for chocolate cake".',
      related: [],
    });
  });

  it('puts the closest passages of a near miss in "related", never in "hits"', async () => {
    const { code, stdout } = await citebot(['ask', '--json', 'what did the White House say about the gift']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say what the White House said about the gift.");
    expect(answer.related.length).toBeGreaterThan(0);
    expect(Object.keys(answer.related[0])).toEqual(Object.keys(JSON.parse(stdout).related[0]));
    expect(answer.related[0].quote.length).toBeGreaterThan(0);
  });

  it('with --stdin answers every line in order, one JSON line each, empty lines included', async () => {
    const { code, stdout } = await citebot(
      ['ask', '--stdin', '--json', '--top', '1', '--corpus', harbour.dir],
      'how many passengers were counted\n\nwho praised the captain\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((a) => [a.question, a.hits.map((h: { id: string }) => h.id)])).toEqual([
      ['how many passengers were counted', ['daily#3']],
      ['', []],
      ['who praised the captain', ['wire#2']],
    ]);
  });
});

describe('citebot ask', () => {
  it('prints the quote, its citation and who else reports it, without colour when piped', async () => {
    const { code, stdout } = await citebot(['ask', '--corpus', harbour.dir, 'how long did the storm delay the ferry']);
    expect(code).toBe(0);
    expect(stdout).toContain('1. wire#1  Wire Service, “Storm delays island ferry”, ¶1\n');
    expect(stdout).toContain('   > A storm delayed the island ferry by six hours, port officials said.\n');
    expect(stdout).toContain('   also reported by: daily#1 (The Daily)\n');
    expect(stdout).not.toContain('\u001b[');
  });

  it('says plainly when the reports do not say', async () => {
    const { code, stdout } = await citebot(['ask', 'what is the capital of France']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'The reports don\'t say what the capital of France is. Run "citebot sources" to see which reports are loaded.\n',
    );
  });

  it('exits 2 with a clear message on bad usage', async () => {
    expect(await citebot(['ask'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^citebot: ask needs a question/),
    });
    expect(await citebot(['ask', '--top', 'lots', 'x'])).toMatchObject({
      code: 2,
      stderr: 'citebot: --top must be a whole number from 1 to 50 (got "lots")\n',
    });
    expect(await citebot(['ask', '--top', '-1', 'x'])).toMatchObject({
      code: 2,
      stderr: 'citebot: --top must be a whole number from 1 to 50 (got "-1")\n',
    });
    expect(await citebot(['ask', '--stdin', 'who delivered the car'], 'who praised the captain\n')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'citebot: ask --stdin reads its questions from standard input, so it would ignore "who delivered the car": ' +
        'give the question on standard input, or leave out --stdin\n',
    });
    expect(await citebot(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^citebot: unknown command "frobnicate"/),
    });
    expect(await citebot(['ask', '--colour', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^citebot: Unknown option '--colour'/),
    });
  });
});

describe('citebot ask --source', () => {
  it('takes a report id as citebot sources prints it, or a publisher name in any case', async () => {
    for (const source of ['wire', 'WIRE SERVICE']) {
      const { code, stdout } = await citebot(['ask', '--json', '--corpus', harbour.dir, '--source', source, 'storm']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).hits.map((hit: { id: string }) => hit.id)).toEqual(['wire#1']);
    }
  });

  it('names the source when it has no answer', async () => {
    const { stdout } = await citebot(['ask', '--corpus', harbour.dir, '--source', 'wire', 'recipe for chocolate cake']);
    expect(stdout).toBe(
      'The reports don\'t say (in Wire Service): "recipe for chocolate cake". Run "citebot sources" to see which reports are loaded.\n',
    );
  });

  it('exits 2 listing the sources when the source is unknown or empty', async () => {
    expect(await citebot(['ask', '--corpus', harbour.dir, '--source', 'BBC', 'storm'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'citebot: No loaded source is called "BBC". The sources are: The Daily (daily), Wire Service (wire).\n',
    });
    expect(await citebot(['ask', '--corpus', harbour.dir, '--source', '', 'storm'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'citebot: No source was named. The sources are: The Daily (daily), Wire Service (wire).\n',
    });
  });
});

describe('citebot --version', () => {
  it("prints the version of citebot's package.json", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await citebot(['--version'])).toEqual({ code: 0, stdout: `citebot ${version}\n`, stderr: '' });
  });

  it('runs as a program of its own, as npx runs it: the build leaves it executable', async () => {
    // npx links the bin once per project and makes it executable then; a later build must keep it so.
    const { stdout } = await promisify(execFile)(BIN, ['--version'], { env: { PATH: process.env.PATH } });
    expect(stdout).toMatch(/^citebot \d+\.\d+\.\d+\n$/);
  });
});

describe('citebot sources', () => {
  it('counts one paragraph in the singular', async () => {
    const single = tempCorpus({ 'note.md': { id: 'note', source: 'Note', title: 'Short', paragraphs: ['Only.'] } });
    try {
      const { stdout } = await citebot(['sources', '--corpus', single.dir]);
      expect(stdout.split('\n')[0]).toBe('note: Note, “Short”, 1 paragraph');
    } finally {
      single.cleanup();
    }
  });

  it('lists each report and the corpus version', async () => {
    const { code, stdout } = await citebot(['sources', '--corpus', harbour.dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^daily: The Daily, “Ferry reaches the harbour” \(Ana Ruiz, 2024-03-01\), 3 paragraphs https:\/\/example.com\/ferry\nwire: Wire Service, “Storm delays island ferry”, 2 paragraphs\ncorpus version [0-9a-f]{12}\n$/,
    );
  });
});
