/**
 * Refusals about who gave what to whom. "What did Kim give Putin in return"
 * and "which Russian official handed the car over" share every word with
 * passages that tell of Putin's gift; what they ask (a gift the other way, a
 * giver's name) is in none of them.
 */
import { phrasalVerbKey } from '../text/lexicon.js';
import { AnswerKind } from '../text/kinds.js';
import type { SentenceReading } from '../text/sentence-reading.js';
import { stemWord } from '../text/terms.js';
import { askedGivingVerb, returnGiver } from '../text/transfer-verbs.js';
import { someSentenceReading } from './analysis.js';
import type { SearchIndex } from './build.js';
import type { QueryPlan } from './rank.js';
import type { RankedCandidate } from './retrieve.js';

/** Whether a sentence of any of `pool`'s passages passes `test`. */
function anySentence(
  index: SearchIndex,
  pool: readonly RankedCandidate[],
  test: (reading: SentenceReading) => boolean,
): boolean {
  return pool.some((candidate) => someSentenceReading(index.entries[candidate.entryId]?.analysis, test));
}

/**
 * Whether a question asks what someone gave back ("what did Kim give Putin in
 * return") and no sentence of the best passages (`pool`) has that one hand
 * anything over: the reports tell of a gift the other way ("gifted a car by
 * Russian President Vladimir Putin"). A giver is the same one when its last
 * word is: "Kim" is neither "Kim Yo Jong" nor "Kim Jong Un", "Putin" is
 * "Vladimir Putin".
 */
export function givenOnlyTheOtherWay(index: SearchIndex, pool: readonly RankedCandidate[], cleaned: string): boolean {
  const giver = returnGiver(cleaned);
  if (giver === undefined) return false;
  const head = giver[giver.length - 1];
  return !anySentence(index, pool, (reading) => reading.givers.some(({ words }) => words[words.length - 1] === head));
}

const WHO_KINDS: number = AnswerKind.Person | AnswerKind.Organization | AnswerKind.Agent;

/**
 * Whether a which-question about a person asks who handed a made thing over
 * ("which Russian official handed the car to Kim Yo Jong") and no sentence of
 * the best passages (`pool`) names one who did, by the same verb or one
 * WordNet relates to it: the reports say the car was delivered "by a Russian
 * delegation" and "by the Russian side", which name nobody.
 */
export function namesNoGiver(index: SearchIndex, plan: QueryPlan, pool: readonly RankedCandidate[]): boolean {
  if ((plan.cue & WHO_KINDS) !== AnswerKind.Person) return false;
  const asked = askedGivingVerb(plan.question.cleaned);
  if (asked === undefined) return false;
  // "handed over" stands for the corpus's "delivered" through the paraphrase table, as in the query.
  const verbs = new Set([stemWord(asked.lemma)]);
  const phrasal = asked.particle === undefined ? undefined : phrasalVerbKey(asked.lemma, asked.particle);
  for (const key of [stemWord(asked.lemma), phrasal])
    for (const related of (key === undefined ? undefined : index.related.get(key)) ?? []) verbs.add(related.key);
  return !anySentence(index, pool, (reading) =>
    reading.givers.some(
      ({ words, verb }) =>
        verbs.has(verb) && reading.names.some((name) => name.words.includes(words[words.length - 1] ?? '')),
    ),
  );
}
