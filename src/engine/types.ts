import type { Bibliography } from '../corpus/types.js';
import type { Span } from '../text/sentences.js';

/** One passage of an answer: a paragraph, where it comes from, and the words that answer. */
export interface Passage extends Bibliography {
  /** Paragraph id, such as `reuters#3`. */
  readonly id: string;
  /** 1-based paragraph number within its report. */
  readonly paragraph: number;
  /** The paragraph, verbatim. */
  readonly text: string;
  /** The sentence(s) that best answer the question: a verbatim substring of `text`. */
  readonly quote: string;
  /** Offset of `quote` in `text`. */
  readonly quoteStart: number;
  /** The paragraph's words that matched the question, as written, in order of appearance. */
  readonly terms: readonly string[];
  /** Where matched words stand in `quote`, for highlighting. */
  readonly highlights: readonly Span[];
  readonly score: number;
  /** The paragraphs of other reports that state the same fact, whatever was asked. */
  readonly alsoReportedBy: readonly Corroborator[];
}

/** A paragraph of another report that states the same fact as a passage. */
export interface Corroborator {
  /** Paragraph id, such as `blog#2`. */
  readonly id: string;
  /** Its report's publisher name. */
  readonly source: string;
}

/** The answer to a question: the passages that answer it, or what the reports don't say. */
export type Answer = Answered | NotAnswered;

/** The reports answer: at least one passage, best first. */
export interface Answered {
  readonly question: string;
  /** The passages that answer, best first. */
  readonly hits: readonly [Passage, ...Passage[]];
  readonly related: readonly [];
  readonly missing?: undefined;
}

/** The reports don't say: what they don't, and the closest passages. */
export interface NotAnswered {
  readonly question: string;
  readonly hits: readonly [];
  /** The closest passages, which touch on the question but do not answer it. */
  readonly related: readonly Passage[];
  /** What the reports don't say, as a sentence ("The reports don't say who …"). */
  readonly missing: string;
}
