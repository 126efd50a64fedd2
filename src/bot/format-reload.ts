/** How `/reload` reports what changed, or why nothing did. */
import { bold, codeBlock, inlineCode } from 'discord.js';
import type { Corpus } from '../corpus/types.js';
import { type CorpusProblem, formatProblem } from '../errors.js';
import { type CorpusDiff, isEmptyDiff, type SourceRef } from '../service/corpus-diff.js';
import { fitLines, listIds, plural } from '../text/listing.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitUserText } from './markdown.js';

/** Room for each list of ids, so all six lists fit in one message. */
const LIST_ROOM = 250;

function size(corpus: Corpus): string {
  return `${plural(corpus.reports.length, 'report')}, ${plural(corpus.paragraphs.length, 'paragraph')}`;
}

function sourceList(refs: readonly SourceRef[]): string {
  return listIds(
    refs.map((ref) => `${fitUserText(ref.source, 60)} (${ref.id})`),
    LIST_ROOM,
  );
}

/** The reply to a successful reload: old and new version, and each kind of change. */
export function reloadSuccessMessage(corpus: Corpus, diff: CorpusDiff): string {
  if (isEmptyDiff(diff)) {
    return `Reloaded the corpus: nothing changed (version ${inlineCode(diff.toVersion)}, ${size(corpus)}).`;
  }
  const ids = (list: readonly string[]) => `(${list.length}): ${listIds(list, LIST_ROOM)}`;
  return [
    `Reloaded the corpus: version ${inlineCode(diff.fromVersion)} → ${inlineCode(diff.toVersion)} (${size(corpus)}).`,
    `${bold('Sources added:')} ${sourceList(diff.sourcesAdded)}`,
    `${bold('Sources removed:')} ${sourceList(diff.sourcesRemoved)}`,
    `${bold('Sources changed:')} ${sourceList(diff.sourcesChanged)}`,
    `${bold('Paragraphs added')} ${ids(diff.paragraphsAdded)}`,
    `${bold('Paragraphs removed')} ${ids(diff.paragraphsRemoved)}`,
    `${bold('Paragraphs changed')} ${ids(diff.paragraphsChanged)}`,
  ].join('\n');
}

/** The reply to a refused reload: every problem as `file:line: message`, and which version still serves. */
export function reloadFailureMessage(current: Corpus, problems: readonly CorpusProblem[]): string {
  const count = plural(problems.length, 'problem');
  const header =
    `The corpus was not reloaded: it has ${count}. ` +
    `Still serving version ${inlineCode(current.version)} (${size(current)}). Fix the files and run /reload again.\n`;
  return problemsBlock(header, problems);
}

/**
 * `header`, then every problem as `file:line: message` in a code block,
 * which shows file names and messages exactly, whatever characters they
 * hold, cut to fit one Discord message.
 */
export function problemsBlock(header: string, problems: readonly CorpusProblem[]): string {
  const lines = problems.map((problem) => formatProblem(problem).replaceAll('```', '`\u200b``'));
  const room = DISCORD_LIMITS.content - header.length - codeBlock('').length;
  return `${header}${codeBlock(fitLines(lines, room, 'problems'))}`;
}
