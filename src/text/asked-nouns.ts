/**
 * The nouns a question asks about, read from its noun phrases: the noun it
 * asks to be named ("what is the name of Kim's sister" asks to name
 * "sister"), the property whose value it wants ("car price" asks for a
 * price), and the made thing it asks which of ("which factory built it").
 * Reports that never mention such a noun cannot answer for it.
 */
import { questionWord } from './question-words.js';
import { readWords, type Words } from './nlp.js';
import { isArtifactNoun, isPropertyNoun } from './word-classes.js';
import { KIND_FRAMES, QUESTION_WORDS } from './words.js';

/** A request for a name: "the name of", "her name", "what is it called". */
export const NAME_ASKED = /\bnamed?\b|\bcalled\b/i;

/** Forms of "be" between a question word and its noun: "what's the …", "what are the …". */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", 's']);
// Words between a name request and its noun: "the name of [the] [Kim 's] sister".
const NOUN_PHRASE_LEAD = new Set(['DET', 'PRON', 'PROPN', 'PART', 'ADJ', 'NUM']);

/** The head (last noun) of the noun phrase starting at `from`, after its determiners, possessors and adjectives. */
function headNounFrom(normal: readonly string[], pos: readonly string[], from: number): string | undefined {
  const at = headNounAt(normal, pos, from);
  return at === undefined ? undefined : normal[at];
}

/** Where {@link headNounFrom}'s noun stands. */
export function headNounAt(
  normal: readonly string[],
  pos: readonly string[],
  from: number,
  isName: (word: string) => boolean = () => false,
): number | undefined {
  let i = from;
  while (i < pos.length && NOUN_PHRASE_LEAD.has(pos[i] ?? '')) i += 1;
  let head: number | undefined;
  for (; i < pos.length; i += 1) {
    // A name after the noun starts a clause: "the car putin gave".
    if (pos[i] === 'NOUN' && head !== undefined && isName(normal[i] ?? '')) break;
    if (pos[i] === 'NOUN') head = i;
    // A possessor is not the head: "Kim's sister", "the leader's sister".
    else if (normal[i] === "'s" || normal[i] === "'") head = undefined;
    else if (pos[i] !== 'PROPN' && pos[i] !== 'ADJ') break;
  }
  return head;
}

/**
 * The noun a question asks to be named, lower-cased: "sister" for "what is
 * the name of Kim's sister", "Kim's sister's name?" or "who is Kim's sister";
 * undefined when the question asks for no name.
 */
export function questionFocus(cleanedQuestion: string): string | undefined {
  if (typeof cleanedQuestion !== 'string' || cleanedQuestion.length === 0) return undefined;
  const asked = questionWord(cleanedQuestion)?.kind;
  const naming = NAME_ASKED.test(cleanedQuestion);
  if (!naming && asked !== 'who') return undefined;
  const { normal, pos } = readWords(cleanedQuestion).words;
  const at = normal.findIndex((w) => w === 'name' || w === 'named' || w === 'called');
  // "what's the UN committee that polices the sanctions called": the noun after "what's", not "sanctions".
  const what = normal.indexOf('what');
  if (normal[at] === 'called' && what >= 0 && BE.has(normal[what + 1] ?? '')) {
    const head = headNounFrom(normal, pos, what + 2);
    if (head !== undefined) return head;
  }
  if (at >= 0) {
    // "the name of the envoy"
    if (normal[at + 1] === 'of') return headNounFrom(normal, pos, at + 2);
    // "the envoy's name", "kim's sister name", "what is the envoy called"
    let before = at - 1;
    while (before >= 0 && (pos[before] === 'PART' || pos[before] === 'AUX' || normal[before] === "'s")) before -= 1;
    if (pos[before] === 'NOUN') return normal[before];
    return undefined;
  }
  // "who is Kim's sister", "who was the Russian envoy": a who-question with no verb of its own.
  const who = normal.findIndex((w) => w === 'who');
  if (who < 0 || !BE.has(normal[who + 1] ?? '')) return undefined;
  // Up to the end of its clause: "who's the Kremlin spokesman, did he say anything".
  const clauseEnd = pos.findIndex((p, i) => i > who && p === 'PUNCT');
  if (pos.slice(who + 2, clauseEnd < 0 ? undefined : clauseEnd).includes('VERB')) return undefined;
  return headNounFrom(normal, pos, who + 2);
}

const WH_DETERMINERS = new Set(['what', 'which']);
const QUESTION_WORD_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);
// "how much", "how many" and "how old" ask for a number, which the answer kinds already weigh;
// "how long" and "how soon" ask for a time or a duration, not a property.
const COUNTING = new Set(['much', 'many', 'old']);
const TIMING = new Set(['long', 'soon', 'often', 'late', 'early']);
/** A question of at most this many words with no verb is a search for a noun phrase: "car price". */
const MAX_PHRASE_QUERY_WORDS = 4;

/**
 * The property a question asks the value of, as typed but lower-cased: "price" for "what
 * is the price of the car", "how much horsepower…" or "car price", "fast" for
 * "how fast can it go". A noun counts only when its main WordNet sense is a
 * property (an attribute, a quantity or a possession such as a price), so
 * "what's the story" or "car gift date" ask for no property. Undefined for
 * any other question. The engine uses it when the corpus never names the
 * property: the answer must then be a value of it (query.ts).
 */
export function questionProperty(cleanedQuestion: string): string | undefined {
  if (typeof cleanedQuestion !== 'string' || cleanedQuestion.length === 0) return undefined;
  const { value, normal, pos } = readWords(cleanedQuestion).words;
  // As typed: wink's normal form spells "colour" "color", which the corpus may not.
  const typed = (at: number) => value[at]?.toLowerCase();
  const noun = (at: number | undefined) =>
    at !== undefined && isPropertyNoun(normal[at] ?? '') ? typed(at) : undefined;
  const asked = normal.findIndex((w) => WH_DETERMINERS.has(w) || w === 'how');
  if (asked >= 0) {
    const next = normal[asked + 1] ?? '';
    if (normal[asked] === 'how') {
      // "how much horsepower does it have"; "how fast can it go" asks for a degree of "fast".
      if (COUNTING.has(next)) return pos[asked + 2] === 'NOUN' ? noun(asked + 2) : undefined;
      if (TIMING.has(next)) return undefined;
      return pos[asked + 1] === 'ADJ' || pos[asked + 1] === 'ADV' ? typed(asked + 1) : undefined;
    }
    // "what is the price of the car"; "what size is it".
    return noun(headNounAt(normal, pos, BE.has(next) ? asked + 2 : asked + 1));
  }
  // "car engine size": a few nouns and no verb name the property last.
  const words = pos.filter((p) => p !== 'PUNCT' && p !== 'SYM');
  if (words.length > MAX_PHRASE_QUERY_WORDS || pos.some((p) => p === 'VERB' || p === 'AUX')) return undefined;
  if (normal.some((w) => QUESTION_WORD_SET.has(w))) return undefined;
  return noun(pos.lastIndexOf('NOUN'));
}

/** The noun phrase after a what- or which-question's question word: where it starts, and its head. */
export interface WhPhrase {
  /** The whole question as wink-nlp reads it. */
  readonly words: Words;
  readonly from: number;
  readonly at: number;
}

/**
 * The noun phrase right after "what" or "which" (past one word of `skipped`:
 * "what's the plate", "which of Kim's aides") and its head noun, or undefined.
 * The whole question is read, as planning reads it: wink-nlp keeps its last
 * reading, so the question is not read again.
 */
export function phraseAfterWhWord(cleanedQuestion: string, skipped: ReadonlySet<string>): WhPhrase | undefined {
  const asked = questionWord(cleanedQuestion);
  if (asked?.kind !== 'which' && asked?.kind !== 'what') return undefined;
  const { words } = readWords(cleanedQuestion);
  const wh = words.normal.indexOf(asked.kind);
  if (wh < 0) return undefined;
  const from = wh + (skipped.has(words.normal[wh + 1] ?? '') ? 2 : 1);
  const at = headNounAt(words.normal, words.pos, from);
  return at === undefined ? undefined : { words, from, at };
}

/** The made thing a question asks about. Words are lower-cased and, but for `noun`, as typed. */
export interface AskedThing {
  /** The head noun's lemma: "plate". */
  readonly noun: string;
  /** The head noun: "plates". */
  readonly typed: string;
  /** The nouns before it in its phrase: "licence" (wink-nlp's own form would be "license"). */
  readonly modifiers: readonly string[];
}

/**
 * The made thing (a noun whose main WordNet sense is an artifact) a what- or
 * which-question asks about, or undefined: "what's the licence plate on…"
 * asks about a plate, with "licence" before it; "what kind of car" asks a
 * kind, and "what did Putin write" no thing.
 */
export function askedThing(cleanedQuestion: string): AskedThing | undefined {
  const phrase = phraseAfterWhWord(cleanedQuestion, BE);
  if (phrase === undefined) return undefined;
  const { words, from, at } = phrase;
  const { value, pos, lemma } = words;
  const noun = lemma[at] ?? '';
  if (KIND_FRAMES.includes(noun) || !isArtifactNoun(noun)) return undefined;
  const typed = (k: number) => value[k]?.toLowerCase() ?? '';
  const modifiers: string[] = [];
  for (let k = from; k < at; k += 1) if (pos[k] === 'NOUN') modifiers.push(typed(k));
  return { noun, typed: typed(at), modifiers };
}
