/**
 * Turning the inverted clause of a question back into a statement, for the
 * refusal's indirect question (missing.ts): "was the car made" → "the car was
 * made", "did Kim drive it" → "Kim drove it", "can Kim drive" → "Kim can
 * drive". Each function returns undefined when the subject is unclear, and
 * the refusal then quotes the question as typed.
 */
import { conjugate, isPlainVerb, type TaggedTerm } from './nlp.js';

/** The auxiliaries that take a plain verb and leave no trace in a statement but its tense. */
export const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
/** The modal auxiliaries, which stay before the plain verb. */
export const MODALS: ReadonlySet<string> = new Set('can could will would should shall may might must'.split(' '));
const PERSONAL_SUBJECT = /^(?:it|he|she|they|we)$/i;
const RELATIVE_PRONOUN = /^(?:that|thats|which|who|whom|whose)\b/i;
// A subject longer than this is a clause we would rather quote than rearrange.
const MAX_SUBJECT_WORDS = 8;

/** The question from an offset on, with its words' tags (see tagWords). */
export interface Rest {
  readonly text: string;
  /** Terms of the rest, tagged in the context of the whole question; offsets into `text`. */
  readonly terms: readonly TaggedTerm[];
}

/** The question from `from` on, its terms' offsets made relative to it. */
export function restAt(text: string, terms: readonly TaggedTerm[], from: number): Rest {
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
    if (sawNoun && tags.has('Determiner')) break;
    // "Putin planning a trip": after a bare name, an -ing word taking an object is the verb.
    if (sawNoun && isVerbAfterName(terms, i)) break;
    // An adjective after a noun ends the subject ("is the car black"), unless a noun follows it:
    // then the first noun was a modifier ("the January diplomatic meeting", "kims new car").
    if (sawNoun && tags.has('Adjective') && !nounAfterAdjectives(terms, i)) break;
    // A personal pronoun is a whole subject: "was it Reuters or Al Jazeera".
    if (i === 0 && PERSONAL_SUBJECT.test(term.text)) return 1;
    if (tags.has('Noun') || tags.has('Pronoun')) {
      sawNoun = true;
      length = i + 1;
    }
  }
  return sawNoun ? length : 0;
}

/** Whether `terms[at]` is an -ing verb after a bare name, with an object after it: "Putin planning a trip". */
function isVerbAfterName(terms: readonly TaggedTerm[], at: number): boolean {
  const word = terms[at];
  const next = terms[at + 1];
  if (!word || !/ing$/i.test(word.text) || !next) return false;
  const bareName = terms.slice(0, at).every((term) => term.tags.includes('ProperNoun'));
  return bareName && (next.tags.includes('Determiner') || next.tags.includes('Pronoun'));
}

/**
 * Whether the adjectives from `from` on are followed by a noun, after a noun
 * that can modify one: "January diplomatic meeting", "kims new car", but not
 * "the car black" or "there previous cases".
 */
function nounAfterAdjectives(terms: readonly TaggedTerm[], from: number): boolean {
  const before = terms[from - 1];
  if (!before || before.tags.includes('Pronoun') || /^there$/i.test(before.text)) return false;
  let i = from;
  while (terms[i]?.tags.includes('Adjective')) i += 1;
  const next = terms[i]?.tags;
  return next !== undefined && next.includes('Noun') && !next.includes('Pronoun');
}

/** "the car made" + "was" → "the car was made"; undefined without a clear subject. */
function uninvert(rest: Rest, aux: string): string | undefined {
  const length = subjectLength(rest.terms);
  const last = rest.terms[length - 1];
  if (!last) return undefined;
  const subject = rest.text.slice(0, last.end).trim();
  // As typed after the subject, its space or its comma: "sister, the one who thanked Putin".
  const tail = rest.text.slice(last.end);
  const predicate = tail.trim();
  if (!predicate) return `${subject} ${aux}`;
  // Where the subject ends is unclear when it runs on into a relative clause that a participle
  // of the main clause closes ("the committee that's supposed to police the sanctions called"),
  // or into a phrase followed by a verb ("the meeting in Moscow meant to prepare"): quoted.
  const predicateTerms = rest.terms.slice(length);
  const participleLast = predicateTerms[predicateTerms.length - 1]?.tags.includes('PastTense') ?? false;
  if (RELATIVE_PRONOUN.test(predicate) && participleLast) return undefined;
  const verbLater = predicateTerms.some((term) => term.tags.includes('Verb'));
  if (predicateTerms[0]?.tags.includes('Preposition') && verbLater) return undefined;
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
  if (person && nounBefore && verbAfter) {
    // "worth" stays after the auxiliary: "how much the car Putin gave Kim is worth".
    const worth = /\s+worth\b/i.exec(rest.text);
    return worth ? `${rest.text.slice(0, worth.index)} ${aux}${rest.text.slice(worth.index)}` : `${rest.text} ${aux}`;
  }
  // In small letters a name reads as a noun, so "the car kim got" is "the car" with a relative
  // clause or "the car kim" in the passive: no clear subject, and the question is quoted whole.
  if (nounBefore && verbAfter && last.tags.includes('Noun') && !capitalised(last)) return undefined;
  return `${subject} ${aux}${tail.trimEnd()}`;
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

/** Puts a fronted auxiliary back after the subject; undefined when the subject is unclear. */
export function restore(rest: Rest, aux: string): string | undefined {
  if (DO_FORMS.has(aux)) return dropDoSupport(rest, aux);
  if (MODALS.has(aux)) return placeModal(rest, aux);
  return uninvert(rest, aux);
}
