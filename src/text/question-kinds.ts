/**
 * What a question asks for: the kind of answer ({@link AnswerKind}). The
 * nouns it asks about (the one to be named, the property whose value it
 * wants, the made thing it asks which of) are read in asked-nouns.ts.
 *
 * The question word gives most of it (who, when, where, how many). A member
 * asking "what kind of car" or "which model" wants the car named, and a
 * report saying "the make and model … was not disclosed" is the honest answer
 * to that; so is it to "what's the name of the envoy".
 */
import { AnswerKind } from './answer-kinds.js';
import { questionWord } from './question-words.js';
import { askedDateUnit } from './date-units.js';
import { readWords } from './nlp.js';
import { BE, headNounAt, NAME_ASKED, phraseAfterWhWord } from './asked-nouns.js';
import { isGettingVerb, isGivingVerb, recipientVerb } from './transfer-verbs.js';
import { isArtifactNoun, isPersonNoun, reportingVerbs, tellingVerbs } from './word-classes.js';
import { KIND_FRAMES } from './words.js';

// "what kind of car", "which model", "what make and model": the member wants the thing identified.
const IDENTITY = new RegExp(
  String.raw`\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:exact\s+)?(?:${KIND_FRAMES.join('|')})s?\b`,
  'i',
);
const IDENTIFIED = AnswerKind.Name | AnswerKind.Undisclosed;

/**
 * The kinds of answer a cleaned question asks for, from its question word
 * wherever it stands: who → Person | Organization | Agent, when → Time,
 * where → Place, how many / how much / how old → Number, what colour →
 * Colour, why → Reason, which body / agency / company → Organization.
 * Asking for a name or an identity ("what kind of car", "which model", "her
 * name") adds Name | Undisclosed; asking when something was told adds
 * ReportedTime. Asking who got something for someone ("who received the car
 * on Kim's behalf") asks for a Recipient instead of an Agent. 0 for any other
 * question.
 */
export function questionAnswerKind(cleanedQuestion: string): number {
  const word = questionWord(cleanedQuestion)?.kind;
  const identity = word !== 'why' && (IDENTITY.test(cleanedQuestion) || NAME_ASKED.test(cleanedQuestion));
  const unit = askedDateUnit(cleanedQuestion);
  // "putin visit date": a search that ends on a unit asks when, though it has no question word.
  const when = word === undefined && unit !== AnswerKind.None ? AnswerKind.Time : AnswerKind.None;
  let kinds = kindOfQuestionWord(word) | when | (identity ? IDENTIFIED : AnswerKind.None);
  // "Which Russian official handed it over" asks for a person by name, not for a role or a side.
  if ((word === 'which' || word === 'what') && askedPersonNoun(cleanedQuestion) !== undefined)
    kinds |= AnswerKind.Person;
  // "Who received the car" asks for the one it was handed to, not the one who handed it over.
  if (word === 'who' && recipientVerb(readWords(cleanedQuestion).words) !== undefined)
    kinds = (kinds & ~AnswerKind.Agent) | AnswerKind.Recipient;
  if ((kinds & AnswerKind.Time) === 0) return kinds;
  // "When was the gift reported" is answered by the date of a report.
  const telling = asksAboutTelling(cleanedQuestion) ? AnswerKind.ReportedTime : AnswerKind.None;
  return kinds | telling | unit;
}

const FRAMES = new Set(KIND_FRAMES.flatMap((noun) => [noun, `${noun}s`]));
const SKIPPED_BEFORE_NOUN = new Set(['AUX', 'DET', 'PRON', 'PART', 'ADJ']);

/**
 * The noun whose kind a question asks, as its lemma: "car" in "what kind of
 * car did Putin give Kim", "what make is the car" or "what's the brand of
 * the car". Undefined when it asks for no kind, names no noun ("what model
 * is it"), or names things in the plural ("what kinds of cars does Kim own"):
 * that asks for a list of kinds, which no report's silence on one car answers.
 * `isName` tells a name typed in small letters, which wink-nlp tags as a
 * noun: "the brand of the car putin gave" asks about the car, not Putin.
 */
export function identityNoun(
  cleanedQuestion: string,
  isName: (word: string) => boolean = () => false,
): string | undefined {
  if (typeof cleanedQuestion !== 'string' || !IDENTITY.test(cleanedQuestion)) return undefined;
  const { normal, pos, lemma } = readWords(cleanedQuestion).words;
  // A noun: "what makes ctenophores different" asks no kind.
  const frame = normal.findIndex((w, i) => FRAMES.has(w) && pos[i] === 'NOUN');
  if (frame < 0) return undefined;
  let at: number | undefined;
  if (normal[frame + 1] === 'of') at = headNounAt(normal, pos, frame + 2, isName);
  else {
    at = frame + 1;
    while (at < pos.length && SKIPPED_BEFORE_NOUN.has(pos[at] ?? '')) at += 1;
    if (pos[at] !== 'NOUN') at = undefined;
  }
  // Things in the plural ("what kinds of cars does Kim own") ask for a list of kinds, not the kind of one thing.
  if (at === undefined || normal[at] !== lemma[at]) return undefined;
  return lemma[at];
}

const WHAT_OR_WHICH = /\b(?:what|which)\b/iu;

/**
 * The made thing a question asks to have identified as the one given or got,
 * as its lemma: "car" in "what car did Putin give Kim" or "which vehicle did
 * Kim get". Its kind is what the question asks, as in "what kind of car did
 * Putin give Kim". Undefined for another verb ("what car does Putin use",
 * which asks about a car the question does not say was given), for a place
 * or an idea ("which country"), and for things in the plural.
 */
export function transferredNoun(cleanedQuestion: string): string | undefined {
  if (typeof cleanedQuestion !== 'string' || !WHAT_OR_WHICH.test(cleanedQuestion)) return undefined;
  const { normal, pos, lemma } = readWords(cleanedQuestion).words;
  const asked = normal.findIndex((word) => word === 'what' || word === 'which');
  let at = asked + 1;
  while (pos[at] === 'ADJ') at += 1;
  const noun = lemma[at] ?? '';
  if (asked < 0 || pos[at] !== 'NOUN' || normal[at] !== noun || !isArtifactNoun(noun)) return undefined;
  const verb = pos.indexOf('VERB', at + 1);
  const verbLemma = lemma[verb] ?? '';
  return verb > 0 && (isGivingVerb(verbLemma) || isGettingVerb(verbLemma)) ? noun : undefined;
}

/**
 * The made thing a yes-or-no question asks whether it is of some kind, as its
 * lemma: "car" in "is Kim's new car an Aurus Senat?" or "was the car a limo".
 * Its kind is what the question asks, as in "what kind of car is it": the
 * reports' "the make and model of which was not disclosed" answers it, and
 * Putin's own Aurus Senat does not. Undefined for any other question: "is
 * the car armored" says what it is like, not what it is.
 */
export function classifiedNoun(cleanedQuestion: string): string | undefined {
  if (typeof cleanedQuestion !== 'string' || cleanedQuestion.length === 0) return undefined;
  const { normal, pos, lemma } = readWords(cleanedQuestion).words;
  if (!BE.has(normal[0] ?? '')) return undefined;
  const head = headNounAt(normal, pos, 1);
  if (head === undefined || (normal[head + 1] !== 'a' && normal[head + 1] !== 'an')) return undefined;
  const noun = lemma[head] ?? '';
  return normal[head] === noun && isArtifactNoun(noun) ? noun : undefined;
}

// Words before a noun that make it one: "the report", "a new statement", "in reports".
const NOUN_LEAD = new Set(['DET', 'ADJ', 'ADP', 'PRON', 'NUM']);

/**
 * Whether a question asks about a telling: "when was it reported", "what day
 * did the media report it" (which wink tags as a noun, after "media").
 */
function asksAboutTelling(cleanedQuestion: string): boolean {
  const { pos, lemma } = readWords(cleanedQuestion).words;
  const reporting = reportingVerbs();
  return pos.some(
    (p, i) =>
      reporting.has(lemma[i] ?? '') && (p === 'VERB' || (p === 'NOUN' && i > 0 && !NOUN_LEAD.has(pos[i - 1] ?? ''))),
  );
}

function kindOfQuestionWord(word: string | undefined): number {
  switch (word) {
    case 'who':
      return AnswerKind.Person | AnswerKind.Organization | AnswerKind.Agent;
    case 'when':
      return AnswerKind.Time;
    case 'where':
      return AnswerKind.Place;
    case 'how many':
    case 'how much':
    case 'how old':
      return AnswerKind.Number;
    case 'what colour':
      return AnswerKind.Colour;
    case 'why':
      return AnswerKind.Reason;
    case 'which organization':
      return AnswerKind.Organization;
    default:
      return AnswerKind.None;
  }
}

/**
 * Whether what a question asks about may itself be a telling, any verb of
 * communication or thought after its question word: "when did he talk about
 * his beliefs", "when did Kim Yo Jong thank Putin". Broader than the reporting
 * verbs that make a date the date of a report, and the chatter before the
 * question word does not count ("remind me when…").
 */
export function asksAboutAnyTelling(cleanedQuestion: string): boolean {
  const start = questionWord(cleanedQuestion)?.start ?? 0;
  const { pos, lemma } = readWords(cleanedQuestion.slice(start)).words;
  const telling = tellingVerbs();
  return pos.some((tag, i) => tag === 'VERB' && telling.has(lemma[i] ?? ''));
}

const OF: ReadonlySet<string> = new Set(['of']);

/**
 * The noun a which- or what-question asks to be told which person it is, as
 * typed but lower-cased: "official" in "which Russian official handed the car
 * over", "aides" in "which of Kim's aides signed for it". A noun counts when
 * its main WordNet sense is a person, and it heads the phrase right after the
 * wh-word. Undefined for any other question: "which country", "what car".
 */
export function askedPersonNoun(cleanedQuestion: string): string | undefined {
  // "which of Kim's aides": the phrase after "of".
  const phrase = phraseAfterWhWord(cleanedQuestion, OF);
  if (phrase === undefined) return undefined;
  const { words, from, at } = phrase;
  if (words.pos.slice(from, at).some((tag) => tag === 'NOUN' || tag === 'VERB')) return undefined;
  const noun = words.normal[at] ?? '';
  return isPersonNoun(noun) ? noun : undefined;
}

// The words that only frame a request for a name or an identity: "what kind of", "the name of", "called".
const FRAMING = /\b(?:kinds?|types?|sorts?|makes?|brands?|models?)\s+of\b|\bnamed?\b(?:\s+of\b)?|\bcalled\b/gi;

/**
 * The question without the words that frame a request for a name or an
 * identity: "what is the name of Kim's sister" asks about "Kim's sister",
 * and a paragraph mentioning some other name is no better for holding "name".
 */
export function questionTopic(cleanedQuestion: string): string {
  return cleanedQuestion.replace(FRAMING, ' ').replace(/\s+/g, ' ').trim();
}
