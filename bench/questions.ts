/**
 * Question sets for benchmarks, in JSON Lines. Two shapes are read:
 * the SQuAD conversion (`article` plus 0-based `paragraph`) and citebot's own
 * (`ids`: the paragraph ids that answer, empty when the corpus has no answer).
 */
import { readFile } from 'node:fs/promises';

/** A benchmark question and the paragraph ids that count as right. */
export interface GoldQuestion {
  readonly question: string;
  /** Empty when the right answer is "the reports don't say". */
  readonly gold: readonly string[];
  readonly why?: string;
  /** The question's class (paraphrase, chatter, typo, short, near miss), when the set has classes. */
  readonly kind?: string;
}

/** Reads a question file. Throws with the line number on a malformed line. */
export async function readQuestions(file: string): Promise<GoldQuestion[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const questions: GoldQuestion[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as Record<string, unknown>;
    if (typeof row.question !== 'string') throw new Error(`${file}:${i + 1}: "question" must be text`);
    if (Array.isArray(row.ids)) {
      questions.push({
        question: row.question,
        gold: row.ids.map(String),
        why: row.why as string | undefined,
        kind: row.class as string | undefined,
      });
    } else if (typeof row.article === 'string' && typeof row.paragraph === 'number') {
      questions.push({ question: row.question, gold: [`${row.article}#${row.paragraph + 1}`] });
    } else {
      throw new Error(`${file}:${i + 1}: needs "ids", or "article" and "paragraph"`);
    }
  });
  return questions;
}
