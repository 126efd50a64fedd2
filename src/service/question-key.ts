/**
 * How near-identical questions are counted as one: "Who delivered the car?",
 * "who delivered the car" and "hey, can you tell me who delivered the car??"
 * share a key, so moderators see one line with the total, not three.
 */
import { cleanQuestion } from '../text/chatter.js';
import { splitWords } from '../text/words.js';

/**
 * The key a question is counted under: the question as the engine reads it
 * (without chatter, markup or an opening such as "can you tell me"; see
 * cleanQuestion), as the engine's words (normalized as the index normalizes
 * them: lower case, no accents or apostrophes), one space apart. Empty when
 * nothing is left.
 */
export function questionKey(question: string): string {
  return splitWords(cleanQuestion(question))
    .map((word) => word.norm)
    .join(' ');
}
