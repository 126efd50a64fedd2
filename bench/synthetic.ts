/**
 * Deterministic synthetic corpora for scale benchmarks: real English
 * sentences (from the SQuAD paragraphs when they are available, else a small
 * built-in generator) reshuffled into reports of 100 paragraphs.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitSentences } from '../src/text/sentences.js';

/** Paragraphs per synthetic report file. */
export const PARAGRAPHS_PER_FILE = 100;

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences to build paragraphs from: every sentence of the corpus in `dir`, or generated ones. */
export async function sentencePool(dir: string | undefined): Promise<string[]> {
  if (dir && existsSync(dir)) {
    const sentences: string[] = [];
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const body = text.slice(text.indexOf('\n---', 3) + 4);
      for (const paragraph of body.split(/\n\s*\n/)) {
        for (const span of splitSentences(paragraph.trim()))
          sentences.push(paragraph.trim().slice(span.start, span.end));
      }
    }
    return sentences.filter((sentence) => sentence.length > 20);
  }
  return generatedSentences(20_000);
}

function generatedSentences(count: number): string[] {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const subjects = ['The council', 'A delegation', 'The minister', 'Local officials', 'The company', 'Researchers'];
  const verbs = ['announced', 'delivered', 'rejected', 'reviewed', 'approved', 'reported', 'questioned'];
  const objects = ['a new plan', 'the budget', 'the shipment', 'an agreement', 'the findings', 'the proposal'];
  const tails = ['on Monday', 'after a long debate', 'in the capital', 'despite protests', 'for the third time'];
  return Array.from(
    { length: count },
    (_, i) => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)} (${i}).`,
  );
}

/** Writes a corpus of `paragraphs` paragraphs to `dir` and returns `dir`. */
export async function writeSyntheticCorpus(
  dir: string,
  paragraphs: number,
  sentences: readonly string[],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(paragraphs);
  const files = Math.ceil(paragraphs / PARAGRAPHS_PER_FILE);
  for (let f = 0; f < files; f++) {
    const count = Math.min(PARAGRAPHS_PER_FILE, paragraphs - f * PARAGRAPHS_PER_FILE);
    const body = Array.from({ length: count }, () => {
      const length = 3 + Math.floor(random() * 4);
      return Array.from({ length }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    });
    const id = `synthetic-${String(f).padStart(4, '0')}`;
    const front = `---\nid: ${id}\nsource: Synthetic ${f % 50}\ntitle: Synthetic report ${f}\n---\n\n`;
    await writeFile(path.join(dir, `${id}.md`), `${front}${body.join('\n\n')}\n`);
  }
  return dir;
}
