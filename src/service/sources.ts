/**
 * The loaded reports as users refer to them: by publisher name (the
 * `source`) or by report id.
 */
import type { Bibliography, Corpus, Report } from '../corpus/types.js';
import { UserError } from '../errors.js';
import { truncate } from '../text/truncate.js';
import { type Choice, type ChoiceLimits, foldForSearch } from './choices.js';

/** One report as listed by `/sources`. */
export interface SourceSummary extends Bibliography {
  readonly id: string;
  readonly paragraphCount: number;
}

/** The reports of a corpus, in corpus order. */
export function listSources(corpus: Corpus): SourceSummary[] {
  return corpus.reports.map((report: Report) => ({
    id: report.id,
    source: report.source,
    title: report.title,
    author: report.author,
    published: report.published,
    url: report.url,
    paragraphCount: report.paragraphs.length,
  }));
}

/** Publisher names, each once (a publisher may have several reports), in corpus order. */
function publishers(corpus: Corpus): { source: string; reports: Report[] }[] {
  const byName = new Map<string, { source: string; reports: Report[] }>();
  for (const report of corpus.reports) {
    const key = report.source.toLowerCase();
    const entry = byName.get(key) ?? { source: report.source, reports: [] };
    entry.reports.push(report);
    byName.set(key, entry);
  }
  return [...byName.values()];
}

/**
 * Suggestions for a source option: publishers whose name, report ids or
 * titles contain what was typed. The value is the publisher name, or a report
 * id when the name is too long to be a value (both are accepted back).
 */
export function suggestSources(corpus: Corpus, typed: string, limits: ChoiceLimits): Choice[] {
  const query = foldForSearch(typed.trim());
  return publishers(corpus)
    .filter(({ source, reports }) =>
      [source, ...reports.flatMap((report) => [report.id, report.title])].some((text) =>
        foldForSearch(text).includes(query),
      ),
    )
    .slice(0, limits.maxChoices)
    .map(({ source, reports }) => {
      const count = reports.length === 1 ? '' : ` (${reports.length} reports)`;
      const value = source.length <= limits.maxValueLength ? source : (reports[0]?.id ?? '');
      return { name: truncate(`${source}${count}`, limits.maxNameLength), value };
    });
}

/**
 * The publisher name for what a user gave as a source: a publisher name or a
 * report id (as `citebot sources` and `/sources` list them), in any case. The
 * CLI's `--source` and the bot's `source` option both go through here, so they
 * accept the same names. Throws a {@link UserError} that lists the sources
 * otherwise, an empty name included.
 */
export function resolveSource(corpus: Corpus, typed: string): string {
  const wanted = typed.trim().toLowerCase();
  const report = corpus.reports.find(
    (candidate) => candidate.source.toLowerCase() === wanted || candidate.id === wanted,
  );
  if (report && wanted !== '') return report.source;
  const named = publishers(corpus).map(({ source, reports }) => `${source} (${reports.map((r) => r.id).join(', ')})`);
  const what = wanted === '' ? 'No source was named.' : `No loaded source is called "${truncate(typed.trim(), 80)}".`;
  throw new UserError(`${what} The sources are: ${truncate(named.join(', '), 1000)}.`);
}
