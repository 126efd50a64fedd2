/**
 * A reload of a large corpus must not stall the bot: questions asked while
 * it builds are answered at once, from the corpus being replaced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/engine/answer.js';
import { LiveCorpus } from '../../src/service/live-corpus.js';
import { HARBOUR_REPORTS, type TempCorpus, tempCorpus } from '../support/corpus.js';

let corpus: TempCorpus;
afterEach(() => corpus.cleanup());

/** A report of `count` distinct paragraphs, large enough that indexing it takes a while. */
function archive(id: string, count: number) {
  const paragraphs = Array.from(
    { length: count },
    (_, i) =>
      `Archive note ${i} says the harbour master logged ferry ${i % 97} at berth ${i % 13} during storm ${i % 31}. ` +
      `Inspectors counted ${i} passengers, ${i % 7} crew and ${i % 5} trucks before the crossing to island ${i % 11}.`,
  );
  return { id, source: `Archive ${id}`, title: `Harbour archive ${id}`, paragraphs };
}

describe('reloading a large corpus', () => {
  it('keeps answering from the old corpus while the new one is indexed', async () => {
    corpus = tempCorpus(HARBOUR_REPORTS);
    const live = await LiveCorpus.fromDirectory(corpus.dir);
    const oldVersion = live.index.corpus.version;
    for (let f = 0; f < 4; f++) corpus.write(`archive-${f}.md`, archive(`archive-${f}`, 1000));

    const answeredDuring: string[] = [];
    let reloading = true;
    const reload = live.reload().finally(() => {
      reloading = false;
    });
    // A member asking again and again, as fast as the event loop lets them.
    while (reloading) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!reloading) break;
      const index = live.index;
      const [hit] = answerQuestion(index, 'how many passengers were counted').hits;
      answeredDuring.push(`${index.corpus.version}:${hit?.id}`);
    }
    const result = await reload;

    expect(result.ok).toBe(true);
    expect(live.index.corpus.paragraphs).toHaveLength(4005);
    expect(live.index.corpus.version).not.toBe(oldVersion);
    // The build gave the event loop back many times, and every answer meanwhile came from the old corpus.
    expect(answeredDuring.length).toBeGreaterThan(10);
    expect(new Set(answeredDuring)).toEqual(new Set([`${oldVersion}:daily#3`]));
  });
});
