/**
 * Answering a question from an index: retrieve and re-rank, keep what is
 * relevant, quote it and find who else reports it.
 */
import { AnswerKind } from '../text/answer-kinds.js';
import { DATE_UNITS } from '../text/date-units.js';
import { questionWord } from '../text/question-words.js';
import { readWords } from '../text/nlp.js';
import { noAnswerSentence } from '../text/missing.js';
import { asksAboutAnyTelling } from '../text/question-kinds.js';
import { askedCount, countsAsked } from '../text/counts.js';
import { someSentenceReading } from './analysis.js';
import type { IndexedParagraph, SearchIndex } from './build.js';
import { planQuestion } from './plan.js';
import { selectQuote } from './quote.js';
import { givenOnlyTheOtherWay, namesNoGiver } from './givers.js';
import { asksForAThingNeverMentioned, focusNeverMentioned } from './unmentioned.js';
import type { QueryPlan } from './rank.js';
import { ANSWER_TYPE_POOL, MIN_COVERAGE, type RankedCandidate, rankCandidates } from './retrieve.js';
import type { Answer, Passage } from './types.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** Most passages to return, at least 1 (default {@link DEFAULT_TOP}). */
  readonly top?: number;
  /** Only passages from this source (publisher name, case-insensitive); a refusal then names it. */
  readonly source?: string;
}

/** Passages returned when the caller does not say. */
export const DEFAULT_TOP = 3;
/** Passages after the first are further reading, and need only this share. */
export const MIN_RELATED_COVERAGE = 0.2;
/** A question naming something the corpus never names is answered only when the best passage covers this share of it. */
export const UNKNOWN_NAME_MIN_COVERAGE = 0.6;
/** The kinds of answer whose absence from the best passages is a refusal. */
const GATED_CUES: number = AnswerKind.Colour | AnswerKind.Number | DATE_UNITS;

/**
 * Answers a question with the passages that answer it, best first. When the
 * reports do not answer it, `hits` is empty, `missing` says what they do not
 * say, and the closest passages are offered as `related`. Never throws on any input.
 */
export function answerQuestion(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const top = Math.max(1, Math.floor(options.top ?? DEFAULT_TOP) || 1);
  const plan = planQuestion(index, question);
  const ranked = rankCandidates(index, plan, options.source);
  const relevant = ranked.filter((candidate, i) => i === 0 || candidate.coverage >= MIN_RELATED_COVERAGE);
  const answered = relevant.length > 0 && answers(index, plan, ranked);
  const passages = (answered ? relevant : untoldFirst(index, plan, relevant))
    .slice(0, top)
    .map((candidate) => toPassage(index, plan, candidate));
  const [best, ...others] = passages;
  if (answered && best) return { question, hits: [best, ...others], related: [] };
  return { question, hits: [], related: passages, missing: noAnswerSentence(plan.question.cleaned, options.source) };
}

/**
 * The related passages of a refused question about a value of "the …"
 * ("what colour is the car Putin gave Kim"), those that say the reports were
 * not told about that thing first ("The report did not describe the car"):
 * they are the closest the reports come to an answer.
 */
function untoldFirst(index: SearchIndex, plan: QueryPlan, candidates: RankedCandidate[]): RankedCandidate[] {
  if ((plan.cue & (AnswerKind.Colour | AnswerKind.Number)) === 0 || plan.things.nouns.length === 0) return candidates;
  const tellsUntold = (candidate: RankedCandidate) =>
    someSentenceReading(index.entries[candidate.entryId]?.analysis, (reading) =>
      reading.untold.some((noun) => plan.things.nouns.includes(noun)),
    );
  const untold = candidates.filter(tellsUntold);
  return untold.length === 0
    ? candidates
    : [...untold, ...candidates.filter((candidate) => !untold.includes(candidate))];
}

/** Whether the best candidates answer the question, rather than only touch on it. */
function answers(index: SearchIndex, plan: QueryPlan, ranked: readonly RankedCandidate[]): boolean {
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return false;
  // "Did China comment": reports that never name China cannot say what it did,
  // unless the rest of the question matches so well that the name is only spelt another way.
  if (plan.question.unknownNames.length > 0 && best.coverage < UNKNOWN_NAME_MIN_COVERAGE) return false;
  // "Has Kim driven the new car yet" asks about the time after the reports, which they tell only
  // when they say what has or has not happened by then.
  if (
    asksSinceTheReports(plan.question.cleaned) &&
    !SINCE_THE_REPORT.test(index.entries[best.entryId]?.paragraph.text ?? '')
  )
    return false;
  if (datesOnlyTheTelling(index, plan, ranked)) return false;
  // The best candidates whose sentences the refusals below read: the first ANSWER_TYPE_POOL that
  // cover enough to be offered.
  const pool = ranked.slice(0, ANSWER_TYPE_POOL).filter((candidate) => candidate.coverage >= MIN_RELATED_COVERAGE);
  if (givenOnlyTheOtherWay(index, pool, plan.question.cleaned)) return false;
  if (namesNoGiver(index, plan, pool)) return false;
  if (askedOnlyOfAnotherThing(index, plan, ranked)) return false;
  if (focusNeverMentioned(index, plan)) return false;
  if (asksForAThingNeverMentioned(index, plan)) return false;
  // A colour or a number the reports never give means they don't say: "how many seats does the car
  // have", or "car price" when no report mentions a price (see planQuestion). Dates come in too
  // many forms: refusing for want of one refused answerable SQuAD questions.
  const gated = plan.cue & GATED_CUES;
  if (gated === 0) return true;
  // One of the best candidates must hold the kind asked for, in any sentence: the number is
  // often in the sentence after the one that matches the question best. The sentences already
  // read come first; the others are read only when none of those holds it.
  // "How many artillery shells": a number that counts them, not "the two countries" or "$1 million".
  const counted = askedCount(plan.question.cleaned);
  if (counted.length > 0)
    return pool.some((candidate) =>
      someSentenceReading(index.entries[candidate.entryId]?.analysis, (reading) =>
        reading.counts.some((count) => countsAsked(count, counted)),
      ),
    );
  return (
    pool.some((candidate) => candidate.answerType === 1) ||
    pool.some((candidate) => holdsKind(index.entries[candidate.entryId], gated))
  );
}

/** Candidates covering at least this share of what the best one covers are about the question's topic too. */
export const ON_TOPIC_SHARE = 0.5;

/**
 * Whether a when-question about an event finds only the date its report was told: "when did North
 * Korea launch its spy satellite" against "the spy agency said in November that Russia likely
 * assisted … the launch". No candidate on the topic dates the event itself.
 */
function datesOnlyTheTelling(index: SearchIndex, plan: QueryPlan, ranked: readonly RankedCandidate[]): boolean {
  if ((plan.cue & AnswerKind.Time) === 0 || (plan.cue & AnswerKind.ReportedTime) !== 0) return false;
  const best = ranked[0];
  if (!best || !holdsKind(index.entries[best.entryId], AnswerKind.ReportedTime)) return false;
  const floor = best.coverage * ON_TOPIC_SHARE;
  // Every candidate on the topic is read, not only the five best: the passage that dates the event
  // often tells it in other words, below those that repeat the question's ("Putin gave Kim a car").
  const dated = ranked.some(
    (candidate) => candidate.coverage >= floor && holdsKind(index.entries[candidate.entryId], AnswerKind.Time),
  );
  return !dated && !asksAboutAnyTelling(plan.question.cleaned);
}

/**
 * The share of a question's weight that, when only passages about another
 * thing hold it, makes a question about "the …" one the reports don't answer.
 */
export const ANOTHER_THING_SHARE = 0.3;

/**
 * Whether what a question asks about "the …" is said only of another thing
 * of that kind: "who drove the car to Pyongyang" finds "drove" only in "Kim
 * himself drove to the site in a Maybach limousine", ranked down for naming
 * another car, and the passages about the car itself never say "drove". The
 * words that say which thing is meant ("the car Putin gave Kim") do not count.
 */
function askedOnlyOfAnotherThing(index: SearchIndex, plan: QueryPlan, ranked: readonly RankedCandidate[]): boolean {
  const others = ranked.filter((candidate) => candidate.otherThing);
  // The best passage that speaks of the question's own thing, whether or not another ranks above it.
  const best = ranked.find((candidate) => !candidate.otherThing);
  const entry = best && index.entries[best.entryId];
  if (!best || !entry || others.length === 0) return false;
  // "The report did not describe the car or how it was shipped" answers how it was shipped.
  const reading = best.bestSentence >= 0 ? entry.analysis.readingOf(best.bestSentence) : undefined;
  if (reading && (reading.kinds & AnswerKind.Undisclosed) !== 0) return false;
  const inBest = slotsIn(plan, entry.analysis.termIds, 0, entry.analysis.termIds.length);
  const onlyElsewhere = new Set<number>();
  for (const other of others) {
    const analysis = index.entries[other.entryId]?.analysis;
    const sentence = analysis?.sentences[other.bestSentence];
    if (!analysis || !sentence) continue;
    for (const slot of slotsIn(plan, analysis.termIds, sentence.from, sentence.to)) {
      const stem = plan.terms[slot]?.stem ?? '';
      if (!inBest.has(slot) && !plan.things.description.has(stem)) onlyElsewhere.add(slot);
    }
  }
  let weight = 0;
  for (const slot of onlyElsewhere) weight += plan.terms[slot]?.weight ?? 0;
  return weight >= ANOTHER_THING_SHARE * plan.totalWeight;
}

/** The question's term slots that terms `from` to `to` of a paragraph hold. */
function slotsIn(plan: QueryPlan, termIds: Int32Array, from: number, to: number): Set<number> {
  const slots = new Set<number>();
  for (let t = from; t < to; t++) {
    const slot = plan.slotOf.get(termIds[t] ?? -1);
    if (slot !== undefined) slots.add(slot);
  }
  return slots;
}

// "yet" asks whether something has happened by now: "has Kim driven it yet", "does it have plates yet".
const YET = /\byet\b/iu;
// How a report says what has or has not happened by the time it was written.
const SINCE_THE_REPORT = /\b(?:yet|still|already|so far|to date|by now|as of)\b/iu;

/**
 * Whether a question asks yes or no about the time since the reports: "has
 * Kim driven the car yet", "has Kim driven it since it arrived" (a "since"
 * whose clause is about what the question already named: "it", "he").
 */
function asksSinceTheReports(cleaned: string): boolean {
  if (questionWord(cleaned)?.kind !== 'yes-no') return false;
  return YET.test(cleaned) || sinceItHappened(cleaned);
}

const SINCE = /\bsince\b/iu;
const SINCE_SUBJECTS = new Set(['it', 'he', 'she', 'they']);

/**
 * Whether "since" opens a clause whose subject is what the question already
 * named: "since it arrived", "since he got it". Not "since April", nor "since
 * the war started", which date something the reports may tell.
 */
function sinceItHappened(cleaned: string): boolean {
  // Most questions have no "since": they are not read by wink-nlp again.
  if (!SINCE.test(cleaned)) return false;
  const { normal, pos } = readWords(cleaned).words;
  const since = normal.indexOf('since');
  if (since < 0 || !SINCE_SUBJECTS.has(normal[since + 1] ?? '')) return false;
  const verb = since + 2;
  return pos[verb] === 'VERB' || (pos[verb] === 'AUX' && pos[verb + 1] === 'VERB');
}

/**
 * Whether any sentence of a paragraph holds one of `kinds`. For a colour, any
 * word with a colour sense will do: "the numbers were in gold" gives the
 * colour though gold is a metal first.
 */
function holdsKind(entry: IndexedParagraph | undefined, kinds: number): boolean {
  const colour = (kinds & AnswerKind.Colour) !== 0;
  return someSentenceReading(
    entry?.analysis,
    (reading) => (reading.kinds & kinds) !== 0 || (colour && reading.colourSense),
  );
}

function toPassage(index: SearchIndex, plan: QueryPlan, candidate: RankedCandidate): Passage {
  const entry = index.entries[candidate.entryId];
  if (!entry) throw new Error(`no entry ${candidate.entryId}`);
  const { paragraph, report, analysis } = entry;
  const span = selectQuote(plan, analysis);
  const terms: string[] = [];
  const highlights: { start: number; end: number }[] = [];
  for (let i = 0; i < analysis.termIds.length; i++) {
    if (!plan.slotOf.has(analysis.termIds[i] ?? -1)) continue;
    const start = analysis.starts[i] ?? 0;
    const end = analysis.ends[i] ?? 0;
    const word = paragraph.text.slice(start, end);
    if (!terms.includes(word)) terms.push(word);
    if (start >= span.start && end <= span.end) highlights.push({ start: start - span.start, end: end - span.start });
  }
  return {
    id: paragraph.id,
    source: report.source,
    title: report.title,
    author: report.author,
    published: report.published,
    url: report.url,
    paragraph: paragraph.number,
    text: paragraph.text,
    quote: paragraph.text.slice(span.start, span.end),
    quoteStart: span.start,
    terms,
    highlights,
    score: Math.round(candidate.score * 1000) / 1000,
    alsoReportedBy: [...index.agreement.of(candidate.entryId)].map((position) => {
      const other = index.entries[position];
      return { id: other?.paragraph.id ?? '', source: other?.report.source ?? '' };
    }),
  };
}
