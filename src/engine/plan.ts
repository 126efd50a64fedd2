/**
 * Planning a question: its weighted terms (query.ts) and what it asks for,
 * the kind of answer, the "the …" it speaks of and whose words it wants,
 * gathered once for ranking (rank.ts).
 */
import { AnswerKind } from '../text/answer-kinds.js';
import { cleanQuestion } from '../text/chatter.js';
import { isColourNoun } from '../text/question-words.js';
import { definiteThings } from '../text/definite.js';
import {
  classifiedNoun,
  identityNoun,
  questionAnswerKind,
  questionTopic,
  transferredNoun,
} from '../text/question-kinds.js';
import { askedThing, questionFocus, questionProperty } from '../text/asked-nouns.js';
import { readWords } from '../text/nlp.js';
import { questionSpeaker } from '../text/speakers.js';
import { stemWord } from '../text/terms.js';
import { isGivingVerb, recipientVerb } from '../text/transfer-verbs.js';
import { normalizeWord, splitWords } from '../text/words.js';
import type { SearchIndex } from './build.js';
import { type ParsedQuestion, parseQuestion, type QueryTerm } from './query.js';
import { planQuery, type QueryPlan } from './rank.js';
import { correctTypo } from './typos.js';

/** Everything ranking needs to know about a question, after its chatter is dropped. */
export function planQuestion(index: SearchIndex, question: string): QueryPlan {
  const cleaned = cleanQuestion(question);
  // Both read the cleaned question with wink-nlp, which keeps its last reading: read them together.
  const focus = questionFocus(cleaned);
  const thing = askedThing(cleaned);
  let parsed: ParsedQuestion = { ...parseQuestion(index, questionTopic(cleaned)), cleaned };
  // Read with its misspelt words corrected: wink-nlp finds no verb in "who recieved the car".
  const readable = withCorrections(cleaned, parsed.corrections);
  const cue = questionAnswerKind(readable) | unmentionedPropertyKind(parsed);
  const isName = (termId: number) => index.names.has(termId);
  const things = definiteThings(cleaned);
  const speaker = speakerStems(index, parsed);
  if ((cue & AnswerKind.Recipient) !== 0) parsed = withGivingVerbs(index, parsed, readable);
  else if ((cue & AnswerKind.Agent) !== 0) parsed = withGivingLemmaRelatives(index, parsed, readable);
  const identity =
    identityNoun(cleaned, (word) => isName(index.termIds.get(stemWord(normalizeWord(word))) ?? -1)) ??
    transferredNoun(readable) ??
    classifiedNoun(readable);
  return {
    ...planQuery(parsed, cue, focus === undefined ? undefined : stemWord(focus), isName, things, speaker),
    identity,
    focusWord: focus,
    thing,
  };
}

/**
 * The corpus stems of the one whose words a cleaned question asks about
 * (text/speakers.ts), a misspelt word corrected as the question's terms are:
 * "kim yo jung" is Kim Yo Jong. A word the corpus lacks is left out.
 */
function speakerStems(index: SearchIndex, parsed: ParsedQuestion): string[] {
  return questionSpeaker(parsed.cleaned).flatMap((word) => {
    const stem = stemWord(word);
    if (index.termIds.has(stem)) return [stem];
    // The question's terms have mostly corrected the word already.
    const corrected = parsed.corrections.get(word) ?? correctTypo(index, word);
    return corrected === undefined ? [] : [index.stems[corrected.termId] ?? ''];
  });
}

/**
 * The kind of value a question asks for when it names a property the corpus
 * never mentions: "car colour" wants a colour, "car price" or "how fast can
 * it go" a number. Reports can give a value without naming its property
 * ("painted red", "delayed two hours"), so the answer then rests on whether a
 * passage holds such a value, as for "what colour" and "how many". 0 when the
 * question names no property, or one the corpus mentions.
 */
function unmentionedPropertyKind(parsed: ParsedQuestion): number {
  // Only a word no paragraph has can be such a property, and finding the property takes an NLP
  // reading of the question: most questions have no such word and skip it.
  const unknown = parsed.terms.filter((term) => term.termId < 0).map((term) => term.stem);
  if (unknown.length === 0) return AnswerKind.None;
  const property = questionProperty(parsed.cleaned);
  if (property === undefined || !unknown.includes(stemWord(normalizeWord(property)))) return AnswerKind.None;
  return isColourNoun(property) ? AnswerKind.Colour : AnswerKind.Number;
}

/**
 * A question asking who got something for someone ("who received the car for
 * Kim") with its getting verb standing for the corpus's verbs of giving too:
 * the answer is the one a report says it was delivered or handed to.
 */
function withGivingVerbs(index: SearchIndex, parsed: ParsedQuestion, readable: string): ParsedQuestion {
  const verb = recipientVerb(readWords(readable).words);
  if (verb === undefined || index.givingVerbs.length === 0) return parsed;
  const stem = stemWord(verb);
  return withAliases(parsed, (term) =>
    term.stem === stem ? index.givingVerbs.filter((id) => id !== term.termId) : undefined,
  );
}

/** `parsed` with the terms that `aliasesOf` gives term ids for also counting those terms, in their slot. */
function withAliases(
  parsed: ParsedQuestion,
  aliasesOf: (term: QueryTerm) => readonly number[] | undefined,
): ParsedQuestion {
  return {
    ...parsed,
    terms: parsed.terms.map((term) => {
      const ids = aliasesOf(term);
      return ids ? { ...term, aliases: [...(term.aliases ?? []), ...ids] } : term;
    }),
  };
}

/**
 * A question asking who gave something, its giving verb an irregular form the
 * corpus has ("who gave Kim the car"), with the verb standing for its lemma's
 * WordNet relatives in the corpus too: "give" is "gifted". The reports say
 * "gave" only of Trump's limousine, so the word alone found that passage and
 * the question was refused as asked only of another car.
 */
function withGivingLemmaRelatives(index: SearchIndex, parsed: ParsedQuestion, readable: string): ParsedQuestion {
  const { words } = readWords(readable);
  const relatives = new Map<string, number[]>();
  words.normal.forEach((word, i) => {
    if (words.pos[i] !== 'VERB' || !isGivingVerb(words.lemma[i] ?? '')) return;
    const lemmaStem = stemWord(words.lemma[i] ?? word);
    const own = stemWord(word);
    if (lemmaStem === own) return;
    const ids = (index.related.get(lemmaStem) ?? []).flatMap(({ key }) => index.termIds.get(key) ?? []);
    if (ids.length > 0) relatives.set(own, ids);
  });
  if (relatives.size === 0) return parsed;
  return withAliases(parsed, (term) => (term.termId >= 0 ? relatives.get(term.stem) : undefined));
}

/**
 * A cleaned question with each misspelt word replaced by the corpus word it
 * was corrected to, its words split as parseQuestion split them.
 */
function withCorrections(cleaned: string, corrections: ParsedQuestion['corrections']): string {
  if (corrections.size === 0) return cleaned;
  let text = '';
  let copied = 0;
  for (const { norm, start, end } of splitWords(cleaned)) {
    const correction = corrections.get(norm);
    if (correction === undefined) continue;
    text += cleaned.slice(copied, start) + correction.word;
    copied = end;
  }
  return text + cleaned.slice(copied);
}
