/**
 * How near-identical questions are counted as one: "Who delivered the car?",
 * "who delivered the car" and "hey, can you tell me who delivered the car??"
 * share a key, so moderators see one line with the total, not three.
 */

/** Phrases that open a question without changing what it asks. Longest first, so each is stripped whole. */
const OPENERS: readonly (readonly string[])[] = [
  ['i', 'would', 'like', 'to', 'know'],
  ['could', 'you', 'tell', 'me'],
  ['can', 'you', 'tell', 'me'],
  ['does', 'anyone', 'know'],
  ['i', 'want', 'to', 'know'],
  ['do', 'you', 'know'],
  ['i', 'wonder'],
  ['tell', 'me'],
];

/** Words that carry no meaning in a question, wherever they are. */
const FILLERS = new Set([
  'please',
  'pls',
  'plz',
  'hey',
  'hi',
  'hello',
  'um',
  'umm',
  'uh',
  'er',
  'erm',
  'so',
  'well',
  'just',
  'actually',
  'basically',
  'ok',
  'okay',
  'thanks',
  'citebot',
]);

/**
 * The key a question is counted under: its words in lower case, without
 * punctuation, filler words or an opening such as "can you tell me". Empty
 * when nothing is left.
 */
export function questionKey(question: string): string {
  const words = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/gu, ''))
    .filter((word) => word !== '' && !FILLERS.has(word));
  let start = 0;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const opener of OPENERS) {
      if (opener.every((word, i) => words[start + i] === word)) {
        start += opener.length;
        stripped = true;
        break;
      }
    }
  }
  return words.slice(start).join(' ');
}
