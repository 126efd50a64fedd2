/**
 * What numbers count. "How many artillery shells has North Korea sent" is not
 * answered by "the two countries" or by a limousine "worth upwards of $1
 * million": a count answers it when it counts shells, or counts nothing said.
 */
import { questionWord } from './question-words.js';
import { isYear } from './date-units.js';
import { lemmaOfWord, readWords, type Words } from './nlp.js';
import { stemWord } from './terms.js';
import { BROAD_CLASS_DEPTH, isKindOf, NOUN_ARTIFACT, NOUN_PERSON, nounFileOf } from './word-classes.js';

// The words of what a number counts: "two [armored Mercedes-Maybach S600 Guard vehicles]".
const COUNTED = new Set(['ADJ', 'NOUN', 'PROPN']);

/** The words (lower-cased) of the phrase after word `from`: adjectives, nouns and names, a hyphen inside. */
function phraseAfter(words: Words, from: number): string[] {
  const phrase: string[] = [];
  for (let k = from; k < words.pos.length; k += 1) {
    if (words.value[k] === '-' && COUNTED.has(words.pos[k + 1] ?? '')) continue;
    if (!COUNTED.has(words.pos[k] ?? '')) break;
    phrase.push(words.normal[k] ?? '');
  }
  return phrase;
}

/**
 * What each count of a text counts, as the words after its number: "two
 * armored Mercedes-Maybach S600 Guard vehicles" counts [armored, mercedes,
 * maybach, s600, guard, vehicles]; "a population of 520,052" counts [] (a
 * count of what the text said before). Years, amounts of money ("$1
 * million", "10 %") and numbers in names ("Lexus LX 570", "February 18")
 * count nothing and are left out.
 */
export function countsIn(words: Words): string[][] {
  const counts: string[][] = [];
  for (let i = 0; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'NUM') continue;
    let end = i;
    // "1 million": one number.
    while (words.pos[end + 1] === 'NUM') end += 1;
    const before = words.pos[i - 1];
    const after = words.value[end + 1];
    // "42 % of UK teachers": a share counts what it is a share of, which may be said anywhere.
    if (after === '%' || after === 'percent') counts.push([]);
    else if (!isYear(words.normal[i] ?? '') && before !== 'SYM' && before !== 'PROPN')
      counts.push(phraseAfter(words, end + 1));
    i = end;
  }
  return counts;
}

/**
 * The words (lower-cased) of what a how-many question asks to be counted:
 * [artillery, shells] in "how many artillery shells has North Korea sent".
 * Empty for any other question, or one that names nothing after "how many".
 */
export function askedCount(cleanedQuestion: string): string[] {
  if (questionWord(cleanedQuestion)?.kind !== 'how many') return [];
  // The whole question, as planning read it: wink-nlp keeps its last reading.
  const { words } = readWords(cleanedQuestion);
  const many = words.normal.findIndex((word, i) => word === 'many' && words.normal[i - 1] === 'how');
  return many < 0 ? [] : phraseAfter(words, many + 1);
}

// WordNet files groups ("people", "troops") apart from persons ("members", "employees"); a count of
// either answers how many of the other.
const NOUN_GROUP = 14;
const sortOf = (word: string): number => {
  const file = nounFileOf(word);
  return file === NOUN_GROUP ? NOUN_PERSON : file;
};

/**
 * Whether a count of `counted` things answers how many `asked` there are by
 * WordNet's sort of thing. Made things are one sort, from shells to
 * limousines, so among them only a kind of what is asked counts, or what it
 * is a kind of: "two … vehicles" may be cars, not artillery shells.
 */
function sameSort(counted: string, asked: string): boolean {
  const sort = sortOf(counted);
  if (sort < 0 || sortOf(asked) !== sort) return false;
  if (sort !== NOUN_ARTIFACT) return true;
  const [one, other] = [lemmaOfWord(counted), lemmaOfWord(asked)];
  return isKindOf(one, other, BROAD_CLASS_DEPTH) || isKindOf(other, one, BROAD_CLASS_DEPTH);
}
// "kgs" and "kg", "maybachs" and "Maybach": one word, whatever Porter2 makes of its plural.
const singularStem = (word: string): string => stemWord(word.replace(/s$/u, ''));

/**
 * Whether a count (its words, as {@link countsIn} gives them) may answer a
 * how-many question asking to count `asked` ({@link askedCount}): it counts
 * nothing said ("a population of 520,052"), shares a word with what is asked
 * ("two armored Mercedes-Maybach … vehicles" for "how many maybachs"), or
 * counts the same sort of thing in WordNet ("700 employees" for "how many
 * people", "842 pounds" for "how many kgs"). "The two countries" does not
 * count artillery shells, nor do "two … vehicles".
 */
export function countsAsked(count: readonly string[], asked: readonly string[]): boolean {
  if (count.length === 0) return true;
  const words = new Set(asked.map(singularStem));
  if (count.some((word) => words.has(singularStem(word)))) return true;
  const head = count[count.length - 1] ?? '';
  return asked.some((word) => sameSort(head, word));
}
