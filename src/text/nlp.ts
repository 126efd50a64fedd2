/**
 * One lazily loaded copy of each NLP library the text modules use: compromise
 * and wink-nlp.
 *
 * compromise ships an ES module build spread over hundreds of files and a
 * single-file CommonJS build; the single file loads in about half the time
 * (≈0.2 s against ≈0.4 s measured on this project's machine), so it is loaded
 * through `createRequire`, once, on first use. Callers that never need the
 * library (most questions) never pay for it.
 */
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';
import type winkNlp from 'wink-nlp';
import type { ItsHelpers } from 'wink-nlp';

/** The compromise entry point: `nlp(text)` parses and tags a text. */
export type Nlp = typeof nlpFunction;

/** One term of a compromise document, as its `json({ offset: true })` gives it. */
export interface TaggedTerm {
  /** The term as typed, without surrounding punctuation. */
  readonly text: string;
  /** Its tags, e.g. `['Noun', 'Singular', 'Person', 'ProperNoun']`. */
  readonly tags: readonly string[];
  /** Offset of the term in the parsed text. */
  readonly start: number;
  /** Offset just past the term in the parsed text. */
  readonly end: number;
}

let loaded: Nlp | undefined;

/** The compromise function, loaded on first call. */
export function compromise(): Nlp {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    // The "require" condition of compromise's exports map is the one-file build.
    loaded = require('compromise') as Nlp;
  }
  return loaded;
}

interface JsonTerm {
  text?: unknown;
  tags?: unknown;
  offset?: { start?: unknown; length?: unknown };
}

/** Tags every term of `text`, with offsets into `text`. */
export function tagTerms(text: string): TaggedTerm[] {
  const sentences = compromise()(text).json({ offset: true }) as { terms?: JsonTerm[] }[];
  const terms: TaggedTerm[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms ?? []) {
      const start = typeof term.offset?.start === 'number' ? term.offset.start : -1;
      const length = typeof term.offset?.length === 'number' ? term.offset.length : 0;
      if (start < 0 || typeof term.text !== 'string') continue;
      const tags = Array.isArray(term.tags) ? term.tags.filter((t): t is string => typeof t === 'string') : [];
      terms.push({ text: term.text, tags, start, end: start + length });
    }
  }
  return terms;
}

type Wink = ReturnType<typeof winkNlp>;
let wink: { readonly nlp: Wink; readonly its: ItsHelpers } | undefined;

/**
 * wink-nlp with its English lite model and only the pipes the text modules
 * use (part of speech and entities; no sentiment, negation or sentence
 * splitting), loaded on first call.
 */
export function winkNlpInstance(): { readonly nlp: Wink; readonly its: ItsHelpers } {
  if (wink === undefined) {
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNlp;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNlp>[0];
    const nlp = create(model, ['pos', 'ner']);
    wink = { nlp, its: nlp.its };
  }
  return wink;
}

/**
 * Whether compromise's lexicon knows `word` (lower-case) as a demonym:
 * "Japanese", "European", "Russian". A demonym before a noun qualifies it
 * ("a Japanese car brand") rather than naming what a question is about.
 */
export function isDemonym(word: string): boolean {
  const lexicon = (compromise().world() as { model?: { one?: { lexicon?: Record<string, unknown> } } }).model?.one
    ?.lexicon;
  const tags = lexicon?.[word];
  return tags === 'Demonym' || (Array.isArray(tags) && tags.includes('Demonym'));
}

/**
 * Whether `word`, as it stands in `text`, comes right before a noun it
 * qualifies: "Japanese" in "which Japanese car brand", not in "what did the
 * Japanese say". Read by wink-nlp's tagger.
 */
export function qualifiesNoun(text: string, word: string): boolean {
  const { nlp, its } = winkNlpInstance();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const at = values.indexOf(word);
  return at >= 0 && (pos[at + 1] === 'NOUN' || pos[at + 1] === 'PROPN');
}
