import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_PARAGRAPH_CHARS } from '../../src/corpus/limits.js';
import { parseReport } from '../../src/corpus/parse.js';
import { aliasBombReport } from '../support/corpus.js';

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, file = 'report.md') => parseReport(file, encode(text));
const problemsOf = (text: string, file = 'report.md') => {
  const result = parse(text, file);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

const VALID = `---
id: reuters
source: Reuters
title: A headline
author: Jack Kim
published: 2024-02-20
url: https://example.com/story
credits: Editing by Sandra Maler
---

First paragraph.

Second paragraph
wrapped over two lines.
`;

describe('parseReport', () => {
  it('reads front matter and numbers paragraphs from 1, joining wrapped lines with a space', () => {
    const result = parse(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { report } = result;
    expect(report).toMatchObject({
      id: 'reuters',
      source: 'Reuters',
      title: 'A headline',
      author: 'Jack Kim',
      published: '2024-02-20',
      url: 'https://example.com/story',
      credits: 'Editing by Sandra Maler',
      idLine: 2,
    });
    expect(report.paragraphs).toEqual([
      { id: 'reuters#1', reportId: 'reuters', number: 1, text: 'First paragraph.', line: 11 },
      { id: 'reuters#2', reportId: 'reuters', number: 2, text: 'Second paragraph wrapped over two lines.', line: 13 },
    ]);
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const result = parse(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`);
    expect(result.ok && result.report.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph.',
      'Second paragraph wrapped over two lines.',
    ]);
  });

  it('names an unknown key, its line, and the allowed keys', () => {
    expect(problemsOf('---\nid: a\nsource: S\ntitle: T\nauther: X\n---\n\nText.\n')).toEqual([
      {
        file: 'report.md',
        line: 5,
        message: 'unknown key "auther" (allowed: id, source, title, author, published, url, credits)',
      },
    ]);
  });

  it('lists every missing or invalid field at once, each at its line', () => {
    expect(problemsOf('---\nid: Reuters 2024\npublished: 20 Feb 2024\nurl: example.com\n---\n\nText.\n')).toEqual([
      {
        file: 'report.md',
        line: 2,
        message: '"id" must use only lower-case letters, digits and hyphens, like "reuters-2024"',
      },
      { file: 'report.md', line: 2, message: '"source" is required' },
      { file: 'report.md', line: 2, message: '"title" is required' },
      { file: 'report.md', line: 3, message: '"published" must be an ISO date like 2024-02-20 (a real calendar date)' },
      { file: 'report.md', line: 4, message: '"url" must be a full http(s) URL, like https://example.com/story' },
    ]);
  });

  it('rejects an empty value and a value that is not text', () => {
    expect(problemsOf('---\nid: a\nsource: ""\ntitle: [1, 2]\n---\n\nText.\n')).toEqual([
      { file: 'report.md', line: 3, message: '"source" must not be empty' },
      { file: 'report.md', line: 4, message: '"title" must be text (the headline)' },
    ]);
  });

  it('reports a YAML syntax error at its line in the file', () => {
    const [problem] = problemsOf('---\nid: a\nsource: S\ntitle: "unclosed\n---\n\nText.\n');
    expect(problem?.file).toBe('report.md');
    expect(problem?.line).toBe(4);
    expect(problem?.message).toMatch(/^front matter is not valid YAML: /);
  });

  it('reports a key given twice', () => {
    const [problem] = problemsOf('---\nid: a\nid: b\nsource: S\ntitle: T\n---\n\nText.\n');
    expect(problem).toMatchObject({ line: 3, message: 'front matter is not valid YAML: Map keys must be unique' });
  });

  it('refuses front matter whose aliases expand without bound, at the first alias', () => {
    expect(problemsOf(aliasBombReport('a'))).toEqual([
      {
        file: 'report.md',
        line: 6,
        message: 'front matter repeats its aliases (*name) too often to be read: write each value out in full',
      },
    ]);
  });

  it('refuses a paragraph longer than the limit, saying how to split it', () => {
    const front = '---\nid: a\nsource: S\ntitle: T\n---\n\n';
    expect(parse(`${front}${'x'.repeat(MAX_PARAGRAPH_CHARS)}\n`).ok).toBe(true);
    expect(problemsOf(`${front}Short.\n\n${'x'.repeat(MAX_PARAGRAPH_CHARS + 1)}\n`)).toEqual([
      {
        file: 'report.md',
        line: 9,
        message:
          'paragraph 2 has 10,001 characters; a paragraph may have at most 10,000: ' +
          'split it into shorter paragraphs by putting a blank line between them',
      },
    ]);
  });

  it('requires front matter, closed', () => {
    expect(problemsOf('Just text.\n')).toEqual([
      {
        file: 'report.md',
        line: 1,
        message: 'must start with front matter: a line "---", the keys, then another "---"',
      },
    ]);
    expect(problemsOf('---\nid: a\n\nText.\n')).toEqual([
      { file: 'report.md', line: 1, message: 'front matter is not closed: add a line "---" after the keys' },
    ]);
  });

  it('requires a body', () => {
    expect(problemsOf('---\nid: a\nsource: S\ntitle: T\n---\n\n   \n')).toEqual([
      { file: 'report.md', line: 5, message: 'has no paragraphs after the front matter' },
    ]);
  });

  it('refuses files that are not Markdown, not UTF-8, binary or too large', () => {
    expect(problemsOf(VALID, 'notes.txt')).toEqual([
      { file: 'notes.txt', line: undefined, message: 'is not a Markdown file: corpus files must be named *.md' },
    ]);
    const latin1 = new Uint8Array([...encode('---\nid: a\n---\n\ncaf'), 0xe9, 0x0a]);
    expect(parseReport('latin1.md', latin1)).toEqual({
      ok: false,
      problems: [{ file: 'latin1.md', line: 5, message: 'is not valid UTF-8 text; save it as UTF-8' }],
    });
    const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]);
    expect(parseReport('image.md', binary)).toEqual({
      ok: false,
      problems: [{ file: 'image.md', line: 2, message: 'is a binary file, not Markdown text' }],
    });
    const huge = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(parseReport('huge.md', huge)).toEqual({
      ok: false,
      problems: [{ file: 'huge.md', line: undefined, message: 'is 5.0 MB; a corpus file may be at most 5 MB' }],
    });
  });
});
