/**
 * How large corpus files and paragraphs may be. Both limits keep a reload
 * quick: a file is read whole, and a paragraph is analysed in one step that
 * the sliced reload cannot break up.
 */
import type { CorpusProblem } from '../errors.js';

/** Larger files are refused: a report is a few kilobytes, and one huge file would stall every reload. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Longest paragraph, in characters (UTF-16 code units). News paragraphs are a
 * few hundred characters; one of this size is analysed in a few milliseconds,
 * while answers keep flowing during a reload.
 */
export const MAX_PARAGRAPH_CHARS = 10_000;

/** The problem with a file of `size` bytes, if it is over {@link MAX_FILE_BYTES}. */
export function sizeProblem(file: string, size: number): CorpusProblem | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  const mb = (size / 1024 / 1024).toFixed(1);
  return { file, message: `is ${mb} MB; a corpus file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB` };
}

/** The problem with paragraph `number` of `file`, starting on `line`, if it is over {@link MAX_PARAGRAPH_CHARS}. */
export function paragraphLengthProblem(
  file: string,
  paragraph: { readonly number: number; readonly line: number; readonly text: string },
): CorpusProblem | undefined {
  if (paragraph.text.length <= MAX_PARAGRAPH_CHARS) return undefined;
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    file,
    line: paragraph.line,
    message:
      `paragraph ${paragraph.number} has ${count(paragraph.text.length)} characters; a paragraph may have at most ` +
      `${count(MAX_PARAGRAPH_CHARS)}: split it into shorter paragraphs by putting a blank line between them`,
  };
}
