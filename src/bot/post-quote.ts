/**
 * The "Post quote" button under answers: it posts the answer's top passage
 * publicly as a citation, so an answer asked for privately can still be
 * shared in the discussion.
 *
 * The button carries everything it needs in its custom id (passage id, quote
 * offsets, corpus version), so it keeps working across restarts.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
  subtext,
  userMention,
} from 'discord.js';
import type { Passage } from '../engine/types.js';
import { UserError } from '../errors.js';
import type { ButtonHandler } from './command.js';
import { buildCustomId } from './custom-id.js';
import { citationMessage } from './format.js';
import { DISCORD_LIMITS } from './limits.js';
import { sendReply } from './reply.js';

/** Custom ids of the button start with this. */
export const POST_QUOTE_PREFIX = 'post-quote';

/** A row with the Post quote button for `passage`, or none if its id is too long to carry. */
export function postQuoteRow(
  passage: Pick<Passage, 'id' | 'quoteStart' | 'quote'>,
  version: string,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const full = buildCustomId(POST_QUOTE_PREFIX, passage.id, passage.quoteStart, passage.quote.length, version);
  const short = buildCustomId(POST_QUOTE_PREFIX, passage.id);
  const customId = [full, short].find((id) => id.length <= DISCORD_LIMITS.customId);
  if (!customId) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Post quote', custom_id: customId },
      ],
    },
  ];
}

/** Posts the passage the button names: the quoted sentences if the corpus is unchanged, else the whole paragraph. */
export const postQuoteButton: ButtonHandler = {
  prefix: POST_QUOTE_PREFIX,
  rateLimited: true,
  // It posts the citation for everyone: that is its purpose.
  repliesPrivately: () => false,
  async execute(interaction, context, fields) {
    const [id = '', start, length, version] = fields;
    const index = context.live.index;
    const entry = index.byId.get(id);
    if (!entry) {
      throw new UserError('That passage is no longer in the corpus: it was reloaded since this answer. Ask again.');
    }
    const { paragraph, report } = entry;
    const from = Number(start);
    const to = from + Number(length);
    const sameCorpus = version === index.corpus.version && Number.isInteger(from) && to <= paragraph.text.length;
    const text = sameCorpus && to > from ? paragraph.text.slice(from, to) : paragraph.text;
    const content = citationMessage(
      { ...report, paragraph: paragraph.number },
      text,
      subtext(`Shared by ${userMention(interaction.user.id)} · ${paragraph.id}`),
    );
    await sendReply(interaction, { content, suppressEmbeds: true });
    return { hits: 1 };
  },
};
