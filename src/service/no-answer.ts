/** What a reader is told when the reports have no answer: the same words in the terminal and in Discord. */

/** "The reports don't say." or, when the question was limited to one source, which one (already escaped for where it is shown). */
export function noAnswerSentence(source?: string): string {
  return source === undefined ? "The reports don't say." : `The reports don't say (in ${source}).`;
}
