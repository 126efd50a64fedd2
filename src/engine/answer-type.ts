/**
 * The answer-type features of a candidate: does its best sentence hold the
 * kind of answer asked for, and name what the question asks to be named?
 * Reading a sentence takes an NLP model, so only the best few candidates are
 * read (retrieve.ts).
 */
import { AnswerKind, type SentenceName, type SentenceReading } from '../text/answer-kinds.js';
import { DATE_UNITS } from '../text/date-units.js';
import { stemWord } from '../text/terms.js';
import { isArtifactNoun, isKindOf } from '../text/word-classes.js';
import { KIND_FRAMES } from '../text/words.js';
import type { IndexedParagraph, SearchIndex } from './build.js';
import { countInReport } from './dictionary.js';
import type { Features } from './features.js';
import type { QueryPlan } from './rank.js';

/**
 * The answer-type features of a candidate, read from its best-matching
 * sentence `best` (the one with most of the question's weight, as
 * extractFeatures found it; -1 for none): whether it holds the kind of answer
 * asked for, and whether it names what the question asks to be named.
 */
export function answerEvidence(
  index: SearchIndex,
  plan: QueryPlan,
  paragraph: IndexedParagraph,
  best: number,
): Pick<Features, 'answerType' | 'named' | 'otherThing' | 'speaker' | 'recipient' | 'untold'> {
  if (
    best < 0 ||
    (plan.cue === AnswerKind.None &&
      plan.identity === undefined &&
      plan.things.nouns.length === 0 &&
      plan.speaker.length === 0)
  ) {
    return { answerType: 0, named: 0, otherThing: 0, speaker: 0, recipient: 0, untold: 0 };
  }
  const reading = paragraph.analysis.readingOf(best);
  const otherThing = namesAnotherThing(plan, reading) ? 1 : 0;
  const share = speakerShare(plan.speaker, reading);
  const speaker = share > 0 ? share * speakerRarity(index, plan.speaker, paragraph) : 0;
  // "What car did Putin give Kim" asks for no kind of answer, but for the car's kind all the same.
  if (plan.cue === AnswerKind.None && plan.identity === undefined)
    return { answerType: 0, named: 0, otherThing, speaker, recipient: 0, untold: 0 };
  const held = kindsBeyondQuestion(plan, reading);
  const answerType = answerTypeMatch(plan.cue, held | datedElsewhere(plan, paragraph, best, held));
  const recipient = plan.cue & held & AnswerKind.Recipient ? 1 : 0;
  // "What kind of car did Putin give Kim": "the make and model of which was not disclosed" of a car.
  const untold =
    plan.identity !== undefined && (held & AnswerKind.Undisclosed) !== 0 && tellsUntold(reading, plan.identity) ? 1 : 0;
  const focus = plan.focus;
  if (focus === undefined) return { answerType, named: 0, otherThing, speaker, recipient, untold };
  // "The name of Kim's sister": a sentence naming the sister answers it; one naming only others does not.
  const named = reading.namedNouns.some((noun) => stemWord(noun) === focus);
  return named
    ? { answerType: 1, named: 1, otherThing, speaker, recipient, untold }
    : { answerType: Math.min(answerType, 0.5), named: 0, otherThing, speaker, recipient, untold };
}

const FRAME_NOUNS: ReadonlySet<string> = new Set(KIND_FRAMES);

/**
 * Whether a sentence says of `noun`, or of a kind of it, that its kind was
 * not told: the noun is what a negated verb of telling takes as its object
 * ("did not describe the car"), or the sentence names it beside a noun that
 * frames a kind ("the car, the make and model of which was not disclosed").
 * Any other "not" does not say so: "gravity was not identified as a
 * universal force" answers no "what kind of force". A made thing may be
 * several links below the noun (car → motor vehicle → … → vehicle), as for
 * {@link namesAnotherThing}.
 */
function tellsUntold(reading: SentenceReading, noun: string): boolean {
  const depth = isArtifactNoun(noun) ? NAMED_KIND_DEPTH : undefined;
  const isNoun = (own: string) => own === noun || isKindOf(own, noun, depth);
  if (reading.untold.some(isNoun)) return true;
  return reading.nouns.some(isNoun) && reading.nouns.some((own) => FRAME_NOUNS.has(own));
}

/**
 * How much it says that a paragraph's speaker is the one asked about: little
 * in a report where that one speaks in nearly every paragraph (an article on
 * Luther, for "what did Luther think"), much where they are named in few
 * ("Kim Yo Jong" in two of Al Jazeera's eleven). One minus the share of the
 * report's paragraphs that hold the speaker's rarest word.
 */
function speakerRarity(index: SearchIndex, speaker: readonly string[], paragraph: IndexedParagraph): number {
  const size = paragraph.report.paragraphs.length;
  let rarest = 1;
  for (const stem of speaker) {
    const termId = index.termIds.get(stem);
    if (termId === undefined) continue;
    rarest = Math.min(rarest, countInReport(index.reportTerms, paragraph.reportNumber, termId) / Math.max(1, size));
  }
  return 1 - rarest;
}

/**
 * How much of the question's speaker (stems) a sentence has as the subject of
 * one of its verbs of telling, the best of its subjects. The subject's head,
 * its last word, must be one of the speaker's: "Kim's sister conveyed" is no
 * answer to what Kim said, nor "North Korean state media says" to what the
 * North Koreans said.
 */
function speakerShare(speaker: readonly string[], reading: SentenceReading): number {
  if (speaker.length === 0) return 0;
  let best = 0;
  for (const subject of reading.speakers) {
    if (!speaker.includes(subject.at(-1) ?? '')) continue;
    const found = speaker.filter((stem) => subject.includes(stem)).length;
    best = Math.max(best, found / speaker.length);
  }
  return best;
}

/**
 * How many hypernym links a question's thing may be below what a name names,
 * when it is a man-made thing: "Mercedes-Maybach S600 Guard vehicles" are
 * cars (car → motor vehicle → self-propelled vehicle → wheeled vehicle →
 * vehicle), as a maker's name says. Not so for places or ideas: "the Southern
 * California business district" is no other city than the one asked about.
 */
const NAMED_KIND_DEPTH = 4;

/**
 * Whether a sentence speaks of another thing than the one the question calls
 * "the …": it names a thing of that kind ("a Maybach limousine" is a car) and
 * never says the question's noun itself. "Who drove the car to Pyongyang"
 * is not answered by "Kim himself drove to the site in a Maybach limousine".
 */
function namesAnotherThing(plan: QueryPlan, reading: SentenceReading): boolean {
  const { nouns } = plan.things;
  if (nouns.length === 0 || reading.namedThings.length === 0) return false;
  return nouns.some(
    (noun) =>
      !reading.nouns.includes(noun) &&
      reading.namedThings.some(
        (thing) => isKindOf(thing, noun) || (isArtifactNoun(noun) && isKindOf(noun, thing, NAMED_KIND_DEPTH)),
      ),
  );
}

/**
 * The date unit asked for ("what year") when the best sentence holds a date
 * but not in that unit and another sentence of the paragraph names it; 0
 * otherwise. The sentence that matches the question best often introduces
 * the event, and the next one dates it ("The game was played on February 7,
 * 2016"). The other sentences are read only then: reading takes an NLP model.
 */
function datedElsewhere(plan: QueryPlan, paragraph: IndexedParagraph, best: number, held: number): number {
  const unit = plan.cue & DATE_UNITS;
  if (unit === 0 || (held & unit) !== 0 || (held & (AnswerKind.Time | AnswerKind.ReportedTime)) === 0) return 0;
  const { analysis } = paragraph;
  for (let s = 0; s < analysis.sentences.length; s++) {
    if (s !== best && (analysis.readingOf(s).kinds & unit) !== 0) return unit;
  }
  return 0;
}

/**
 * How well a sentence's kinds of answer fit what the question asks: 1 for
 * the most telling kind, a passive agent for "who" ("delivered … by a
 * Russian delegation"); half for another kind asked for (any name is a
 * person or an organization, and most sentences hold one), and half for a
 * bare name when a name is asked for: nearly every sentence names Kim.
 */
function answerTypeMatch(asked: number, held: number): number {
  const shared = asked & held & ~DATE_UNITS;
  if (shared === 0) return 0;
  // "What year" is answered best by a year: "last September" is a date, but not the one asked for.
  const unit = asked & DATE_UNITS;
  if (unit !== 0 && (held & unit) === 0 && (shared & ~(AnswerKind.Time | AnswerKind.ReportedTime)) === 0) return 0.5;
  if ((asked & AnswerKind.Agent) !== 0 && (shared & AnswerKind.Agent) === 0) return 0.5;
  if ((asked & AnswerKind.Recipient) !== 0 && (shared & AnswerKind.Recipient) === 0) return 0.5;
  if (shared === AnswerKind.Name) return 0.5;
  return 1;
}

/**
 * How many words from the question's own a place may stand and still be where
 * what the question asks about happened. Places farther off belong to another
 * part of a long sentence. 4 to 14 gave the same story answers; SQuAD fell the
 * least at 14 (−2 questions), and at 16 a held-out question was lost.
 */
export const PLACE_WINDOW = 14;

/** Whether one of the question's words the corpus has stands within {@link PLACE_WINDOW} words of a name. */
function nearQuestionWords(plan: QueryPlan, reading: SentenceReading, name: SentenceName): boolean {
  const end = name.start + name.words.length - 1;
  const from = Math.max(0, name.start - PLACE_WINDOW);
  const to = Math.min(reading.stems.length - 1, end + PLACE_WINDOW);
  for (let i = from; i <= to; i += 1) {
    if (i >= name.start && i <= end) continue;
    const stem = reading.stems[i];
    if (plan.terms.some((term) => term.termId >= 0 && term.stem === stem)) return true;
  }
  return false;
}

const NAME_KINDS: number = AnswerKind.Person | AnswerKind.Organization | AnswerKind.Place | AnswerKind.Name;

/**
 * The kinds a sentence holds, its names counting for who, where and which
 * organization only when they say more than the question: "which UN body
 * banned luxury goods" is answered by "U.N. Security Council resolutions",
 * not by "United Nations sanctions", which only repeats the question's "UN".
 * An identity question ("what type of treaty was the Lisbon Treaty") keeps
 * every name: its answer is often a description, and the name only says whose.
 * A recipient counts only when it too says more than the question.
 */
function kindsBeyondQuestion(plan: QueryPlan, reading: SentenceReading): number {
  if ((plan.cue & (AnswerKind.Person | AnswerKind.Organization | AnswerKind.Place)) === 0) return reading.kinds;
  // "Who received the car for Kim" is not answered by "gifted a car to Kim".
  const recipient = reading.recipients.some((phrase) => phrase.some((stem) => !plan.terms.some((t) => t.stem === stem)))
    ? AnswerKind.Recipient
    : AnswerKind.None;
  let fromNames = 0;
  for (const name of reading.names) {
    if (!name.words.some((word) => !plan.terms.some((term) => term.stem === stemWord(word)))) continue;
    // "Where did Putin and Kim meet": not "Ukraine" in "since Kim and Putin met in September and pledged
    // … as their isolation deepened over Russia's war in Ukraine".
    const place = (name.kinds & AnswerKind.Place) !== 0 && !nearQuestionWords(plan, reading, name);
    fromNames |= place ? name.kinds & ~AnswerKind.Place : name.kinds;
  }
  return (reading.kinds & ~NAME_KINDS & ~AnswerKind.Recipient) | fromNames | recipient;
}
