/** Putting a test corpus back as it started, between tests that change it through the bot. */
import { readdirSync } from 'node:fs';
import type { LiveCorpus } from '../../src/service/live-corpus.js';
import { HARBOUR_REPORTS, type TempCorpus } from './corpus.js';

/** Empties `corpus`, writes the harbour reports again and, given the bot's `live` corpus, reloads it. */
export async function resetHarbourCorpus(corpus: TempCorpus, live?: LiveCorpus): Promise<void> {
  for (const file of readdirSync(corpus.dir)) corpus.remove(file);
  for (const [file, report] of Object.entries(HARBOUR_REPORTS)) corpus.write(file, report);
  const reset = await live?.reload();
  if (reset && !reset.ok) throw new Error('could not reset the corpus');
}
