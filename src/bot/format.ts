/**
 * How answers, citations and corpus listings look in Discord. Everything
 * that came from a report or a user is escaped; lengths are budgeted here so
 * the limits in the reply helper are a safety net rather than the layout.
 */
import { type APIEmbed, bold, hideLinkEmbed, hyperlink, inlineCode, TimestampStyles, time } from 'discord.js';
import type { Bibliography, Corpus } from '../corpus/types.js';
import type { Passage } from '../engine/types.js';
import { listSources } from '../service/sources.js';
import { highlightRuns } from '../text/highlight-runs.js';
import { fitLines, plural } from '../text/listing.js';
import { truncate } from '../text/truncate.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitRendered, fitUserText, quoteLines, userText } from './markdown.js';

/** Embed colour of answers, so they stand out from chat. */
export const ANSWER_COLOUR = 0x2b6cb0;
/** Most characters of a quote's text shown in one answer embed, before escaping and highlighting. */
export const QUOTE_BUDGET = 1000;

/**
 * What each part of a passage's embed may hold, rendered. Together they make
 * 2000, so the embeds of a full answer (the engine's DEFAULT_TOP, 3 passages) stay
 * within Discord's 6000 for a message: one budget, set here.
 */
export const PASSAGE_EMBED_BUDGET = Object.freeze({
  title: 200,
  description: 1300,
  alsoReportedBy: 334,
  footer: 150,
});
/** Most characters of an echoed question (a message for "Find sources" may be thousands). */
export const ECHO_BUDGET = 300;

/** The bibliographic details a citation needs. */
export interface CitedWork extends Bibliography {
  /** Paragraph number within the report. */
  readonly paragraph: number;
}

/** "— Source, *Title* (author, date), ¶n" and the link on its own line, without a preview card. */
export function citationLine(work: CitedWork): string {
  const details = [work.author, work.published].filter((part) => part !== undefined).map((part) => userText(part));
  const byline = details.length > 0 ? ` (${details.join(', ')})` : '';
  const line = `— ${fitUserText(work.source, 100)}, *${fitUserText(work.title, 200)}*${byline}, ¶${work.paragraph}`;
  return work.url ? `${line}\n${hideLinkEmbed(work.url)}` : line;
}

/**
 * A passage formatted to be quoted in a discussion: the text as a block quote,
 * then the citation. Text too long for one message is shortened with an
 * ellipsis; the citation is always complete. `footer` is an extra last line.
 */
export function citationMessage(work: CitedWork, text: string, footer?: string): string {
  const tail = `\n${citationLine(work)}${footer ? `\n${footer}` : ''}`;
  const quoteRoom = DISCORD_LIMITS.content - tail.length - '> '.length;
  return `${quoteLines(fitUserText(text, quoteRoom))}${tail}`;
}

/** The quote with the matched words in bold, shortened to `budget` characters of text. */
export function highlightedQuote(passage: Pick<Passage, 'quote' | 'highlights'>, budget = QUOTE_BUDGET): string {
  const { quote } = passage;
  const shortened = truncate(quote, budget);
  const kept = shortened === quote ? quote.length : shortened.replace(/ ?…$/u, '').length;
  const markdown = highlightRuns(quote, passage.highlights, kept)
    .map((run) => (run.matched ? bold(userText(run.text)) : userText(run.text)))
    .join('');
  return `${markdown}${shortened.slice(kept)}`;
}

const ALSO_REPORTED_BY = 'Also reported by';

/** One embed per passage: source and title (linked), the highlighted quote, the paragraph id and date, and who else reports it. */
export function passageEmbeds(hits: readonly Passage[]): APIEmbed[] {
  return hits.map((hit) => {
    const others = hit.alsoReportedBy.map((other) => `${userText(other.source)} (${other.id})`);
    const footer = [hit.id, hit.author && `by ${hit.author}`, hit.published].filter(Boolean).join(' · ');
    const budget = PASSAGE_EMBED_BUDGET;
    return {
      color: ANSWER_COLOUR,
      title: fitUserText(`${hit.source}: ${hit.title}`, budget.title),
      url: hit.url,
      description: fitRendered(
        (room) => quoteLines(highlightedQuote(hit, Math.min(QUOTE_BUDGET, room))),
        budget.description,
      ),
      fields:
        others.length > 0
          ? [
              {
                name: ALSO_REPORTED_BY,
                value: truncate(others.join(', '), budget.alsoReportedBy - ALSO_REPORTED_BY.length),
              },
            ]
          : undefined,
      footer: { text: truncate(footer, budget.footer) },
    };
  });
}

/** What was asked, shortened and escaped, to head an answer. */
export function echoQuestion(label: string, question: string): string {
  const oneLine = question.replace(/\s+/gu, ' ').trim();
  return `${bold(label)} ${fitUserText(oneLine, ECHO_BUDGET)}`;
}

/** The `/sources` listing: one line per report, the corpus version and when it was loaded. */
export function sourcesEmbed(corpus: Corpus): APIEmbed {
  const loaded = corpus.loadedAt;
  const header =
    `Corpus version ${inlineCode(corpus.version)}, ` +
    `loaded ${time(loaded, TimestampStyles.ShortDateTime)} (${time(loaded, TimestampStyles.RelativeTime)}).\n`;
  const lines = listSources(corpus).map((report) => {
    const details = [report.author, report.published].filter((part) => part !== undefined).map((p) => userText(p));
    const count = plural(report.paragraphCount, 'paragraph');
    const parts = [`${bold(fitUserText(report.source, 100))}: *${fitUserText(report.title, 200)}*`];
    if (details.length > 0) parts.push(details.join(', '));
    const first = inlineCode(`${report.id}#1`);
    const ids = report.paragraphCount === 1 ? first : `${first}–${inlineCode(`#${report.paragraphCount}`)}`;
    parts.push(`${count} (${ids})`);
    if (report.url) parts.push(hyperlink('link', report.url.replaceAll(')', '%29')));
    return `• ${parts.join(' · ')}`;
  });
  return {
    color: ANSWER_COLOUR,
    title: `${plural(lines.length, 'report')} loaded`,
    description: header + fitLines(lines, DISCORD_LIMITS.embedDescription - header.length, 'reports'),
  };
}
