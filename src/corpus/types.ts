/** What a citation names: who published a report, its title, byline, date and link. */
export interface Bibliography {
  /** Publisher name shown to users. */
  readonly source: string;
  readonly title: string;
  readonly author?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly published?: string;
  readonly url?: string;
}

/** One report, as written in a corpus file. */
export interface Report extends Bibliography {
  /** Stable id, used in paragraph ids (`reuters#3`). */
  readonly id: string;
  readonly credits?: string;
  /** File name relative to the corpus directory. */
  readonly file: string;
  /** Line of the `id` key in the file, for diagnostics. */
  readonly idLine: number;
  readonly paragraphs: readonly Paragraph[];
}

/** One paragraph of a report: the unit that is searched, quoted and cited. */
export interface Paragraph {
  /** `<report id>#<number>`, what users see and type. */
  readonly id: string;
  readonly reportId: string;
  /** 1-based position in the report body. */
  readonly number: number;
  /** The paragraph exactly as written (lines of one paragraph joined by a space). */
  readonly text: string;
  /** Line in the file where the paragraph starts, for diagnostics. */
  readonly line: number;
}

/** A loaded, validated corpus. Immutable: a reload builds a new one. */
export interface Corpus {
  readonly reports: readonly Report[];
  readonly paragraphs: readonly Paragraph[];
  /** Short content hash: equal corpora have equal versions. */
  readonly version: string;
  readonly loadedAt: Date;
}
