/**
 * The CLI as a user and other tools see it: the built `citebot` executable,
 * run as a child process. `npm test` builds it first.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasBombReport, HARBOUR_REPORTS, tempCorpus } from '../support/corpus.js';

const BIN = fileURLToPath(new URL('../../dist/src/cli/bin.js', import.meta.url));
const run = promisify(execFile);

/** Runs citebot and returns its exit code and output, whatever the code. */
async function citebot(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

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

/**
 * Runs validate on a temporary corpus of `files`, which must fail: exit 2,
 * nothing on standard output. Returns the lines of standard error, the
 * corpus folder written DIR.
 */
async function validationProblems(files: Record<string, string>): Promise<string[]> {
  const broken = tempCorpus(files);
  try {
    const { code, stdout, stderr } = await citebot(['validate', '--corpus', broken.dir]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    return stderr.replaceAll(broken.dir, 'DIR').split('\n').slice(0, -1);
  } finally {
    broken.cleanup();
  }
}

describe('citebot validate', () => {
  it('says OK for a valid corpus', async () => {
    const { code, stdout } = await citebot(['validate', '--corpus', harbour.dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 2 reports, 5 paragraphs, version [0-9a-f]{12}: OK\n$/);
  });

  it('lists every problem as file:line: message and exits 2, with no stack trace', async () => {
    const files = {
      'a.md': '---\nid: a\nsource: S\ntitle: T\nauthr: X\n---\n\nText.\n',
      'b.md': '---\nid: b\nsource: S\n---\n\n',
    };
    expect(await validationProblems(files)).toEqual([
      'a.md:5: unknown key "authr" (allowed: id, source, title, author, published, url, credits)',
      'b.md:2: "title" is required',
      'b.md:4: has no paragraphs after the front matter',
      '3 problems found in DIR',
    ]);
  });

  it('lists an alias bomb as a problem of its file, with the other problems, and no stack trace', async () => {
    const files = { 'a.md': '---\nid: a\nsource: S\n---\n\nText.\n', 'bomb.md': aliasBombReport('bomb') };
    expect(await validationProblems(files)).toEqual([
      'a.md:2: "title" is required',
      'bomb.md:6: front matter repeats its aliases (*name) too often to be read: write each value out in full',
      '2 problems found in DIR',
    ]);
  });

  it('asking a broken corpus exits 2 with the problems and no stack trace', async () => {
    const broken = tempCorpus({ 'a.md': 'no front matter\n' });
    try {
      const { code, stderr } = await citebot(['ask', '--corpus', broken.dir, 'anything']);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'citebot: The corpus has 1 problem:\na.md:1: must start with front matter: a line "---", the keys, then another "---"\n',
      );
    } finally {
      broken.cleanup();
    }
  });
});

describe('control characters in the corpus', () => {
  const hostile = tempCorpus({
    'x.md': {
      id: 'x',
      source: 'X',
      title: 'Ferry\u001b[2J',
      paragraphs: ['The ferry\u001b]0;pwned\u0007 left the harbour\u009b at noon.'],
    },
  });
  afterAll(() => hostile.cleanup());

  it('validate loads the file and warns where they are', async () => {
    const { code, stdout, stderr } = await citebot(['validate', '--corpus', hostile.dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 1 report, 1 paragraph, version [0-9a-f]{12}: OK\n$/);
    expect(stderr).toBe(
      [
        'x.md:4: warning: "title" has the control character U+001B, which a terminal may act on: remove it',
        'x.md:7: warning: paragraph 1 has the control character U+001B, which a terminal may act on: remove it',
        '',
      ].join('\n'),
    );
  });

  it('ask shows them as visible stand-ins, and --json escapes them', async () => {
    const { stdout } = await citebot(['ask', '--corpus', hostile.dir, 'ferry left the harbour at noon']);
    expect(stdout).toBe('1. x#1  X, “Ferry␛[2J”, ¶1\n   > The ferry␛]0;pwned␇ left the harbour\ufffd at noon.\n');
    const json = await citebot(['ask', '--json', '--corpus', hostile.dir, 'ferry left the harbour at noon']);
    expect(json.stdout).toContain('"quote":"The ferry\\u001b]0;pwned\\u0007 left the harbour\\u009b at noon."');
    expect(JSON.parse(json.stdout).hits[0].quote).toBe('The ferry\u001b]0;pwned\u0007 left the harbour\u009b at noon.');
  });
});

describe('citebot --version', () => {
  it("prints the version of citebot's package.json", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await citebot(['--version'])).toEqual({ code: 0, stdout: `citebot ${version}\n`, stderr: '' });
  });

  it('runs as a program of its own, as npx runs it: the build leaves it executable', async () => {
    // npx links the bin once per project and makes it executable then; a later build must keep it so.
    const { stdout } = await run(BIN, ['--version'], { env: { PATH: process.env.PATH } });
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
