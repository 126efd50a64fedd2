/**
 * The messages `/ask` and "Find sources" send, built from an index and the
 * text to look up. Kept apart from the command modules so that what a user
 * sees for any input can be checked without Discord.
 */

import { answerQuestion, DEFAULT_TOP } from '../engine/answer.js';
import type { SearchIndex } from '../engine/build.js';
import { echoQuestion, passageEmbeds } from './format.js';
import { userText } from './markdown.js';
import { postQuoteRow } from './post-quote.js';
import type { OutgoingMessage } from './reply.js';

/** A message to send, and how many passages it shows. */
export interface AnswerMessage {
  readonly message: OutgoingMessage;
  readonly hits: number;
}

/**
 * The answer to `/ask`: the question echoed, one embed per passage and the
 * Post quote button; or, privately, that the reports don't say.
 */
export function askMessage(
  index: SearchIndex,
  question: string,
  options: { readonly source?: string; readonly private?: boolean } = {},
): AnswerMessage {
  const answer = answerQuestion(index, question, { top: DEFAULT_TOP, source: options.source });
  if (answer.missing !== undefined) {
    const said = userText(answer.missing);
    const content = `${echoQuestion('Asked:', question)}\n${said} Try other words, or see what they cover with /sources.`;
    if (answer.related.length === 0) return { message: { content, private: true }, hits: 0 };
    const related = `${content}\nThe closest passages, which do not answer it:`;
    return { message: { content: related, embeds: passageEmbeds(answer.related), private: true }, hits: 0 };
  }
  return {
    message: {
      content: echoQuestion('Asked:', question),
      embeds: passageEmbeds(answer.hits),
      components: postQuoteRow(answer.hits[0], index.corpus.version),
      private: options.private ?? false,
    },
    hits: answer.hits.length,
  };
}

/** The private answer to "Find sources": the passages that support a message's text, or that none do. */
export function findSourcesMessage(index: SearchIndex, text: string): AnswerMessage {
  const answer = answerQuestion(index, text, { top: DEFAULT_TOP });
  if (answer.missing !== undefined) {
    const content = `${echoQuestion('Message:', text)}\nNone of the reports support that message. See what they cover with /sources.`;
    return { message: { content, private: true }, hits: 0 };
  }
  return {
    message: {
      content: `${echoQuestion('Message:', text)}\nThese passages of the reports support it:`,
      embeds: passageEmbeds(answer.hits),
      components: postQuoteRow(answer.hits[0], index.corpus.version),
      private: true,
    },
    hits: answer.hits.length,
  };
}
