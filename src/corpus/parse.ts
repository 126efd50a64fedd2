/**
 * Parsing one corpus file: YAML front matter, then paragraphs separated by
 * blank lines. Problems are collected, never thrown, so a moderator sees all
 * of them at once.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { CorpusProblem } from '../errors.js';
import { codePointName, firstControlChar } from '../text/control-chars.js';
import { paragraphLengthProblem, sizeProblem } from './limits.js';
import { FRONT_MATTER_KEYS, frontMatterSchema } from './schema.js';
import type { Paragraph, Report } from './types.js';

/** The outcome of parsing a file: a report, or the reasons there is none. */
export type ParseResult =
  | { readonly ok: true; readonly report: Report; readonly warnings: readonly CorpusProblem[] }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

const fail = (file: string, message: string, line?: number): ParseResult => ({
  ok: false,
  problems: [{ file, line, message }],
});

/**
 * Parses the bytes of a corpus file named `file` (relative to the corpus
 * directory) into a report.
 */
export function parseReport(file: string, bytes: Uint8Array): ParseResult {
  if (!file.toLowerCase().endsWith('.md')) {
    return fail(file, 'is not a Markdown file: corpus files must be named *.md');
  }
  const tooLarge = sizeProblem(file, bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(file, 'is a binary file, not Markdown text', lineOfByte(bytes, nul));
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, 'is not valid UTF-8 text; save it as UTF-8', lineOfByte(bytes, firstInvalidUtf8(bytes)));
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') {
    return fail(file, 'must start with front matter: a line "---", the keys, then another "---"', 1);
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) return fail(file, 'front matter is not closed: add a line "---" after the keys', 1);

  const problems: CorpusProblem[] = [];
  const front = parseFrontMatter(file, lines.slice(1, close).join('\n'), problems);
  const paragraphs = splitParagraphs(lines, close + 1);
  if (paragraphs.length === 0) {
    problems.push({ file, line: close + 1, message: 'has no paragraphs after the front matter' });
  }
  paragraphs.forEach((paragraph, i) => {
    const tooLong = paragraphLengthProblem(file, { ...paragraph, number: i + 1 });
    if (tooLong) problems.push(tooLong);
  });
  if (problems.length > 0 || front === undefined) return { ok: false, problems };

  const { meta, keyLines } = front;
  const id = meta.id;
  return {
    ok: true,
    warnings: controlCharWarnings(file, [
      ...Object.entries(meta).map(([key, value]) => ({
        text: String(value),
        line: keyLines.get(key) ?? FRONT_MATTER_FIRST_LINE,
        what: `"${key}"`,
      })),
      ...paragraphs.map((p, i) => ({ text: p.text, line: p.line, what: `paragraph ${i + 1}` })),
    ]),
    report: {
      ...meta,
      file,
      idLine: keyLines.get('id') ?? FRONT_MATTER_FIRST_LINE,
      paragraphs: paragraphs.map(
        (p, i): Paragraph => ({ id: `${id}#${i + 1}`, reportId: id, number: i + 1, text: p.text, line: p.line }),
      ),
    },
  };
}

type Meta = ReturnType<typeof frontMatterSchema.parse>;

// Front matter starts on line 2 of the file, after the opening "---".
const FRONT_MATTER_FIRST_LINE = 2;

function parseFrontMatter(
  file: string,
  yamlText: string,
  problems: CorpusProblem[],
): { meta: Meta; keyLines: Map<string, number> } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset).line + FRONT_MATTER_FIRST_LINE - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const message = error.message.split('\n')[0] ?? error.code;
      problems.push({ file, line: at(error.pos[0]), message: `front matter is not valid YAML: ${message}` });
    }
    return undefined;
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), at(pair.key.range[0]));
    }
  } else if (doc.contents !== null) {
    problems.push({ file, line: FRONT_MATTER_FIRST_LINE, message: 'front matter must be "key: value" lines' });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    // yaml refuses to expand aliases past a limit (a "billion laughs" file would exhaust memory).
    problems.push({
      file,
      line: firstAliasLine(doc, at) ?? FRONT_MATTER_FIRST_LINE,
      message: 'front matter repeats its aliases (*name) too often to be read: write each value out in full',
    });
    return undefined;
  }
  const parsed = frontMatterSchema.safeParse(value ?? {});
  if (parsed.success) return { meta: parsed.data, keyLines };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: keyLines.get(key) ?? FRONT_MATTER_FIRST_LINE,
          message: `unknown key "${key}" (allowed: ${FRONT_MATTER_KEYS.join(', ')})`,
        });
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    problems.push({ file, line: keyLines.get(key) ?? FRONT_MATTER_FIRST_LINE, message: `"${key}" ${issue.message}` });
  }
  return undefined;
}

/**
 * A warning for each front matter value and paragraph that holds a control
 * character (YAML escapes such as "\\e" included): it loads, but a terminal
 * would act on it.
 */
function controlCharWarnings(
  file: string,
  texts: readonly { readonly text: string; readonly line: number; readonly what: string }[],
): CorpusProblem[] {
  return texts.flatMap(({ text, line, what }) => {
    const char = firstControlChar(text);
    if (char === undefined) return [];
    return [
      { file, line, message: `${what} has the control character ${codePointName(char)}, which a terminal may act on: remove it` },
    ];
  });
}

function firstAliasLine(doc: ReturnType<typeof parseDocument>, at: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = at(node.range[0]);
      return visit.BREAK;
    },
  });
  return line;
}

/** Paragraphs are runs of non-blank lines; a wrapped paragraph is joined with single spaces, as Markdown renders it. */
function splitParagraphs(lines: readonly string[], from: number): { text: string; line: number }[] {
  const paragraphs: { text: string; line: number }[] = [];
  let current: string[] = [];
  let startLine = 0;
  for (let i = from; i <= lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') {
      if (current.length > 0) paragraphs.push({ text: current.join(' '), line: startLine });
      current = [];
    } else {
      if (current.length === 0) startLine = i + 1;
      current.push(line);
    }
  }
  return paragraphs;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes line by line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return lineStart;
      }
      lineStart = i + 1;
    }
  }
  return 0;
}
