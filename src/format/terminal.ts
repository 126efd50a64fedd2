/**
 * How answers and corpus listings look in a terminal. Text from the corpus
 * may hold control characters; they are shown as visible stand-ins, never
 * written raw where the terminal would act on them.
 */
import type { Answer, Passage } from '../engine/types.js';
import type { SourceSummary } from '../service/sources.js';
import { neutraliseControls } from '../text/control-chars.js';
import { highlightRuns } from '../text/highlight-runs.js';
import { plural } from '../text/listing.js';
import type { Span } from '../text/sentences.js';

/** Terminal styling: ANSI codes when the output is a colour terminal, plain text otherwise. */
export interface Style {
  readonly highlight: (text: string) => string;
  readonly dim: (text: string) => string;
}

/** Plain text, for pipes and files. */
export const PLAIN: Style = { highlight: (text) => text, dim: (text) => text };
/** Bold yellow matches and dim details. */
export const ANSI: Style = {
  highlight: (text) => `\u001b[1;33m${text}\u001b[22;39m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

/** "Reuters, “Title” (Jack Kim, 2024-02-20), ¶3" and the link, as plain text. */
export function formatCitation(
  passage: Pick<Passage, 'source' | 'title' | 'author' | 'published' | 'url' | 'paragraph'>,
): string {
  const details = [passage.author, passage.published].filter((part) => part !== undefined);
  const byline = details.length > 0 ? ` (${details.join(', ')})` : '';
  const line = `${passage.source}, “${passage.title}”${byline}, ¶${passage.paragraph}`;
  return passage.url ? `${line} ${passage.url}` : line;
}

/**
 * An answer as readable text: each quote with its matched words highlighted,
 * its citation and who agrees; or what the reports don't say, and the
 * passages related to it.
 */
export function formatAnswer(answer: Answer, style: Style = PLAIN): string {
  if (answer.missing !== undefined) {
    const said = neutraliseControls(answer.missing);
    const refusal = `${said} Run "citebot sources" to see which reports are loaded.\n`;
    if (answer.related.length === 0) return refusal;
    return `${refusal}\nRelated passages, which do not answer it:\n\n${formatPassages(answer.related, style)}`;
  }
  return formatPassages(answer.hits, style);
}

function formatPassages(passages: readonly Passage[], style: Style): string {
  return passages
    .map((hit, i) => {
      const lines = [
        `${i + 1}. ${hit.id}  ${style.dim(neutraliseControls(formatCitation(hit)))}`,
        `   > ${highlight(hit.quote, hit.highlights, style)}`,
      ];
      if (hit.alsoReportedBy.length > 0) {
        const others = hit.alsoReportedBy.map((other) => `${other.id} (${other.source})`);
        lines.push(`   also reported by: ${neutraliseControls(others.join(', '))}`);
      }
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** The loaded reports, one per line, and the corpus version. */
export function formatSources(sources: readonly SourceSummary[], version: string): string {
  const lines = sources.map((s) => {
    const details = [s.author, s.published].filter((part) => part !== undefined);
    const byline = details.length > 0 ? ` (${details.join(', ')})` : '';
    const link = s.url ? ` ${s.url}` : '';
    return `${s.id}: ${s.source}, “${s.title}”${byline}, ${plural(s.paragraphCount, 'paragraph')}${link}`;
  });
  return `${neutraliseControls(lines.join('\n'))}\ncorpus version ${version}\n`;
}

function highlight(written: string, spans: readonly Span[], style: Style): string {
  // Same length as written, so the spans still point at the matched words.
  const quote = neutraliseControls(written);
  return highlightRuns(quote, spans)
    .map((run) => (run.matched ? style.highlight(run.text) : run.text))
    .join('');
}
