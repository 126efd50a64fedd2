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
import { questionWord } from './chatter.js';
import { conjugate, isPlainVerb, type TaggedTerm, tagWords } from './nlp.js';

const AUX =
  /^(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:\s+|$)(.*)$/i;
const DO_FORMS = new Set(['do', 'does', 'did']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
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
const PERSONAL_SUBJECT = /^(?:it|he|she|they|we)$/i;
// Prepositions that may stand before a question word: "in what year".
const PIED_PIPED = /^(?:in|on|at|from|to|by|for|with|of|since|until|during)$/i;
// Parts of the wh-phrase that come between the wh-word and the auxiliary:
// "how many cars does", "what kind of car is" (at most this many words).
const WH_PHRASE_WORDS = 4;
// A subject longer than this is a clause we would rather quote than rearrange.
const MAX_SUBJECT_WORDS = 8;
const TRAILING_MARKS = /[\s?!.…]+$/;
// Longer than a Discord line, or holding several questions, quotes or
// brackets: moving words around would garble it, so it is quoted instead.
const MAX_REPHRASED = 200;
const UNSAFE = /[?!"“”()[\]{}]/;

/** The question from an offset on, with its words' tags (see tagWords). */
interface Rest {
  readonly text: string;
  /** Terms of the rest, tagged in the context of the whole question; offsets into `text`. */
  readonly terms: readonly TaggedTerm[];
}

function restAt(text: string, terms: readonly TaggedTerm[], from: number): Rest {
  const tail = text.slice(from);
  const base = from + tail.length - tail.trimStart().length;
  return {
    text: text.slice(base).trim(),
    terms: terms.filter((t) => t.start >= base).map((t) => ({ ...t, start: t.start - base, end: t.end - base })),
  };
}

/** How many terms the subject noun phrase at the start of `terms` spans; 0 if there is none. */
function subjectLength(terms: readonly TaggedTerm[]): number {
  let sawNoun = false;
  let length = 0;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (!term) break;
    const tags = new Set(term.tags);
    const word = term.text.toLowerCase();
    // "the price of the car" and "Kim and Putin" are one noun phrase.
    if ((word === 'of' || word === 'and') && sawNoun) {
      sawNoun = false;
      continue;
    }
    // "worth" is tagged a noun, but "the car worth" is subject + predicate.
    if (word === 'worth' && sawNoun) break;
    if (tags.has('Verb') || tags.has('Adverb') || tags.has('Conjunction') || tags.has('QuestionWord')) break;
    if (tags.has('Preposition')) break;
    if (sawNoun && (tags.has('Determiner') || tags.has('Adjective'))) break;
    // A personal pronoun is a whole subject: "was it Reuters or Al Jazeera".
    if (i === 0 && PERSONAL_SUBJECT.test(term.text)) return 1;
    if (tags.has('Noun') || tags.has('Pronoun')) {
      sawNoun = true;
      length = i + 1;
    }
  }
  return sawNoun ? length : 0;
}

/** "the car made" + "was" → "the car was made"; undefined without a clear subject. */
function uninvert(rest: Rest, aux: string): string | undefined {
  const length = subjectLength(rest.terms);
  const last = rest.terms[length - 1];
  if (!last) return undefined;
  const subject = rest.text.slice(0, last.end).trim();
  const predicate = rest.text.slice(last.end).trim();
  if (!predicate) return `${subject} ${aux}`;
  // "the car Putin gave": a noun, then a name or pronoun closing the subject and a verb, is a
  // noun with its relative clause; the auxiliary goes last. The name starts after a lower-case
  // noun: "the Russian car Kim received", but not "the FSO Car Factory founded".
  const capitalised = (t: TaggedTerm | undefined): boolean => /^\p{Lu}/u.test(t?.text ?? '');
  let personAt = length - 1;
  if (!last.tags.includes('Pronoun')) while (personAt > 0 && capitalised(rest.terms[personAt - 1])) personAt -= 1;
  const before = rest.terms[personAt - 1];
  const person =
    last.tags.includes('Pronoun') || (capitalised(rest.terms[personAt]) && last.tags.includes('ProperNoun'));
  const nounBefore = before !== undefined && before.tags.includes('Noun') && !capitalised(before);
  const verbAfter = rest.terms[length]?.tags.includes('PastTense') ?? false;
  if (person && nounBefore && verbAfter) return `${rest.text} ${aux}`;
  // In small letters a name reads as a noun, so "the car kim got" is "the car" with a relative
  // clause or "the car kim" in the passive: no clear subject, and the question is quoted whole.
  if (nounBefore && verbAfter && last.tags.includes('Noun') && !capitalised(last)) return undefined;
  return `${subject} ${aux} ${predicate}`;
}

const verbForms = new Map<string, { past: string; present: string } | null>();

/**
 * The past and third-person present of a plain verb, or null if `word` is no
 * verb. Asked in the frame "they …" (see {@link isPlainVerb}), because a word
 * alone is tagged by its likeliest use ("drive" alone reads as a noun).
 */
function baseVerbForms(word: string): { past: string; present: string } | null {
  const key = word.toLowerCase();
  let forms = verbForms.get(key);
  if (forms === undefined) {
    const conjugated = isPlainVerb(key) ? conjugate(key) : {};
    const past = conjugated['PastTense'];
    const present = conjugated['PresentTense'];
    forms = typeof past === 'string' && typeof present === 'string' ? { past, present } : null;
    if (verbForms.size > 10_000) verbForms.clear();
    verbForms.set(key, forms);
  }
  return forms;
}

/**
 * After a fronted "did" or modal comes subject + plain verb ("did Kim drive
 * …"): the index of that verb's term, or -1. The subject the tags give is
 * tried first; when it swallowed the verb ("Kim drive" read as a name), the
 * first plain verb after a noun is taken.
 */
function plainVerbIndex(rest: Rest): number {
  const guess = subjectLength(rest.terms);
  const couldBeVerb = (t: TaggedTerm | undefined): boolean =>
    t !== undefined && !t.tags.includes('Determiner') && baseVerbForms(t.text) !== null;
  if (guess > 0 && couldBeVerb(rest.terms[guess]) && rest.terms[guess]?.tags.includes('Verb')) return guess;
  // Every word that could be the verb after a noun; the one tagged a verb in
  // context wins ("Kim's October letter to Putin say": not "letter").
  const candidates: number[] = [];
  for (let k = 1; k < Math.min(rest.terms.length, MAX_SUBJECT_WORDS + 1); k += 1) {
    const subject = rest.terms.slice(0, k);
    if (!subject.some((t) => t.tags.includes('Noun') || t.tags.includes('Pronoun'))) continue;
    // "use to describe": a verb after "to" is no main verb; nor is a name ("Kim Jong Un").
    if (rest.terms[k - 1]?.text.toLowerCase() === 'to' || rest.terms[k]?.tags.includes('ProperNoun')) continue;
    if (couldBeVerb(rest.terms[k])) candidates.push(k);
  }
  // "did San Francisco last host": of two plain verbs side by side, a second tagged a verb is the verb.
  const verbs = candidates.filter((k) => !(candidates.includes(k + 1) && rest.terms[k + 1]?.tags.includes('Verb')));
  return verbs.find((k) => rest.terms[k]?.tags.includes('Verb')) ?? verbs[0] ?? -1;
}

/** "Kim drive the car" after "did" → "Kim drove the car"; undefined if no plain verb follows a subject. */
function dropDoSupport(rest: Rest, aux: string): string | undefined {
  const verb = rest.terms[plainVerbIndex(rest)];
  if (!verb) return undefined;
  if (aux === 'do') return rest.text;
  const forms = baseVerbForms(verb.text);
  const form = aux === 'did' ? forms?.past : forms?.present;
  if (!form || form.includes(' ')) return undefined;
  return `${rest.text.slice(0, verb.start)}${form}${rest.text.slice(verb.end)}`;
}

/** "Kim drive" after "can" → "Kim can drive". */
function placeModal(rest: Rest, aux: string): string | undefined {
  const verb = rest.terms[plainVerbIndex(rest)];
  if (!verb) return undefined;
  return `${rest.text.slice(0, verb.start).trim()} ${aux} ${rest.text.slice(verb.start)}`;
}

/** Puts a fronted auxiliary back after the subject. */
function restore(rest: Rest, aux: string): string | undefined {
  if (DO_FORMS.has(aux)) return dropDoSupport(rest, aux);
  if (MODALS.has(aux)) return placeModal(rest, aux);
  return uninvert(rest, aux);
}

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
  const wh = text.slice(found.start, found.end).toLowerCase();
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
