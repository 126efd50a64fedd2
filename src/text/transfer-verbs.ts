/**
 * Verbs of giving and of getting, from WordNet.
 *
 * "Who received the car for Kim" asks for the one a giving verb hands it to:
 * "the car was delivered to Kim's top aides". WordNet files both kinds of verb
 * under possession; a getting verb is a kind of "get, acquire", and a giving
 * verb a kind of "give" or "transfer".
 */
import { closesPhrasalVerb, isParticle, MAX_OBJECT_WORDS, phrasalVerbKey, relatedWords } from './lexicon.js';
import { NOMINAL_TAGS, objectNoun, readWords, type Words } from './nlp.js';
import { reachable } from './wordnet-pointers.js';
import { stemWord } from './terms.js';
import { isArtifactNoun, rememberedPerWord } from './word-classes.js';
import { baseForms, type Synset, synset } from './wordnet.js';

// The senses that count: "deliver" hands over only in its third ("hand over, fork over, deliver"),
// "pick up" gets only in its fourth ("collect, pick up, gather up").
const GIVING_SENSES = 3;
const GETTING_SENSES = 4;
// Hypernym links up to "give" or "get": "hand over" → "hand, pass" → "give" is two.
const TRANSFER_DEPTH = 3;

const isGive = (s: Synset) => s.words.includes('give') || s.words.includes('transfer');
const isGet = (s: Synset) => s.words.includes('get') && s.words.includes('acquire');

function verbIs(lemma: string, senses: number, target: (s: Synset) => boolean): boolean {
  return baseForms(lemma, 'verb', senses).some(({ offsets }) =>
    offsets.some((offset) => {
      const own = synset('verb', offset);
      return target(own) || reachable(own, '@', TRANSFER_DEPTH, (to) => target(to)) !== undefined;
    }),
  );
}

/**
 * Whether a verb's lemma hands something to someone in one of its main
 * senses: "deliver", "give", "send". Cached; it leaves WordNet loaded, as
 * word-classes.ts does: the index build and questions ask it word by word.
 */
export const isGivingVerb: (lemma: string) => boolean = rememberedPerWord((lemma) =>
  verbIs(lemma, GIVING_SENSES, isGive),
);

/** Whether a verb's lemma gets something in one of its main senses: "receive", "accept", "pick up". Cached. */
export const isGettingVerb: (lemma: string) => boolean = rememberedPerWord((lemma) =>
  verbIs(lemma, GETTING_SENSES, isGet),
);

// How far after a giving verb its "to" may stand: "delivered the car on Sunday to …".
const TO_WINDOW = 6;
const NOUN_LEAD = new Set(['DET', 'ADJ', 'PRON', 'PART', 'NUM']);

/**
 * The words of each one a text hands something to, read by wink-nlp: the
 * noun phrase after "to" that follows a giving verb ("delivered to Kim's top
 * aides" → kim, top, aides). Empty when it gives nothing to anyone.
 */
export function recipientsIn(words: Words): string[][] {
  const found: string[][] = [];
  for (let i = 0; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'VERB' || !isGivingVerb(words.lemma[i] ?? '')) continue;
    // "according to KCNA" gives nothing to anyone.
    if (words.normal[i]?.endsWith('ing') && words.normal[i + 1] === 'to') continue;
    for (let j = i + 1; j < Math.min(words.pos.length, i + TO_WINDOW); j += 1) {
      if (words.pos[j] === 'PUNCT' || (words.pos[j] === 'VERB' && j > i + 1)) break;
      if (words.normal[j] !== 'to') continue;
      let k = j + 1;
      const phrase: string[] = [];
      while (k < words.pos.length && (NOUN_LEAD.has(words.pos[k] ?? '') || NOMINAL_TAGS.has(words.pos[k] ?? ''))) {
        if (NOMINAL_TAGS.has(words.pos[k] ?? '') || words.pos[k] === 'ADJ') phrase.push(words.normal[k] ?? '');
        k += 1;
      }
      if (phrase.length > 0) found.push(phrase);
      break;
    }
  }
  return found;
}

/**
 * Where the particle of the verb at `at` stands, or -1: right after it
 * ("picked up the car"), or after a short object ("picked it up for Kim",
 * "hand the car over to"), as {@link closesPhrasalVerb} tells.
 */
function particleAt(words: Words, at: number): number {
  for (let k = at + 1; k <= at + 1 + MAX_OBJECT_WORDS && k < words.pos.length; k += 1) {
    if (words.pos[k] === 'VERB' || words.pos[k] === 'PUNCT') return -1;
    if (!isParticle(words.normal[k])) continue;
    const after = words.pos[k + 1] === 'PUNCT' ? undefined : words.normal[k + 1];
    return closesPhrasalVerb(k - at, words.normal[at + 1], after) ? k : -1;
  }
  return -1;
}

/**
 * The verb (normalized) of a question asking who got something for someone,
 * the first verb after "who": "received" in "who received the car on Kim's
 * behalf", "picked" in "who picked up the car for Kim", "took" in "who took
 * delivery of the car on Kim's behalf", "delivered" in "who was the car
 * delivered to". Undefined for any other question: "who received
 * the car" (Kim did), "who did Kim get it from" (the giver).
 */
export function recipientVerb(words: Words): string | undefined {
  const who = words.normal.indexOf('who');
  if (who < 0 || strandedAfter(words, 'from', who)) return undefined;
  for (let i = who + 1; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'VERB') continue;
    const lemma = words.lemma[i] ?? '';
    // "picked up", "picked it up": a phrasal verb has its own senses.
    const particle = particleAt(words, i);
    const phrasal = particle < 0 ? undefined : phrasalVerbKey(lemma, words.normal[particle]);
    if (isGettingVerb(lemma) || (phrasal !== undefined && isGettingVerb(phrasal)) || takesAGiving(words, i))
      return onBehalf(words, i) ? words.normal[i] : undefined;
    // "who was it given to": the giving verb's "to" has nothing after it.
    if (isGivingVerb(lemma)) return strandedAfter(words, 'to', i) ? words.normal[i] : undefined;
    // Only the verb "who" goes with: "who decided to accept it for Kim" asks who decided.
    return undefined;
  }
  return undefined;
}

/**
 * Whether the verb at `verb` takes as its object the act of a giving verb,
 * which makes it a getting: "took delivery of the car" (WordNet's family of
 * "delivery" holds "deliver").
 */
function takesAGiving(words: Words, verb: number): boolean {
  const object = objectNoun(words, verb);
  return (
    object !== undefined &&
    relatedWords(object).some((related) => related.relation === 'family' && isGivingVerb(related.word))
  );
}

/** Whether a question names the one something was got for after word `from`: "for Kim", "on Kim's behalf". */
function onBehalf(words: Words, from: number): boolean {
  for (let i = from + 1; i < words.pos.length; i += 1) {
    if (words.normal[i] === 'behalf') return true;
    if (words.normal[i] === 'for' && NOMINAL_TAGS.has(words.pos[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether `preposition` stands after word `from` with no noun phrase of its
 * own: "who was it given to", "who did he get it from", "who was it handed
 * over to in Pyongyang" (another preposition follows it).
 */
function strandedAfter(words: Words, preposition: string, from: number): boolean {
  const at = words.normal.indexOf(preposition, from + 1);
  if (at < 0) return false;
  // "to go to Prague" is no preposition but an infinitive's mark.
  const next = words.pos[at + 1];
  return next === undefined || next === 'ADP' || next === 'PUNCT';
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether word `i` is a giving verb: a verb, or a participle wink-nlp's lite
 * model read as an adjective after "has" or "been" ("Putin has gifted a car").
 */
function givesAt(words: Words, i: number): boolean {
  const pos = words.pos[i];
  const verb =
    pos === 'VERB' ||
    (pos === 'ADJ' &&
      (words.normal[i] ?? '').endsWith('ed') &&
      /^(?:has|have|had|been)$/u.test(words.normal[i - 1] ?? ''));
  return verb && isGivingVerb(pos === 'VERB' ? (words.lemma[i] ?? '') : (words.normal[i] ?? ''));
}

/** Where the adverbs and auxiliaries end that stand right before word `at`: "Kim Yo Jong [courteously] conveyed". */
function beforeAuxiliaries(words: Words, at: number): number {
  let before = at - 1;
  while (before >= 0 && (words.pos[before] === 'ADV' || words.pos[before] === 'AUX')) before -= 1;
  return before;
}

/** The nouns and names right before word `end` (exclusive), as typed, in order: "vladimir putin" before "has". */
function nominalsBefore(words: Words, end: number): string[] {
  let start = end;
  while (start > 0 && NOMINAL.has(words.pos[start - 1] ?? '')) start -= 1;
  return words.normal.slice(start, end);
}

/** One who hands something over in a text, and the stem of the giving verb: "Kim Yo Jong courteously conveyed". */
export interface Giver {
  /** Its words, lower-cased. */
  readonly words: readonly string[];
  /** The stem of the giving verb: "convey", "deliv". */
  readonly verb: string;
}

/**
 * Who hands something over in a text: the subject before a giving verb
 * ("Kim Yo Jong courteously conveyed" → kim, yo, jong) or the one after its
 * passive's "by" ("has been gifted a car by Russian President Vladimir Putin"
 * → russian, president, vladimir, putin).
 */
export function giversIn(words: Words): Giver[] {
  const found: Giver[] = [];
  for (let i = 0; i < words.pos.length; i += 1) {
    if (!givesAt(words, i)) continue;
    const verb = stemWord(words.normal[i] ?? '');
    const before = beforeAuxiliaries(words, i);
    const passive = words.normal.slice(before + 1, i).some((word) => BE.has(word));
    if (!passive) {
      const subject = nominalsBefore(words, before + 1);
      if (subject.length > 0) found.push({ words: subject, verb });
      continue;
    }
    for (let k = i + 1; k < words.pos.length && words.pos[k] !== 'PUNCT'; k += 1) {
      if (words.normal[k] !== 'by') continue;
      let end = k + 1;
      while (end < words.pos.length && (words.pos[end] === 'DET' || NOMINAL.has(words.pos[end] ?? ''))) end += 1;
      const agent = words.normal.slice(k + 1, end).filter((_, j) => words.pos[k + 1 + j] !== 'DET');
      if (agent.length > 0) found.push({ words: agent, verb });
      break;
    }
  }
  return found;
}

// "in return", "in exchange", or "back" after the thing or the one given to: a gift the other way.
const RETURNED = /\bin (?:return|exchange)\b|\bback\b(?! (?:and|in|to|from|then)\b)/iu;

/**
 * The one a question asks to have given something back, as its words
 * (lower-cased): "kim" in "what did Kim give Putin in return" or "I was
 * wondering if Kim sent Putin a gift back". Only a giving verb with a subject
 * and someone given to right after it counts. Undefined for any other question.
 */
export function returnGiver(cleanedQuestion: string): string[] | undefined {
  if (!RETURNED.test(cleanedQuestion)) return undefined;
  const { words } = readWords(cleanedQuestion);
  for (let i = 1; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'VERB' || !isGivingVerb(words.lemma[i] ?? '') || !NOMINAL.has(words.pos[i + 1] ?? ''))
      continue;
    // "is Kim planning to give Putin": the subject of the verb "to give" hangs on.
    const verb = words.normal[i - 1] === 'to' && words.pos[i - 2] !== undefined ? i - 2 : i;
    const subject = nominalsBefore(words, beforeAuxiliaries(words, verb) + 1);
    return subject.length > 0 ? subject : undefined;
  }
  return undefined;
}

/**
 * The giving verb a question asks about when it hands over a made thing, as
 * its lemma and the particle after it or its short object ("handed [the car]
 * over" → hand, over): the first giving verb, whose object's main WordNet
 * sense is an artifact. Undefined for any other question: "what artist
 * provided the woodcuts" counts, "which investor supplied $500 million" does
 * not.
 */
export function askedGivingVerb(cleanedQuestion: string): { lemma: string; particle?: string } | undefined {
  const { words } = readWords(cleanedQuestion);
  for (let i = 0; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'VERB' || !isGivingVerb(words.lemma[i] ?? '')) continue;
    const lemma = words.lemma[i] ?? '';
    const object = objectNoun(words, i);
    if (object === undefined || !isArtifactNoun(object)) return undefined;
    const particle = particleAt(words, i);
    return particle < 0 ? { lemma } : { lemma, particle: words.normal[particle] };
  }
  return undefined;
}
