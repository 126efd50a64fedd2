/**
 * Whatever a moderator puts in a report, paragraphs as long as the corpus
 * allows with Markdown and mentions inside, it is quoted within Discord's
 * limits, shown as written, and cut (when it must be) between words with an
 * ellipsis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askMessage } from '../../src/bot/answers.js';
import { citationMessage, QUOTE_BUDGET } from '../../src/bot/format.js';
import { fitMessage } from '../../src/bot/reply.js';
import { parseReport } from '../../src/corpus/parse.js';
import type { Corpus, Report } from '../../src/corpus/types.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex } from '../../src/engine/build.js';
import { reportFile } from '../support/corpus.js';
import { activeMarkdown, expectWholeOrCleanlyCut, expectWithinDiscordLimits } from './discord-message.js';
import { anyParagraph } from './hostile-text.js';

/** A one-report corpus whose only paragraph is `text`, read the way the loader reads files. */
function corpusOf(text: string): { corpus: Corpus; report: Report } {
  const file = reportFile({ id: 'notice', source: 'The *Daily* @everyone', title: 'A __notice__', paragraphs: [text] });
  const parsed = parseReport('notice.md', new TextEncoder().encode(file));
  if (!parsed.ok) throw new Error(`fixture did not parse: ${JSON.stringify(parsed.problems)}`);
  const { report } = parsed;
  return { report, corpus: { reports: [report], paragraphs: report.paragraphs, version: 'v1', loadedAt: new Date(0) } };
}

/** What a reader sees of a highlighted quote: the bot's own bold markers dropped, escapes kept. */
const withoutHighlights = (markdown: string) =>
  markdown.replace(/\\[\s\S]|\*\*/gu, (match) => (match === '**' ? '' : match));

describe('any corpus paragraph', () => {
  it('posted by /quote fits one message, shows as written and is cut between words with an ellipsis', () => {
    fc.assert(
      fc.property(anyParagraph, (written) => {
        const { report } = corpusOf(written);
        const paragraph = report.paragraphs[0];
        if (!paragraph) throw new Error('no paragraph');
        const content = citationMessage({ ...report, paragraph: 1 }, paragraph.text);
        expectWithinDiscordLimits(fitMessage({ content }));
        expect(content.endsWith('— The \\*Daily\\* @everyone, *A \\_\\_notice\\_\\_*, ¶1')).toBe(true);

        const quoted = content.slice(0, content.lastIndexOf('\n— ')).replace(/^> /u, '');
        expect(activeMarkdown(quoted)).toEqual([]);
        expectWholeOrCleanlyCut(quoted, paragraph.text);
      }),
      { numRuns: 120 },
    );
  });

  it('quoted by /ask stays within its budget, cut between words with an ellipsis', () => {
    fc.assert(
      fc.property(anyParagraph, fc.constantFrom('ferry storm', 'captain said', 'delayed six hours'), (written, q) => {
        const { corpus } = corpusOf(written);
        const index = buildIndex(corpus);
        const body = fitMessage(askMessage(index, q).message);
        expectWithinDiscordLimits(body);
        const hits = answerQuestion(index, q, { top: 3 }).hits;
        expect(body.embeds?.length ?? 0).toBe(hits.length);
        hits.forEach((hit, i) => {
          const shown = withoutHighlights((body.embeds?.[i]?.description ?? '').replace(/^> /u, ''));
          expect(activeMarkdown(shown)).toEqual([]);
          expect(shown.replaceAll('\\', '').length).toBeLessThanOrEqual(QUOTE_BUDGET + 1);
          expectWholeOrCleanlyCut(shown, hit.quote);
        });
      }),
      { numRuns: 60 },
    );
  });
});
