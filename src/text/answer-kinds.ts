/**
 * Answer types: what kind of answer a question asks for, and which kinds a
 * sentence holds. "Who delivered the car?" wants a person, an organization
 * or a passive agent ("… by a Russian delegation"); "when" wants a date. A
 * passage that holds the kind of answer asked for is the better quote.
 *
 * Sentences are read by wink-nlp with its English lite model: its tokenizer,
 * part-of-speech tagger and entity recognizer find dates, times, cardinals,
 * money and percentages at well under a millisecond per paragraph, where
 * compromise's full parse took ten to twenty times longer (docs/language.md).
 * The lite model tags names as proper nouns without telling people from
 * places, so a name is classified by compromise's lexicon of ~24,000 words
 * (first names, surnames, cities, countries, organizations, roles), read once
 * as plain data; colours come from WordNet (lexicon.ts).
 */
import type { ItemEntity } from 'wink-nlp';
import { colourSenseWords, colourWords, reportingVerbs, tellingVerbs } from './word-classes.js';
import { dateUnitsOf, isYear } from './date-units.js';
import { namedThingAt } from './definite.js';
import { AnswerKind } from './kinds.js';
import { nameAt, nameLexicon, type SentenceTokens as Tokens } from './name-kinds.js';
import { NOMINAL_TAGS, objectNoun, readWords, winkNlpInstance, type Words } from './nlp.js';
import { speakersIn } from './speakers.js';
import { giversIn, recipientsIn } from './transfer-verbs.js';
import { countsIn } from './counts.js';
import type { SentenceName, SentenceReading } from './sentence-reading.js';
import { stemWord } from './terms.js';

export { AnswerKind, answerKindNames } from './kinds.js';
export type { SentenceName, SentenceReading } from './sentence-reading.js';

/** Sentences longer than this are read only up to it: no sentence of a report is. */
const MAX_SENTENCE = 2_000;

// Entity types of the wink model and the kind each answers. DURATION
// ("two years") answers no "when"; it counts as a number only for an age.
const ENTITY_KINDS: Readonly<Record<string, number>> = {
  DATE: AnswerKind.Time,
  TIME: AnswerKind.Time,
  CARDINAL: AnswerKind.Number,
  MONEY: AnswerKind.Number,
  PERCENT: AnswerKind.Number,
};
const BE_OR_GET = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'s",
  'get',
  'got',
  'gets',
  'gotten',
]);

/** True when token `i` is "by" after a passive verb, followed by a noun phrase. */
function isPassiveAgent(tokens: Tokens, i: number): boolean {
  if (tokens.normal[i] !== 'by') return false;
  let passive = false;
  for (let j = 0; j + 1 < i && !passive; j += 1) {
    if (!BE_OR_GET.has(tokens.normal[j] ?? '')) continue;
    const next = tokens.pos[j + 1] === 'ADV' ? j + 2 : j + 1;
    passive = tokens.pos[next] === 'VERB';
  }
  if (!passive) return false;
  // "made by hand", "shipped by train": a bare singular noun is the manner,
  // not an agent; "by scientists", "by Russia" and "by the Russian side" are agents.
  const bare = tokens.normal[i + 1] ?? '';
  if (tokens.pos[i + 1] === 'NOUN' && !bare.endsWith('s')) return false;
  for (let k = i + 1; k < Math.min(tokens.pos.length, i + 5); k += 1) {
    const pos = tokens.pos[k] ?? '';
    if (NOMINAL_TAGS.has(pos)) return true;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PUNCT') return false;
  }
  return false;
}

const DATE_LEAD = new Set(['ADP', 'DET', 'ADV']);

/**
 * Whether the date at `from`…`to` dates a report rather than an event: "the
 * spy agency said in November that Russia assisted the launch" does not say
 * when the launch was. It does when the verb right before it is one of
 * reporting ("said in November", "reported on Tuesday"), or when it opens the
 * sentence and the first verb after it is ("On Tuesday, KCNA reported that…").
 */
function datesTelling(words: Words, from: number, to: number): boolean {
  const reporting = reportingVerbs();
  let before = from - 1;
  while (before >= 0 && DATE_LEAD.has(words.pos[before] ?? '')) before -= 1;
  if (before >= 0 && words.pos[before] === 'VERB') return reporting.has(words.lemma[before] ?? '');
  if (before >= 0) return false;
  for (let k = to + 1; k < words.pos.length; k += 1) {
    if (words.pos[k] === 'VERB') return reporting.has(words.lemma[k] ?? '');
  }
  return false;
}

function readTokens(sentence: string): { tokens: Tokens; entityKinds: number } {
  const { its } = winkNlpInstance();
  const { words, doc } = readWords(sentence);
  const inEntity = new Array<boolean>(words.normal.length).fill(false);
  let entityKinds = 0;
  doc.entities().each((entity: ItemEntity) => {
    const type = entity.out(its.type) as string;
    const [from, to] = entity.out(its.span) as unknown as [number, number];
    let kinds = ENTITY_KINDS[type] ?? 0;
    // "40 years old": a duration that gives an age.
    if (type === 'DURATION' && words.normal[to + 1] === 'old') kinds = AnswerKind.Number;
    // "Lexus LX 570", "Apollo 11": a number after a name is part of the name, not a count.
    if (type === 'CARDINAL' && words.pos[from - 1] === 'PROPN') kinds = AnswerKind.None;
    // "in 1130", "2013 Economics Nobel prize winner": the model takes many years for counts.
    if (kinds === AnswerKind.Number && from === to && isYear(words.normal[from] ?? '')) kinds |= AnswerKind.Time;
    if (!kinds) return;
    if (kinds === AnswerKind.Time && datesTelling(words, from, to)) kinds = AnswerKind.ReportedTime;
    if (kinds & (AnswerKind.Time | AnswerKind.ReportedTime)) kinds |= dateUnitsOf(words.normal.slice(from, to + 1));
    entityKinds |= kinds;
    for (let k = from; k <= to; k += 1) inEntity[k] = true;
  });
  return { tokens: { ...words, inEntity }, entityKinds };
}

/**
 * The connectives that give a cause or a purpose, a closed class of English
 * like the question words: "because", "due to", "in recognition of", "in
 * order to". "Since" and "as" are left out, as they mostly tell a time, and
 * so is "thanks to", which is as often the thanks someone conveyed.
 */
const REASON_CONNECTIVES: readonly (readonly string[])[] = [
  ['because'],
  ['due', 'to'],
  ['owing', 'to'],
  ['as', 'a', 'result'],
  ['in', 'order', 'to'],
  ['so', 'that'],
  ['in', 'recognition'],
  ['in', 'response'],
  ['in', 'return'],
  ['in', 'exchange'],
  ['in', 'retaliation'],
  ['in', 'protest'],
  ['as', 'a', 'sign'],
  ['as', 'a', 'token'],
  ['as', 'a', 'demonstration'],
  ['for', 'the', 'sake'],
  ['aimed', 'at'],
];

/** Whether a connective of cause or purpose starts at token `i`. */
function givesReason(normal: readonly string[], i: number): boolean {
  return REASON_CONNECTIVES.some((words) => words.every((word, k) => normal[i + k] === word));
}

const NO_READING: SentenceReading = {
  kinds: AnswerKind.None,
  namedNouns: [],
  names: [],
  colourSense: false,
  nouns: [],
  namedThings: [],
  speakers: [],
  recipients: [],
  counts: [],
  givers: [],
  untold: [],
  stems: [],
};
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'neither']);
/** A verb of telling this many tokens after a negation is negated: "has not yet been disclosed". */
const NEGATION_REACH = 3;

/**
 * Where the verb of telling or knowing that token `i` negates stands ("was
 * not disclosed"), or -1 when `i` negates none.
 */
function deniedTelling(tokens: Tokens, i: number): number {
  if (!NEGATIONS.has(tokens.normal[i] ?? '')) return -1;
  const telling = tellingVerbs();
  for (let k = i + 1; k <= Math.min(tokens.pos.length - 1, i + NEGATION_REACH); k += 1) {
    if (tokens.pos[k] === 'VERB') return telling.has(tokens.lemma[k] ?? '') ? k : -1;
  }
  return -1;
}

/** The noun a name at `start`…`end` stands in apposition to: "sister" in "his sister Kim Yo Jong" or "Kim Yo Jong, his sister". */
function appositiveNoun(tokens: Tokens, start: number, end: number): string | undefined {
  const before = tokens.value[start - 1] === ',' ? start - 2 : start - 1;
  if (tokens.pos[before] === 'NOUN') return tokens.normal[before];
  if (tokens.value[end] !== ',') return undefined;
  let after = end + 1;
  while (tokens.pos[after] === 'DET' || tokens.pos[after] === 'PRON' || tokens.pos[after] === 'ADJ') after += 1;
  return tokens.pos[after] === 'NOUN' && after > end + 1 ? tokens.normal[after] : undefined;
}

/**
 * What a sentence holds: the kinds of answer, e.g. "The Russian-made car was
 * delivered Sunday by a Russian delegation." holds Agent | Time, and the
 * nouns it names. Never throws; nothing for empty input.
 */
export function readSentence(sentence: string): SentenceReading {
  if (typeof sentence !== 'string' || !/[\p{L}\p{N}]/u.test(sentence)) return NO_READING;
  const { tokens, entityKinds } = readTokens(sentence.slice(0, MAX_SENTENCE));
  let kinds = entityKinds;
  const namedNouns: string[] = [];
  const names: SentenceName[] = [];
  const colours = colourWords();
  const colourSenses = colourSenseWords();
  let colourSense = false;
  const nouns: string[] = [];
  const namedThings: string[] = [];
  const untold: string[] = [];
  const roles = nameLexicon();
  for (let i = 0; i < tokens.pos.length; i += 1) {
    const pos = tokens.pos[i];
    const word = tokens.normal[i] ?? '';
    if (colourSenses.has(word)) colourSense = true;
    if (pos === 'PROPN' && !tokens.inEntity[i]) {
      const name = nameAt(tokens, i);
      kinds |= name.kinds | AnswerKind.Name;
      names.push({ words: tokens.normal.slice(i, name.end), kinds: name.kinds | AnswerKind.Name, start: i });
      // A title at the head of the name is named by it: "President Vladimir Putin".
      if (((roles.get(word) ?? 0) & AnswerKind.Agent) !== 0) namedNouns.push(word);
      const noun = appositiveNoun(tokens, i, name.end);
      if (noun !== undefined) namedNouns.push(noun);
      i = name.end - 1;
      continue;
    }
    if (pos === 'NOUN') {
      nouns.push(tokens.lemma[i] ?? word);
      const named = namedThingAt(tokens, i);
      if (named !== undefined) namedThings.push(named);
      if (((roles.get(word) ?? 0) & AnswerKind.Agent) !== 0) kinds |= AnswerKind.Agent;
    }
    if (isPassiveAgent(tokens, i)) kinds |= AnswerKind.Agent;
    const denied = deniedTelling(tokens, i);
    if (denied >= 0) {
      kinds |= AnswerKind.Undisclosed;
      const object = objectNoun(tokens, denied);
      if (object !== undefined) untold.push(object);
    }
    if (givesReason(tokens.normal, i)) kinds |= AnswerKind.Reason;
    // A colour word as an adjective, or right before a noun: "a black Rolls-Royce".
    const next = tokens.pos[i + 1] ?? '';
    if (colours.has(word) && (pos === 'ADJ' || next === 'NOUN' || next === 'PROPN')) kinds |= AnswerKind.Colour;
  }
  const recipients = recipientsIn(tokens).map((phrase) => phrase.map(stemWord));
  if (recipients.length > 0) kinds |= AnswerKind.Recipient;
  return {
    kinds,
    namedNouns,
    names,
    colourSense,
    nouns,
    namedThings,
    speakers: speakersIn(tokens).map((subject) => subject.map(stemWord)),
    recipients,
    counts: countsIn(tokens),
    givers: giversIn(tokens),
    untold,
    stems: tokens.normal.map(stemWord),
  };
}

/** The kinds of answer a sentence holds ({@link readSentence}'s `kinds`). */
export function sentenceAnswerKinds(sentence: string): number {
  return readSentence(sentence).kinds;
}

/**
 * Loads what {@link readSentence} needs (wink-nlp and its model,
 * compromise's lexicon, WordNet's colours and verbs of telling): about a second on the shared
 * machine, better spent at start-up than on a member's first question.
 */
export function warmUpAnswerKinds(): void {
  // The negation loads WordNet's verbs of telling too.
  readSentence('Kim met Putin in Moscow on Sunday; the make was not disclosed.');
}
