/**
 * Which kind of name a run of proper nouns is: a person, a place or an
 * organization. wink-nlp's lite model tags names only as proper nouns, so a
 * run is looked up in compromise's lexicon of about 24,000 words (first
 * names, surnames, cities, countries, organizations, roles), read once as
 * plain data.
 */
import { AnswerKind } from './kinds.js';
import { compromiseLexicon, type Words } from './nlp.js';

// compromise's lexicon tags, grouped into the kinds they signal.
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Address']);
const ORGANIZATION_TAGS = new Set(['Organization', 'Company', 'School', 'SportsTeam']);
let names: Map<string, number> | undefined;

/** compromise's lexicon as word → {@link AnswerKind} flags, for the words that name people, places, organizations or roles. */
export function nameLexicon(): Map<string, number> {
  if (names === undefined) {
    names = new Map();
    for (const [word, raw] of Object.entries(compromiseLexicon())) {
      const tags = Array.isArray(raw) ? raw : [raw];
      let kinds = 0;
      if (tags.some((t) => PERSON_TAGS.has(t))) kinds |= AnswerKind.Person;
      if (tags.some((t) => PLACE_TAGS.has(t))) kinds |= AnswerKind.Place;
      if (tags.some((t) => ORGANIZATION_TAGS.has(t))) kinds |= AnswerKind.Organization;
      if (tags.includes('Actor')) kinds |= AnswerKind.Agent;
      if (kinds) names.set(word, kinds);
    }
  }
  return names;
}

const MAX_NAME_WORDS = 3;
// Prepositions of place: "in Vostochny", "to the Kremlin".
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'inside',
  'across',
  'toward',
  'towards',
]);

/** The words of a sentence as wink reads them, and which of them stand inside an entity. */
export interface SentenceTokens extends Words {
  /** Tokens inside a date, time or number entity: "Sunday" is no person. */
  readonly inEntity: readonly boolean[];
}

/** True when tokens `at`, `at + 1` and `at + 2` spell a hyphenated name: "Rolls-Royce". */
function hyphenJoins(tokens: SentenceTokens, at: number): boolean {
  return (
    tokens.value[at + 1] === '-' &&
    tokens.spaces[at + 1] === '' &&
    tokens.spaces[at + 2] === '' &&
    tokens.pos[at + 2] === 'PROPN'
  );
}

/** Kinds of the proper-noun run starting at `i`, and where it ends. */
export function nameAt(tokens: SentenceTokens, i: number): { kinds: number; end: number } {
  const lexicon = nameLexicon();
  let end = i;
  // Parts of a hyphenated name ("Rolls-Royce", "Mercedes-Benz") are no
  // surnames of their own: they are skipped in the lexicon look-up.
  const compound = new Set<number>();
  while (end < tokens.pos.length && tokens.pos[end] === 'PROPN' && !tokens.inEntity[end]) {
    if (hyphenJoins(tokens, end)) {
      compound.add(end).add(end + 2);
      end += 2;
    } else end += 1;
  }
  let kinds = 0;
  // Longest lexicon entry first: "north korea" is a place, "north" alone is not.
  for (let start = i; start < end; start += 1) {
    if (compound.has(start) || tokens.value[start] === '-') continue;
    for (let length = Math.min(MAX_NAME_WORDS, end - start); length >= 1; length -= 1) {
      const found = lexicon.get(tokens.normal.slice(start, start + length).join(' '));
      if (found !== undefined) {
        kinds |= found & (AnswerKind.Person | AnswerKind.Place | AnswerKind.Organization);
        break;
      }
    }
  }
  if (kinds) return { kinds, end };
  const first = tokens.value[i] ?? '';
  const role = lexicon.get(tokens.normal[i] ?? '') ?? 0;
  // A role capitalised as a title or at the start: "Officials in Seoul…".
  if (end - i === 1 && (role & AnswerKind.Agent) !== 0) return { kinds: AnswerKind.Agent, end };
  // A name after a role is a person: "the architect Frank Gehry".
  if (((lexicon.get(tokens.normal[i - 1] ?? '') ?? 0) & AnswerKind.Agent) !== 0)
    return { kinds: AnswerKind.Person, end };
  // An unknown acronym ("KCNA") is most often an organization.
  if (end - i === 1 && /^[A-Z]{2,6}$/.test(first.replace(/\./g, ''))) return { kinds: AnswerKind.Organization, end };
  // An unknown name after a preposition of place is a place: "in Vostochny".
  const before = tokens.normal[i - 1] === 'the' ? i - 2 : i - 1;
  if (LOCATIVE.has(tokens.normal[before] ?? '')) return { kinds: AnswerKind.Place, end };
  return { kinds: 0, end };
}
