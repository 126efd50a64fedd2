/**
 * How near-identical questions are counted as one: "Who delivered the car?",
 * "who delivered the car" and "hey, can you tell me who delivered the car??"
 * share a key, so moderators see one line with the total, not three.
 */
import { cleanQuestion } from '../text/chatter.js';

/**
 * The key a question is counted under: the question as the engine reads it
 * (without chatter, markup or an opening such as "can you tell me"; see
 * cleanQuestion), its words in lower case without punctuation. Empty when
 * nothing is left.
 */
export function questionKey(question: string): string {
  return cleanQuestion(question)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/gu, ''))
    .filter((word) => word !== '')
    .join(' ');
}
