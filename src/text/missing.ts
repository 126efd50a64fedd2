/**
 * An honest refusal that names what is missing.
 *
 * When the reports hold nothing that answers a question, "The reports don't
 * say who drove the car to Pyongyang." tells the member the bot understood
 * and looked, where a bare "no answer" does not. The question becomes an
 * indirect question: the question word stays in front and the inverted
 * auxiliary goes back after the subject ("where was the car made" → "where
 * the car was made"; "did Kim drive it" → "whether Kim drove it"). Verb forms
 * come from compromise's conjugation, so irregular verbs come out right; the
 * words are tagged by wink-nlp.
 * When the question can't be rephrased with confidence, it is quoted as typed.
 */
import { questionWord } from './question-words.js';
import { DO_FORMS, MODALS, type Rest, restAt, restore } from './declarative.js';
import { type TaggedTerm, tagWords } from './nlp.js';

const AUX =
  /^(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:\s+|$)(.*)$/i;
// The bot or the member as a participant ("what do you think", "did I miss")
// can't be turned into a statement about the reports.
const PERSONAL = /\b(?:you|your|yours|yourself|u|ur|i|me|my|mine|we|our)\b/i;
// Lower case only: "US" is the country.
const PERSONAL_US = /\bus\b/;
// "didn't", "didnt", "not"; never the "nt" that ends "shipment".
const NEGATED =
  /\b(?:do|does|did|is|are|was|were|has|have|had|ca|can|could|would|should|wo|must|need)n[’']?t\b|\bnot\b|\bcannot\b/i;
const SECOND_QUESTION =
  /[,;]\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|who|what|when|where|which|why|how)\b/i;
// Prepositions that may stand before a question word: "in what year".
const PIED_PIPED = /^(?:in|on|at|from|to|by|for|with|of|since|until|during)$/i;
// Parts of the wh-phrase that come between the wh-word and the auxiliary:
// "how many cars does", "what kind of car is" (at most this many words).
const WH_PHRASE_WORDS = 4;
const TRAILING_MARKS = /[\s?!.…]+$/;
// Longer than a Discord line, or holding several questions, quotes or
// brackets: moving words around would garble it, so it is quoted instead.
const MAX_REPHRASED = 200;
const UNSAFE = /[?!"“”()[\]{}]/;

/** Lower-cases a capital that only marks the start of the question ("The car…"), not a name. */
function lowerStart(text: string, terms: readonly TaggedTerm[]): string {
  const first = terms[0];
  if (!first || first.start !== 0 || first.tags.includes('ProperNoun') || first.tags.includes('Acronym')) return text;
  if (first.text.length > 1 && first.text === first.text.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function rephraseWh(whPhrase: string, rest: Rest): string | undefined {
  const aux = AUX.exec(rest.text);
  if (!aux) {
    // A wh-phrase with its noun ("which car did…", "how many cars does…"):
    // the words up to the auxiliary join the wh-phrase, unless one is a verb.
    let auxiliaryFollows = false;
    for (let n = 1; n <= Math.min(WH_PHRASE_WORDS, rest.terms.length - 1); n += 1) {
      const next = rest.terms[n];
      if (!next || !AUX.test(rest.text.slice(next.start))) continue;
      auxiliaryFollows = true;
      if (rest.terms.slice(0, n).some((t) => t.tags.includes('Verb'))) break;
      const head = rest.text.slice(0, next.start).trim();
      return rephraseWh(`${whPhrase} ${head}`, restAt(rest.text, rest.terms, next.start));
    }
    // A subject question ("who drove the car", "which delegations left") is
    // already indirect. With an auxiliary close behind, it is one only if a
    // finite verb follows the wh-word: "what make and model is the car" is not.
    const first = rest.terms[0];
    const finite = first?.tags.includes('Verb') && !first.tags.includes('Infinitive');
    if (auxiliaryFollows && !finite) return undefined;
    return rest.text ? `${whPhrase} ${rest.text}` : undefined;
  }
  const verb = (aux[1] ?? '').toLowerCase();
  const after = restAt(rest.text, rest.terms, (aux[1] ?? '').length);
  if (!after.text) return undefined;
  // "who was driving", "what was delivered": the wh-word is the subject.
  const first = after.terms[0];
  if (!DO_FORMS.has(verb) && !MODALS.has(verb) && first?.tags.includes('Verb') && !first.tags.includes('Infinitive')) {
    return `${whPhrase} ${verb} ${after.text}`;
  }
  const statement = restore(after, verb);
  return statement ? `${whPhrase} ${statement}` : undefined;
}

function rephraseYesNo(rest: Rest): string | undefined {
  if (/^whether\b/i.test(rest.text)) return `whether${rest.text.slice('whether'.length)}`;
  const aux = AUX.exec(rest.text);
  if (!aux) return undefined;
  const verb = (aux[1] ?? '').toLowerCase();
  const after = restAt(rest.text, rest.terms, (aux[1] ?? '').length);
  if (!after.text) return undefined;
  const statement = restore(after, verb);
  return statement ? `whether ${statement}` : undefined;
}

/**
 * The indirect question that completes "The reports don't say …", e.g.
 * `"who drove the car to Pyongyang?"` → `"who drove the car to Pyongyang"`,
 * `"did Kim drive the new car himself?"` → `"whether Kim drove the new car
 * himself"`. Returns undefined when the question can't be rephrased well
 * (the caller then quotes it). Names keep the case they were typed in.
 */
export function describeMissing(cleanedQuestion: string): string | undefined {
  if (typeof cleanedQuestion !== 'string') return undefined;
  // "what's the name" reads "what is the name"; a 's after a question word is almost always "is".
  const text = cleanedQuestion
    .replace(/\s+/g, ' ')
    .replace(TRAILING_MARKS, '')
    .replace(/\b(who|what|where|when|how|why)['’]s\b/gi, '$1 is')
    .trim();
  if (!text || text.length > MAX_REPHRASED || UNSAFE.test(text)) return undefined;
  if (PERSONAL.test(text) || PERSONAL_US.test(text) || NEGATED.test(text)) return undefined;
  const found = questionWord(text);
  if (!found) return undefined;
  // Two questions in one ("who is the spokesman, did he say anything"): quoted rather than half rephrased.
  if (SECOND_QUESTION.test(text.slice(found.end))) return undefined;
  // Tag the whole question once: "drive" after "can Kim" is a verb, alone a noun.
  const all: Rest = { text, terms: tagWords(text) };
  if (found.kind === 'yes-no') return rephraseYesNo(all);
  const before = text.slice(0, found.start).trim();
  // "Which UN body": only the question word is lower-cased.
  const wh = lowerFirstWord(text.slice(found.start, found.end));
  const after = restAt(text, all.terms, found.end);
  if (!before) return rephraseWh(wh, after);
  // "In what colour was the Aurus": the preposition belongs to the wh-phrase.
  if (PIED_PIPED.test(before)) return rephraseWh(`${before.toLowerCase()} ${wh}`, after);
  // "the car was delivered when": an echo question; the wh-word goes first.
  if (!after.text && !/[,;:]/.test(before)) return `${wh} ${lowerStart(before, all.terms)}`;
  // "nice car, who paid for it": the question is the last clause.
  if (/[,;:]$/.test(before)) return rephraseWh(wh, after);
  return undefined;
}

/**
 * The whole refusal sentence: `The reports don't say who drove the car to
 * Pyongyang.`, or, when the question can't be rephrased, the question quoted:
 * `The reports don't say: "did you see it?".` When the question was asked of
 * one source, `source` names it: `The reports don't say who drove the car to
 * Pyongyang (in Reuters).` Never throws.
 */
export function noAnswerSentence(cleanedQuestion: string, source?: string): string {
  const where = source === undefined ? '' : ` (in ${source})`;
  const clause = describeMissing(cleanedQuestion);
  if (clause) return `The reports don't say ${clause}${where}.`;
  const typed = typeof cleanedQuestion === 'string' ? cleanedQuestion.replace(/\s+/g, ' ').trim() : '';
  if (!typed) return `The reports don't say${where}.`;
  // Long pastes are cut at a word so the refusal stays one readable line.
  const short = typed.length > 200 ? `${typed.slice(0, 200).replace(/\s+\S*$/, '')}…` : typed;
  return `The reports don't say${where}: "${short.replace(/"/g, "'")}".`;
}

function lowerFirstWord(phrase: string): string {
  return phrase.replace(/^\S+/u, (word) => word.toLowerCase());
}
