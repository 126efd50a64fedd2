import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { indexOfReport, PROJECT_CORPUS } from '../support/corpus.js';

let story: SearchIndex;
beforeAll(async () => {
  story = buildIndex(await loadCorpus(PROJECT_CORPUS));
});

/** The index of a corpus of one report, `log`, with these paragraphs (`log#1`, `log#2`, …). */
function harbourLog(...paragraphs: string[]): Promise<SearchIndex> {
  return indexOfReport({ id: 'log', source: 'Harbour Log', title: 'Boats', paragraphs });
}

/** The answer to `question` from a corpus of one report with one paragraph, `log#1`. */
async function answerFromParagraph(paragraph: string, question: string) {
  return answerQuestion(await harbourLog(paragraph), question);
}

describe('no answer', () => {
  it.each(['what is the capital of France', 'recipe for chocolate cake', 'the the of and', '', '???'])(
    '"%s" gets no passages at all, not the least bad one',
    (question) => {
      expect(answerQuestion(story, question).hits).toEqual([]);
    },
  );

  it('refuses a colour question when no passage about it names a colour, offering them as related', async () => {
    const question = 'what colour was the ferry painted';
    expect((await answerFromParagraph('The ferry was painted red in May.', question)).hits[0]?.id).toBe('log#1');
    const answer = await answerFromParagraph('The ferry was painted in May.', question);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say what colour the ferry was painted.");
    expect(answer.related[0]?.id).toBe('log#1');
  });

  it('offers first, among the related passages, one that says the reports were not told about the thing', async () => {
    const log = await harbourLog(
      'The ferry was repainted in May, and the ferry returned to the harbour in June.',
      'The log did not describe the ferry.',
    );
    const answer = answerQuestion(log, 'what colour is the ferry');
    expect(answer.hits).toEqual([]);
    // The first paragraph says more of the ferry; the second is the closest to an answer.
    expect(answer.related.map((passage) => passage.id)).toEqual(['log#2', 'log#1']);
    // In the story: Reuters' "The report did not describe the car or how it was shipped".
    expect(answerQuestion(story, 'What color is the car Putin gave Kim?').related[0]?.id).toBe('reuters#5');
  });

  it('takes a word with any colour sense as the colour asked for: "gold" is a metal first', async () => {
    const answer = await answerFromParagraph(
      'The ferry was painted in gold for the festival.',
      'what colour was the ferry painted',
    );
    expect(answer.hits[0]?.id).toBe('log#1');
  });

  it('answers a property the reports never name when a passage gives its value, and refuses it otherwise', async () => {
    // "fast" is in no paragraph, but "30 knots" is the speed asked for.
    const fast = 'how fast is the new ferry';
    expect((await answerFromParagraph('The new ferry sails at 30 knots.', fast)).hits[0]?.id).toBe('log#1');
    const slow = await answerFromParagraph('The new ferry sails every morning.', fast);
    expect(slow.hits).toEqual([]);
    expect(slow.missing).toBe("The reports don't say how fast the new ferry is.");
    // "price" names no word of the paragraph either; an amount of money is its value.
    expect((await answerFromParagraph('The new ferry cost 2 million euros.', 'ferry price')).hits[0]?.id).toBe('log#1');
    expect((await answerFromParagraph('The new ferry was bought in May.', 'ferry price')).hits).toEqual([]);
  });

  it('refuses a how-many question when no passage about it holds a number, in any of its sentences', async () => {
    // The number is in the second sentence, the question's words in the first.
    const question = 'how many sailors crew the new ferry of the harbour';
    const counted = 'The new ferry of the harbour was rebuilt in May. Its crew counts 12 sailors.';
    expect((await answerFromParagraph(counted, question)).hits[0]?.id).toBe('log#1');
    const answer = await answerFromParagraph(
      'The new ferry of the harbour was rebuilt in May. Its crew is small.',
      question,
    );
    expect(answer.hits).toEqual([]);
    expect(answer.related[0]?.id).toBe('log#1');
  });

  it('refuses a question for a date in a unit no passage about it names: a year, a month, a day', async () => {
    const question = 'in what year was the new ferry of the harbour launched';
    // "in 1932" names the year, in the sentence after the one with the question's words.
    const dated = 'The new ferry of the harbour was launched with a party. That was in 1932.';
    expect((await answerFromParagraph(dated, question)).hits[0]?.id).toBe('log#1');
    // "in May" is a date, but not a year.
    const answer = await answerFromParagraph('The new ferry of the harbour was launched in May.', question);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say in what year the new ferry of the harbour was launched.");
    expect(
      (await answerFromParagraph('The new ferry of the harbour was launched in May.', 'ferry launch month')).hits,
    ).toHaveLength(1);
  });

  it('refuses a when-question about an event whose only date is the date it was told of', async () => {
    const question = 'when did the old ferry of the harbour sink';
    const told = 'The coastguard said in May that the old ferry of the harbour sank.';
    const answer = await answerFromParagraph(told, question);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say when the old ferry of the harbour sank.");
    expect(answer.related[0]?.id).toBe('log#1');
    // Dated itself, the sinking is answered.
    expect((await answerFromParagraph('The old ferry of the harbour sank in May.', question)).hits).toHaveLength(1);
    // Asked when it was told, the date of the telling is the answer.
    expect((await answerFromParagraph(told, 'when did the coastguard say the old ferry sank')).hits).toHaveLength(1);
  });

  it('refuses a question about "the …" whose asked-for words only a passage about another such thing holds', async () => {
    // A tanker is a kind of ship: the second paragraph is about another ship than "the ship".
    const index = await harbourLog(
      'The new ship of the harbour was launched in May.',
      'Captain Reyes sailed the Aurora tanker to the islands.',
    );
    const answer = answerQuestion(index, 'who sailed the ship to the islands');
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say who sailed the ship to the islands.");
    expect(answer.related.map((passage) => passage.id)).toContain('log#2');
    // Asked about the tanker, by its name or as "the tanker", the second paragraph answers.
    expect(answerQuestion(index, 'who sailed the Aurora tanker to the islands').hits[0]?.id).toBe('log#2');
    expect(answerQuestion(index, 'who sailed the tanker to the islands').hits[0]?.id).toBe('log#2');
  });

  it('takes a made thing named by its maker and a general kind for another thing too: "Acme boats" are other ferries', async () => {
    const index = await harbourLog(
      'The ferry reached the harbour on Monday.',
      'Two armored Acme boats were shipped from Rotterdam in 2018.',
    );
    const answer = answerQuestion(index, 'is the ferry armored');
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say whether the ferry is armored.");
    // A place is not read so: "the Newcastle district" is no other city than the one asked about.
    const city = await harbourLog(
      'The city grew along the coast.',
      'The Tyne river runs through the Newcastle district.',
    );
    expect(answerQuestion(city, 'what river runs through the city').hits[0]?.id).toBe('log#2');
  });

  it('answers such a question with a passage about the thing itself that says the reports were not told', async () => {
    const index = await harbourLog(
      'The log did not describe the new ship of the harbour.',
      'Captain Reyes sailed the Aurora tanker to the islands.',
    );
    // "Sail" and "islands" are only in the tanker's paragraph, but the first says what the log did not tell.
    const answer = answerQuestion(index, 'how did the ship sail to the islands');
    expect(answer.hits.map((hit) => hit.id)).toContain('log#1');
  });

  it('answers a yes/no question with "yet" only from a passage that says what had happened by then', async () => {
    const question = 'has the new ferry of the harbour sailed yet';
    const told = 'The new ferry of the harbour has not yet sailed: its crew is still training.';
    expect((await answerFromParagraph(told, question)).hits[0]?.id).toBe('log#1');
    const answer = await answerFromParagraph('The new ferry of the harbour sailed to the islands in May.', question);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say whether the new ferry of the harbour has sailed yet.");
    // Without "yet" the same passage answers: it says the ferry sailed.
    expect(
      (
        await answerFromParagraph(
          'The new ferry of the harbour sailed to the islands in May.',
          'did the new ferry sail',
        )
      ).hits,
    ).toHaveLength(1);
  });

  it('reads "since it arrived" as "yet": a question about the time since the reports', async () => {
    const sailed = 'The new ferry of the harbour sailed to the islands in May.';
    const answer = await answerFromParagraph(sailed, 'has the ferry sailed to the islands since it arrived');
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe("The reports don't say whether the ferry has sailed to the islands since it arrived.");
    const soFar = 'The new ferry has sailed to the islands twice since it arrived, so far.';
    expect((await answerFromParagraph(soFar, 'has the ferry sailed since it arrived')).hits).toHaveLength(1);
    // A date asks nothing of the time after the reports.
    expect((await answerFromParagraph(sailed, 'has the ferry sailed to the islands since May')).hits).toHaveLength(1);
  });

  it('still answers short questions and questions with a typo', () => {
    expect(answerQuestion(story, 'Aurus').hits.length).toBeGreaterThan(0);
    expect(answerQuestion(story, 'who deliverd the car').hits.length).toBeGreaterThan(0);
  });
});
