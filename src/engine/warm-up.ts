/**
 * Warming the engine up before it serves. JavaScript runs new code slowly
 * until the engine has seen it run, and an answer has many paths: chatter and
 * markup to drop, typos to correct, names the corpus lacks, refusals to word.
 * Members' first questions should not be the ones that pay for them.
 */
import type { SearchIndex } from './build.js';
import { answerQuestion, DEFAULT_TOP } from './answer.js';

/** Paragraphs a warm-up asks about: enough for every kind of question to have run. */
export const WARM_UP_PARAGRAPHS = 50;
/** Times the questions are asked: optimized code is made on the later passes, from what the first one saw. */
export const WARM_UP_PASSES = 3;
/**
 * A warm-up stops after this long even if its passes are not done: on a
 * large corpus an answer takes milliseconds, and the bot should not wait
 * half a minute to serve. The project's corpus takes under a second.
 */
export const WARM_UP_BUDGET_MS = 3_000;

/**
 * Answers questions made from the corpus's own paragraphs, in the ways
 * members ask: plain, chatty with Discord markup and a mention, misspelt,
 * in a few words, asking for a name, a number, a colour or a price, and
 * about something no report mentions, so that every path of an answer,
 * refusals included, is compiled and its caches hold the corpus's words.
 * Under a second for the project's corpus, at most `budgetMs`; no answer
 * changes. Each paragraph's questions come together, so a warm-up cut short
 * has still asked in every way.
 */
export function warmUpAnswers(index: SearchIndex, paragraphs = WARM_UP_PARAGRAPHS, budgetMs = WARM_UP_BUDGET_MS): void {
  const questions = warmUpQuestions(index, paragraphs);
  const deadline = performance.now() + budgetMs;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const question of questions) {
      if (performance.now() > deadline) return;
      answerQuestion(index, question, { top: DEFAULT_TOP });
    }
  }
}

/** The questions {@link warmUpAnswers} asks: those of each of the first `paragraphs` paragraphs, paragraph by paragraph. */
export function warmUpQuestions(index: SearchIndex, paragraphs = WARM_UP_PARAGRAPHS): string[] {
  return index.entries.slice(0, paragraphs).flatMap((entry) => questionsFrom(entry.paragraph.text));
}

/** Questions made from one paragraph's text, one for each way of asking. */
function questionsFrom(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{3,}$/u.test(word));
  const word = (at: number) => words[at % Math.max(1, words.length)] ?? 'report';
  const middle = text.length >> 2;
  const long = words.find((w) => w.length >= 7) ?? word(0);
  // Two letters swapped and one dropped: "delivered" → "deilvere".
  const misspelt = `${long[0] ?? ''}${long[2] ?? ''}${long[1] ?? ''}${long.slice(3, -1)}`;
  return [
    text.slice(0, 80),
    text.slice(-80),
    text.slice(middle, middle + 60),
    `who ${text.slice(20, 70)}`,
    `when did ${text.slice(10, 50)}`,
    `what is the name of ${text.slice(30, 60)}`,
    `hey citebot <@123456789012345678> so **who** ${word(1)} the ${word(2)} lol?? 🙏`,
    `wen did ${word(3)} ${misspelt}`,
    `${word(4)} ${word(5)}`,
    `how many ${word(6)} did ${word(7)} have`,
    `what colour is the ${word(8)}`,
    `${word(9)} price`,
    `what did the Zorblax Institute say about the ${word(10)}`,
    `did ${word(11)} ${word(12)} the ${word(13)} himself?`,
  ];
}
