/**
 * Question words typed in a hurry: "wen did Putin…", "wat does Kim…", "wich
 * day…", "whats the brand…", "wut kind of car…". A missed question word costs
 * the question its kind of answer, and the misspelling counts as a word the
 * corpus lacks.
 *
 * The question words are a closed class of nine, so their spellings a letter
 * short or a vowel off can be listed from the words themselves; those that are English
 * words in use ("hat", "hen", "hose", "here") are left alone: stop words,
 * and words met in WordNet's sense-tagged texts. "wen" (a cyst) is in WordNet
 * but was never met there.
 */
import { isStopWord } from './terms.js';
import { isWordInUse } from './word-classes.js';
import { KIND_FRAMES, QUESTION_WORDS } from './words.js';

// "whom" is hardly typed in a hurry, and its short spellings ("hom", "wom") read as other words.
const TYPED_QUESTION_WORDS = QUESTION_WORDS.filter((word) => word !== 'whom');
// Shorter misspellings ("wh", "hw") are too ambiguous to read as anything.
const MIN_TYPO_LENGTH = 3;

let slipped: ReadonlyMap<string, string> | undefined;

/**
 * Each question word with one letter dropped, a vowel typed as another, or
 * both, to the word: "wen" (when), "were" (where), "whut" and "wut" (what).
 * A spelling of two question words ("whos") is left out.
 */
function slipSpellings(): ReadonlyMap<string, string> {
  if (slipped) return slipped;
  const spellings = new Map<string, string>();
  const known = new Set<string>(QUESTION_WORDS);
  for (const word of TYPED_QUESTION_WORDS) {
    const short = [...word].map((_, i) => word.slice(0, i) + word.slice(i + 1));
    const typos = new Set([...short, ...[word, ...short].flatMap(vowelChanged)]);
    for (const typo of typos) {
      if (typo.length < MIN_TYPO_LENGTH || known.has(typo)) continue;
      spellings.set(typo, spellings.has(typo) && spellings.get(typo) !== word ? '' : word);
    }
  }
  for (const [typo, word] of spellings) if (!word) spellings.delete(typo);
  slipped = spellings;
  return slipped;
}

const VOWELS = 'aeiou';

/** `word` with one of its vowels typed as another: "whut", and "wut" from "wat". */
function vowelChanged(word: string): string[] {
  const changed: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (!VOWELS.includes(word[i] ?? '')) continue;
    for (const vowel of VOWELS) if (vowel !== word[i]) changed.push(word.slice(0, i) + vowel + word.slice(i + 1));
  }
  return changed;
}

// The first and the last word of a question, with what surrounds them.
const FIRST_WORD = /^([\s"'(]*)([\p{L}]+)(?=[\s,?!.]|$)/u;
const LAST_WORD = /(^|\s)([\p{L}]+)([\s?!.]*)$/u;
const AUXILIARIES = 'is|are|was|were|do|does|did|has|have|had|can|could|will|would|should';
// Up to three words of the question word's noun phrase may stand before the auxiliary: "wat kind of car did".
const AUXILIARY_AHEAD = new RegExp(`^\\s+(?:[\\p{L}'-]+\\s+){0,3}(?:${AUXILIARIES}|may|might)\\b`, 'iu');

// An auxiliary of "do" cannot follow a first word that is not a question word or a subject, and
// no auxiliary follows "were": "were did kim…", "were is the car", "here does…" are typos of "where".
const DO_AHEAD = /^\s+(?:do|does|did)\b/iu;
const AUXILIARY_NEXT = new RegExp(`^\\s+(?:${AUXILIARIES})\\b`, 'iu');
const AUXILIARY = new RegExp(`^(?:${AUXILIARIES})$`, 'iu');

/** The question word a first word in use stands for when what follows rules the word itself out. */
function wordInUseFor(typed: string, rest: string): string | undefined {
  const lower = typed.toLowerCase();
  const word = slipSpellings().get(lower);
  if (!word || (!isStopWord(lower) && !isWordInUse(lower))) return undefined;
  if (DO_AHEAD.test(rest) || (AUXILIARY.test(lower) && AUXILIARY_NEXT.test(rest))) return word;
  return undefined;
}

/** The question word `typed` stands for ("wen" → "when", "whats" → "what's"), or undefined. */
function spelledFor(typed: string): string | undefined {
  const lower = typed.toLowerCase();
  const spellings = slipSpellings();
  const word = spellings.get(lower);
  if (word) return isStopWord(lower) || isWordInUse(lower) ? undefined : word;
  // "whats", "wats", "hows": the apostrophe of "'s" left out too.
  if (lower.length > MIN_TYPO_LENGTH && lower.endsWith('s')) {
    const stem = lower.slice(0, -1);
    // "heres" is "here's", not "where's".
    const base = TYPED_QUESTION_WORDS.includes(stem) ? stem : isStopWord(stem) ? undefined : spellings.get(stem);
    if (base && !isStopWord(lower) && !isWordInUse(lower)) return `${base}'s`;
  }
  return undefined;
}

let contracted: RegExp | undefined;

/**
 * A frame noun run together with its "of", as it is said ("kinda", "sorta"),
 * anywhere in a question: kind-of questions are read by their frame noun.
 * None of these spellings is another English word; WordNet lists "kinda"
 * itself as a synonym of "kind of".
 */
function contractedFrames(): RegExp {
  // Small letters only: "Modela" may be a name.
  contracted ??= new RegExp(`\\b(${KIND_FRAMES.join('|')})a\\b`, 'gu');
  return contracted;
}

/**
 * Corrects a misspelled question word where question words stand: first
 * ("wen did Putin visit") or last ("Putin gave Kim a car?? wen"). Everything
 * else is left as typed. Never throws.
 */
export function spellQuestionWords(question: string): string {
  if (typeof question !== 'string' || question.length === 0) return question;
  // "wat kinda car did…" is "what kind of car did…".
  question = question.replace(contractedFrames(), '$1 of');
  let out = question.replace(FIRST_WORD, (whole, lead: string, word: string, at: number) => {
    const rest = question.slice(at + whole.length);
    const inUseFor = wordInUseFor(word, rest);
    if (inUseFor) return `${lead}${inUseFor}`;
    const fixed = spelledFor(word);
    // "wen did…", "wich day did…": a question goes on with an auxiliary; "hose down the car" does not.
    const asks = fixed?.endsWith("'s") || AUXILIARY_AHEAD.test(rest);
    return fixed && asks ? `${lead}${fixed}` : whole;
  });
  out = out.replace(LAST_WORD, (whole, lead: string, word: string, marks: string) => {
    const fixed = spelledFor(word);
    return fixed && !fixed.endsWith("'s") ? `${lead}${fixed}${marks}` : whole;
  });
  return out;
}
