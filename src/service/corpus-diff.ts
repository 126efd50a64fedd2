/**
 * What a reload changed, in the terms moderators and readers use: sources
 * (reports) and paragraph ids. Paragraphs are compared by id, because the id
 * is what people cite: if `reuters#4` now says something else, that is news
 * to anyone who quoted it, even when the text merely moved.
 */
import type { Corpus, Report } from '../corpus/types.js';

/** A report named the way users see it. */
export interface SourceRef {
  readonly id: string;
  readonly source: string;
}

/** The difference between two corpora. Every list is in corpus order. */
export interface CorpusDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly sourcesAdded: readonly SourceRef[];
  readonly sourcesRemoved: readonly SourceRef[];
  /** Reports present in both whose front matter (source, title, author, date, link, credits) changed. */
  readonly sourcesChanged: readonly SourceRef[];
  readonly paragraphsAdded: readonly string[];
  readonly paragraphsRemoved: readonly string[];
  /** Paragraph ids present in both whose text changed. */
  readonly paragraphsChanged: readonly string[];
}

/** Compares two corpora. */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
  const oldReports = new Map(before.reports.map((report) => [report.id, report]));
  const newReports = new Map(after.reports.map((report) => [report.id, report]));
  const oldText = new Map(before.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  const newIds = new Set(after.paragraphs.map((paragraph) => paragraph.id));
  return {
    fromVersion: before.version,
    toVersion: after.version,
    sourcesAdded: after.reports.filter((report) => !oldReports.has(report.id)).map(toRef),
    sourcesRemoved: before.reports.filter((report) => !newReports.has(report.id)).map(toRef),
    sourcesChanged: after.reports
      .filter((report) => {
        const old = oldReports.get(report.id);
        return old !== undefined && !sameFrontMatter(old, report);
      })
      .map(toRef),
    paragraphsAdded: after.paragraphs.filter((p) => !oldText.has(p.id)).map((p) => p.id),
    paragraphsRemoved: before.paragraphs.filter((p) => !newIds.has(p.id)).map((p) => p.id),
    paragraphsChanged: after.paragraphs
      .filter((p) => oldText.has(p.id) && oldText.get(p.id) !== p.text)
      .map((p) => p.id),
  };
}

/** True when the diff lists no change at all. */
export function isEmptyDiff(diff: CorpusDiff): boolean {
  return (
    diff.sourcesAdded.length +
      diff.sourcesRemoved.length +
      diff.sourcesChanged.length +
      diff.paragraphsAdded.length +
      diff.paragraphsRemoved.length +
      diff.paragraphsChanged.length ===
    0
  );
}

function toRef(report: Report): SourceRef {
  return { id: report.id, source: report.source };
}

const FRONT_MATTER_FIELDS = ['source', 'title', 'author', 'published', 'url', 'credits'] as const;

function sameFrontMatter(a: Report, b: Report): boolean {
  return FRONT_MATTER_FIELDS.every((field) => a[field] === b[field]);
}
