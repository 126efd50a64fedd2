/**
 * `citebot validate`, and what a corpus with problems or control characters
 * does to `ask`: the built executable, run as a child process.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { citebot } from '../support/cli.js';
import { aliasBombReport, HARBOUR_REPORTS, tempCorpus } from '../support/corpus.js';

const harbour = tempCorpus(HARBOUR_REPORTS);
afterAll(() => harbour.cleanup());

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
