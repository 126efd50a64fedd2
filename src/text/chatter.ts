/**
 * Chatter removal for questions typed in Discord.
 *
 * Members wrap a question in greetings, the bot's name, politeness, fillers
 * and markup ("hey citebot, **who** drove the car? thx"). None of it says
 * anything about the story, so it must neither move the ranking nor make the
 * bot refuse. {@link cleanQuestion} keeps the question and drops the rest;
 * `questionWord` (question-words.ts) then finds the question word wherever it
 * stands.
 */

import { MAX_INPUT, opensWithAuxiliary } from './question-words.js';
import { spellQuestionWords } from './question-typos.js';

// Fenced code keeps its words ("```who drove it```"); a language tag alone on
// the opening line is not part of the question.
const CODE_BLOCK = /```(?:[a-z0-9+#-]{1,20}\n)?([\s\S]*?)```/gi;
const INLINE_CODE = /`([^`]*)`/g;
// Masked links keep their text: "[the report](https://…)" reads "the report".
const MASKED_LINK = /\[([^\]\n]{0,500})\]\(<?https?:\/\/[^\s)]*>?\)/gi;
const URL = /<?\b(?:https?:\/\/|www\.)[^\s<>]*>?/gi;
// User, nickname, role and channel mentions, custom emoji, slash-command
// mentions and timestamps: Discord's angle-bracket tokens.
const DISCORD_TOKEN = /<(?:@[!&]?\d+|#\d+|a?:\w{1,64}:\d+|\/[\w -]{1,64}:\d+|t:-?\d+(?::[a-z])?)>/gi;
const EVERYONE = /@(?:everyone|here)\b/gi;
// Emoji shortcodes that were not converted (":thinking:"); letters only, so
// a time such as "10:30:00" is left alone.
const SHORTCODE = /(^|\s):[a-z][a-z_+-]{1,40}:(?=\s|$)/gi;
// Pictographs with their joiners, variation selectors, skin tones, keycaps
// and flags (regional indicator pairs).
const EMOJI =
  /[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F|\u20E3/gu;
// Text emoticons standing alone: ":)", ";-P", "xD", "<3".
const EMOTICON = /(^|\s)(?:[:;=8][-']?[()[\]dpo3|\\/*]+|x[dp]|<\/?3+|\^_*\^|t_t)(?=\s|$)/gi;
// Markdown escapes ("\*not italic\*") stand for the character itself.
const ESCAPE = /\\([*_~|`>#-])/g;
// Paired markers wrap words the member wants read: keep the words.
const PAIRED: readonly RegExp[] = [
  /\*\*(.+?)\*\*/gs,
  /__(.+?)__/gs,
  /~~(.+?)~~/gs,
  /\|\|(.+?)\|\|/gs,
  /\*(?!\s)(.+?)(?<!\s)\*/gs,
  // "_it_" only at word edges, so snake_case and "a_b_c" stay words.
  /(?<![\p{L}\p{N}_])_(?!\s)(.+?)(?<!\s)_(?![\p{L}\p{N}_])/gsu,
];
// Unpaired leftovers of markers, and line-start headings, quotes and bullets.
const STRAY_MARKERS = /\*{1,3}|~~|\|\||`+/g;
const LINE_PREFIX = /^[ \t]*(?:>>> ?|> ?|-# |#{1,3} |[-*+] |\d{1,3}[.)] )/gm;

/** Removes Discord markup, keeping the words a member meant to be read. */
function stripMarkup(text: string): string {
  let out = text.replace(CODE_BLOCK, ' $1 ').replace(INLINE_CODE, ' $1 ');
  out = out.replace(MASKED_LINK, '$1').replace(URL, ' ').replace(DISCORD_TOKEN, ' ').replace(EVERYONE, ' ');
  out = out.replace(SHORTCODE, '$1 ').replace(EMOTICON, '$1 ').replace(EMOJI, ' ').replace(ESCAPE, '$1');
  out = out.replace(LINE_PREFIX, '');
  for (const pattern of PAIRED) out = out.replace(pattern, '$1');
  return out.replace(STRAY_MARKERS, ' ');
}

// "please" as members type it, also before a request: "pls tell me", "can u please explain".
const PLEASE = 'please|pls|plz';
// Chatter that can stand at either edge of a question. Written as patterns of
// whole words; longest alternatives first so "thank you" wins over "thank".
const POLITE = `${PLEASE}|plox|thanks(?: (?:a lot|so much|in advance))?|thank (?:you|u)(?: (?:so much|in advance))?|thx|tysm|ty|cheers|much appreciated|if (?:you|u) (?:can|could|know)|if anyone knows`;
const BOT_NAME = '@?citebot|@?cite[ -]bot';
const LAUGH = 'lol|lmao|lmfao|rofl|haha+|hehe+|xd';
const HESITATION = 'u+m+|u+h+|e+r+m*|h+m+|btw|anyways?|fyi|idk|asking for a friend';
// Asking the bot to check what is asked: "can you confirm", "pls verify".
const CHECK_REQUEST = `(?:(?:can|could|would) (?:you|u) )?(?:(?:${PLEASE}) )?(?:confirm|verify|fact[- ]?check|double[- ]?check)`;

// Only at the start: greetings and the ways of saying "I have a question".
const OPENERS = [
  // A greeting drawn out ("heyyy", "hiii", "yooo") greets all the same.
  "(?:he+y+a*|hi+|hel+o+|hiy+a+|howdy|greetings|yo+|su+p|oi+)(?: (?:there|all|everyone|everybody|guys|folks|y'?all|friends?|team))?",
  // "morning news" is no greeting: a bare time of day greets only with a group after it or as a weak filler.
  "(?:good )?(?:morning|afternoon|evening)(?: (?:all|everyone|everybody|guys|folks|y'?all|friends?|team))",
  'good (?:morning|afternoon|evening|day)',
  '(?:so )?(?:quick|random|dumb|stupid|simple|silly|real|serious|honest) (?:question|one|q)',
  "(?:i )?(?:was|am|i'?m) (?:just )?wondering",
  '(?:just|genuinely|really|honestly|so) (?:curious|wondering)',
  "(?:i )?(?:want|wanna|would like|'?d like) to know",
  `(?:can|could|would|will) (?:you|u)(?: (?:${PLEASE}))? (?:(?:tell|show|explain to) me|explain)`,
  '(?:do|does) (?:you|u|anyone|anybody|someone) (?:know|remember)',
  '(?:anyone|anybody|someone) (?:know|knows|remember)',
  `(?:(?:${PLEASE}) )?tell me`,
  `(?:(?:${PLEASE}) )?explain(?: to me)?`,
  `${CHECK_REQUEST}(?: (?:that|if|whether))?`,
  'i (?:wonder|was thinking)',
  'question',
];
// Fillers that are also ordinary words ("how well", "is it ok"): they count as
// chatter only where punctuation or a question word sets them apart.
const WEAK_FILLERS = 'so|ok|okay|well|alright|right|like|also|and|but|now|then|morning|afternoon|evening|gm';
// Fillers that open a message but are rarely its first content word.
const OPENING_FILLERS = 'ok|okay|kk|k|alright|oh|ah|bot';
// Fillers that may stand between clauses (", lol," / ", so who").
const CLAUSE_FILLERS = 'so|ok|okay|well|like';

const SEPARATORS = String.raw`[\s,.;:!?…—–-]`;
const LEADING = new RegExp(
  String.raw`^(?:${[...OPENERS, POLITE, BOT_NAME, OPENING_FILLERS, LAUGH, HESITATION].join('|')})(?=${SEPARATORS}|$)${SEPARATORS}*`,
  'i',
);
// A weak filler leads only when a comma follows ("well, …") or the question
// goes on with a question word or auxiliary ("so who …", "ok when did …").
const QUESTION_START =
  'who|whom|whose|what|when|where|which|why|how|whether|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|the|a|an|in|on|at|tell';
const LEADING_WEAK = new RegExp(
  String.raw`^(?:${WEAK_FILLERS})(?:\s*[,;:!.…—–-]+\s*|\s+(?=(?:${QUESTION_START}|${WEAK_FILLERS}|${LAUGH}|${HESITATION}|${BOT_NAME})\b))`,
  'i',
);
const TRAILING = new RegExp(
  String.raw`(?:^|${SEPARATORS})(?:${[POLITE, BOT_NAME, LAUGH, HESITATION].join('|')})${SEPARATORS}*$`,
  'i',
);
// A weak filler, or "bot", trails only after a comma: "who drove it, ok?".
const TRAILING_WEAK = new RegExp(String.raw`[,;]\s*(?:${WEAK_FILLERS}|bot)${SEPARATORS}*$`, 'i');
// Between clauses: ", lol, who…" or ", so who…" lose the filler and keep the
// comma that opens the question; ", citebot, " or ", please, " inside a
// clause goes with both its commas. Never a word inside a clause.
const MIDDLE_FILLERS = [LAUGH, HESITATION, CLAUSE_FILLERS, BOT_NAME, PLEASE].join('|');
const MIDDLE_BEFORE_QUESTION = new RegExp(
  String.raw`([,;:.!?])\s*(?:${MIDDLE_FILLERS})\s*,?(?=\s*(?:who|whom|whose|what|when|where|which|why|how)\b)`,
  'gi',
);
const MIDDLE_ENCLOSED = new RegExp(String.raw`\s*,\s*(?:${MIDDLE_FILLERS})\s*,\s*`, 'gi');
// A request to check what was just asked, after its question mark: "…gave him one?? citebot pls
// confirm", "…right? can you verify". "Confirm" may be a corpus word ("has not denied nor
// confirmed"), so only after the question's end does it go.
const TRAILING_REQUEST = new RegExp(
  String.raw`([?!.])\s*(?:(?:${BOT_NAME}|${POLITE})[\s,]*)*${CHECK_REQUEST}(?: (?:it|this|that|${PLEASE}))*${SEPARATORS}*$`,
  'i',
);
// A yes/no question left open at its end asks only what comes before it: "did russia vote for it
// or not?", "is the car an aurus or somethin else", "is this legal under the sanctions or nah".
const OPEN_ALTERNATIVE = new RegExp(
  String.raw`${SEPARATORS}+or (?:not|no|nah|naw|nope|something|somethin|smth|sth)(?: else)?${SEPARATORS}*$`,
  'i',
);
const EDGE_PUNCTUATION = /^[\s,.;:!?…—–-]+|[\s,.;:!…—–-]+$/g;
const TRAILING_MARKS = /[\s?!.…,;:]+$/;

/** Drops chatter from both edges until none is left, keeping a final "?". */
function stripChatter(text: string): string {
  let out = text.replace(TRAILING_REQUEST, '$1').replace(EDGE_PUNCTUATION, '');
  let asked = false;
  // Each round removes at least one word, so the input length bounds the loop.
  for (let round = 0; round < MAX_INPUT; round += 1) {
    const marks = TRAILING_MARKS.exec(out);
    if (marks) {
      if (marks[0].includes('?')) asked = true;
      out = out.slice(0, marks.index);
    }
    const before = out;
    out = out.replace(LEADING, '').replace(LEADING_WEAK, '');
    out = out.replace(TRAILING, '').replace(TRAILING_WEAK, '');
    out = out.replace(EDGE_PUNCTUATION, '');
    if (out === before) break;
  }
  if (opensWithAuxiliary(out)) out = out.replace(OPEN_ALTERNATIVE, '');
  out = out.replace(MIDDLE_BEFORE_QUESTION, '$1 ').replace(MIDDLE_ENCLOSED, ' ');
  out = out.replace(/\s+([,;:.!?])/g, '$1').replace(/\s{2,}/g, ' ');
  out = out.replace(EDGE_PUNCTUATION, '');
  if (!/[\p{L}\p{N}]/u.test(out)) return '';
  return asked ? `${out}?` : out;
}

/**
 * The question without Discord markup and without chatter at its edges or
 * between its clauses: `"hey @citebot, **who** drove the car? thx"` becomes
 * `"who drove the car?"`. Words keep the case they were typed in. Returns ''
 * when nothing but chatter was typed; never throws.
 */
export function cleanQuestion(raw: string): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  // One removal can uncover another ("@everyone__**__" loses its markers, then
  // the mention stands alone), so clean until nothing changes: cleaning a
  // cleaned question must change nothing.
  let cleaned = cleanOnce(raw.slice(0, MAX_INPUT));
  for (let pass = 1; pass < MAX_CLEANING_PASSES; pass++) {
    const again = cleanOnce(cleaned);
    if (again === cleaned) break;
    cleaned = again;
  }
  return spellQuestionWords(cleaned);
}

// Two words of capitals, and no small letter anywhere: the member is shouting.
const SHOUTED = /^(?!.*\p{Ll}).*\p{Lu}{2}.*\s.*\p{Lu}{2}/su;

/**
 * A question typed in capitals ("WHO DELIVERED THE CAR") in small letters:
 * capitals mark names and acronyms, and in a shouted question they mark
 * neither. One shouted word ("did Russia vote FOR them") is left to the
 * engine, which knows the corpus's acronyms.
 */
function unshout(text: string): string {
  return SHOUTED.test(text) ? text.toLowerCase() : text;
}

/** Passes of {@link cleanQuestion} at most: each removes something, and questions are short. */
const MAX_CLEANING_PASSES = 8;

// "why do people say the gift breaks the rules" asks why it breaks them: who says so is hearsay.
// So does "explain why people are saying …", in the order of a question told, not asked.
const HEARSAY =
  /\bwhy (?:(?:do|does|did|are|is|were) )?(?:people|everyone|everybody|folks|they|some|many|so many people|experts|analysts|observers|critics) (?:(?:are|is|were) )?(?:say|saying|said|think|thinking|claim|claiming|believe)(?: that)? /giu;

function cleanOnce(raw: string): string {
  const text = unshout(stripMarkup(raw.normalize('NFC')))
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  // The frame's first three letters are its "why", as typed.
  return stripChatter(text).replace(HEARSAY, (frame) => `${frame.slice(0, 3)} `);
}
