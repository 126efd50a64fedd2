import { plural } from './text/listing.js';

/**
 * The two kinds of failure citebot knows.
 *
 * A {@link UserError} is expected (no answer, unknown passage, bad corpus
 * edit): its message is written for the person who caused it and is shown as
 * is. Anything else is a bug: it is logged with an id and the user only gets
 * an apology.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** One thing wrong with a corpus file, located so a moderator can fix it. */
export interface CorpusProblem {
  /** Path of the file, relative to the corpus directory (or the directory itself). */
  readonly file: string;
  /** 1-based line number, when the problem has a place in the file. */
  readonly line?: number;
  readonly message: string;
}

/** `file:line`, or `file` alone when there is no line. */
export function formatPlace(place: Pick<CorpusProblem, 'file' | 'line'>): string {
  return place.line === undefined ? place.file : `${place.file}:${place.line}`;
}

/** Formats a problem as `file:line: message`, the shape editors and terminals understand. */
export function formatProblem(problem: CorpusProblem): string {
  return `${formatPlace(problem)}: ${problem.message}`;
}

/** The corpus cannot be loaded; every problem found is listed, not just the first. */
export class CorpusError extends UserError {
  override readonly name = 'CorpusError';
  readonly problems: readonly CorpusProblem[];

  constructor(problems: readonly CorpusProblem[]) {
    super(`The corpus has ${plural(problems.length, 'problem')}:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}
