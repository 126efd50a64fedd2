/**
 * Who says something: the subject of a verb of telling or thinking.
 *
 * "What did Kim Yo Jong say about the car" asks for her words. Al Jazeera's
 * "was delivered to … his sister Kim Yo Jong …, KCNA said" has every word of
 * the question, but it is KCNA that speaks; "Kim Yo Jong courteously conveyed
 * Kim Jong Un's thanks" is the answer, though it never says "car".
 */
import { readWords, type Words } from './nlp.js';
import { tellingVerbs } from './word-classes.js';

// Words a subject is made of: "Kim's sister", "South Korea's spy agency", "state media".
const SUBJECT_PART = new Set(['PROPN', 'NOUN', 'ADJ', 'PART']);
const QUOTES_AND_BRACKETS = /^["“”'‘’()]$/u;

/**
 * The subjects of the verbs of telling or thinking (WordNet's, see
 * {@link tellingVerbs}) in a text read by wink-nlp, each as its words
 * (normalized): the noun phrase right before the verb, past adverbs,
 * quotation marks, brackets, auxiliaries and "not" ("the Kremlin has not
 * denied"). A passive ("Kim is believed to own") has no speaker, and neither
 * has a verb after a comma or a conjunction ("…, saying that").
 */
export function speakersIn(words: Words): string[][] {
  const telling = tellingVerbs();
  const speakers: string[][] = [];
  for (let i = 0; i < words.pos.length; i += 1) {
    if (words.pos[i] !== 'VERB' || !telling.has(words.lemma[i] ?? '')) continue;
    let end = i;
    // A negation sits between a passive's "be" and its verb: "was not disclosed".
    while (end > 0 && (isBetween(words, end - 1) || words.normal[end - 1] === 'not')) end -= 1;
    if (isPassive(words, end)) continue;
    // "state media has reported", "the Kremlin has not denied": the perfect's auxiliary and a negation.
    while (end > 0 && (words.pos[end - 1] === 'AUX' || words.normal[end - 1] === 'not' || isBetween(words, end - 1)))
      end -= 1;
    // The subject's words, back to the first that is none: "did" in "what did Kim Yo Jong say".
    let start = end;
    while (start > 0 && SUBJECT_PART.has(words.pos[start - 1] ?? '')) start -= 1;
    const subject = words.normal.slice(start, end).filter((_, k) => words.pos[start + k] !== 'PART');
    if (subject.length > 0) speakers.push(subject);
  }
  return speakers;
}

/** Whether the verb after `end` is passive: a form of "be" right before it ("is believed", "has been gifted"). */
function isPassive(words: Words, end: number): boolean {
  return words.pos[end - 1] === 'AUX' && words.lemma[end - 1] === 'be';
}

// Between a subject and its verb: "Kim's sister “courteously conveyed", "(KCNA) said".
function isBetween(words: Words, i: number): boolean {
  const pos = words.pos[i];
  return pos === 'ADV' || (pos === 'PUNCT' && QUOTES_AND_BRACKETS.test(words.value[i] ?? ''));
}

/**
 * The words of the one whose words or thoughts a cleaned question asks about:
 * "kim yo jong" in "what did Kim Yo Jong say about the gift" or "Kim Yo Jong
 * said what about the car", "kim sister" in "what does Kim's sister think".
 * Empty when it asks about none. Never throws.
 */
export function questionSpeaker(cleanedQuestion: string): readonly string[] {
  if (typeof cleanedQuestion !== 'string' || cleanedQuestion.length === 0) return [];
  return [...new Set(speakersIn(readWords(cleanedQuestion).words).flat())];
}
