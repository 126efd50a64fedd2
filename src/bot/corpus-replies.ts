/** What `/corpus` replies: the change and the reload's diff, every problem, or the unanswered questions. */
import type { CorpusProblem } from '../errors.js';
import type { ChangeOutcome } from '../service/corpus-admin.js';
import type { UnansweredQuestion } from '../service/unanswered.js';
import { fitLines, plural } from '../text/listing.js';
import { problemsBlock, reloadSuccessMessage } from './format-reload.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitUserText } from './markdown.js';

/** The private reply to a change, whatever its outcome. */
export function changeMessage(outcome: ChangeOutcome): string {
  switch (outcome.status) {
    case 'done': {
      const { reportId, contentHash, historyFile, reload } = outcome;
      const kept = historyFile === undefined ? '' : ` The old file is kept in the history as \`${historyFile}\`.`;
      const head =
        outcome.action === 'removed'
          ? `Removed report \`${reportId}\` (content \`${contentHash}\`).${kept}`
          : `${outcome.action === 'added' ? 'Added' : 'Replaced'} report \`${reportId}\` as \`${reportId}.md\` (content \`${contentHash}\`).${kept}`;
      return `${head}\n${reloadSuccessMessage(reload.current, reload.diff)}`;
    }
    case 'invalid':
      return problemsMessage(
        'The report was not added',
        outcome.problems,
        'Nothing was written. Fix the file and add it again.',
      );
    case 'undone':
      return problemsMessage(
        `The change to \`${outcome.reportId}\` was undone`,
        outcome.problems,
        'The corpus folder has problems of its own: fix them and try again. The bot keeps serving the corpus it had.',
      );
    case 'refused':
      return outcome.message;
  }
}

/** A header, then every problem as `file:line: message` in a code block, which shows any name exactly. */
function problemsMessage(what: string, problems: readonly CorpusProblem[], after: string): string {
  return problemsBlock(`${what}: ${plural(problems.length, 'problem')}. ${after}\n`, problems);
}

/** The unanswered questions of the last `days`, one line each: the wording, the count, when last asked. */
export function unansweredMessage(questions: readonly UnansweredQuestion[], days: number): string {
  const period = days === 1 ? 'the last day' : `the last ${days} days`;
  if (questions.length === 0) return `No question went unanswered in ${period}.`;
  const header = `**Questions the reports could not answer, ${period}** (most asked first):\n`;
  const lines = questions.map((entry, i) => {
    const times = entry.count === 1 ? 'once' : `${entry.count} times`;
    const when = Math.floor(entry.lastAskedAt.getTime() / 1000);
    return `${i + 1}. ${fitUserText(entry.question, 200)}: ${times}, last <t:${when}:R>`;
  });
  return header + fitLines(lines, DISCORD_LIMITS.content - header.length, 'questions');
}
