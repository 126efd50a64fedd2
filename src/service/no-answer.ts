/** What a reader is told when the reports have no answer: the same words in the terminal and in Discord. */
import type { Answer } from '../engine/types.js';

const QUOTED = /^The reports don't say: (".*")$/su;

/**
 * The refusal for an answer with no hits: what the reports don't say, as the
 * engine words it ("The reports don't say who drove the car to Pyongyang."),
 * and, when the question was limited to one source, which one (`source`
 * already escaped for where it is shown).
 */
export function noAnswerSentence(answer: Pick<Answer, 'missing'>, source?: string): string {
  const said = answer.missing ?? "The reports don't say.";
  const where = source === undefined ? '' : ` (in ${source})`;
  // A question too tangled to rephrase is quoted: The reports don't say (in Reuters): "…".
  const quoted = QUOTED.exec(said);
  if (quoted) return `The reports don't say${where}: ${quoted[1]}.`;
  return `${said.replace(/\.$/u, '')}${where}.`;
}
