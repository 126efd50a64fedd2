import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { warmUpAnswers, warmUpQuestions } from '../../src/engine/warm-up.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { HARBOUR_REPORTS, indexOfReport, PROJECT_CORPUS, type TempCorpus, tempCorpus } from '../support/corpus.js';

let story: SearchIndex;
let harbour: SearchIndex;
let harbourDir: TempCorpus;
beforeAll(async () => {
  story = buildIndex(await loadCorpus(PROJECT_CORPUS));
  harbourDir = tempCorpus(HARBOUR_REPORTS);
  harbour = buildIndex(await loadCorpus(harbourDir.dir));
});
afterAll(() => harbourDir.cleanup());

/** The answer to `question` from a corpus of one report with one paragraph, `log#1`. */
async function answerFromParagraph(paragraph: string, question: string) {
  const index = await indexOfReport({ id: 'log', source: 'Harbour Log', title: 'Boats', paragraphs: [paragraph] });
  return answerQuestion(index, question);
}

describe('the question is plain text', () => {
  it('gives query-syntax characters no meaning', () => {
    const plain = answerQuestion(story, 'who delivered the car').hits.map((hit) => hit.id);
    const noisy = answerQuestion(story, 'who: "delivered" the* -car +?').hits.map((hit) => hit.id);
    expect(noisy).toEqual(plain);
  });
});

describe('what kind of thing: a report that was not told it', () => {
  /** One report, `news`, of the given paragraphs. */
  const boats = (paragraphs: string[]) => indexOfReport({ id: 'news', source: 'News', title: 'Boats', paragraphs });

  it('counts only a "not told" said of the thing or its kind, not any "not" beside it', async () => {
    const index = await boats([
      "The mayor's new boat came on Monday; its make and model were not disclosed.",
      // More of the question's words, and a denial that says nothing of the boat's kind.
      'The boat was bought by the mayor, but it was not identified as a ferry.',
      'Fishing vessels crowd the harbour in summer.',
    ]);
    expect(answerQuestion(index, 'what kind of boat did the mayor buy').hits[0]?.id).toBe('news#1');
  });

  it('counts it only in a passage that covers enough of the question to answer it', async () => {
    const index = await boats([
      "The boat's make and model were not disclosed.",
      'The mayor bought a boat.',
      'Fishing vessels crowd the harbour.',
    ]);
    // Words no paragraph has leave the first paragraph too little of the question to answer it: ranked
    // first for its "not disclosed", it would have the question refused.
    const question = 'what kind of boat did the mayor buy for his yachting regatta flotilla squadron';
    expect(answerQuestion(index, question).hits[0]?.id).toBe('news#2');
  });
});

describe('where: a passage that names a place', () => {
  it('comes before one that has every word of the question but no place, when it covers as much', async () => {
    const index = await indexOfReport({
      id: 'town',
      source: 'Town News',
      title: 'Fish and talks',
      paragraphs: [
        'Since the mayor and the captain met in May, the two towns have traded more fish.',
        'The captain visited Bergen for talks with the mayor in May. Their aides met again in June.',
      ],
    });
    // town#1 has the question's words in one sentence, side by side; only town#2 says where.
    expect(answerQuestion(index, 'Where did the mayor and the captain meet?').hits[0]?.id).toBe('town#2');
    // Not asked where, the sentence with every word comes first.
    expect(answerQuestion(index, 'When did the mayor and the captain meet?').hits[0]?.id).toBe('town#1');
  });
});

describe('a capital names its country', () => {
  /** The answer to `question` from one report of the given paragraphs, `news#1`, `news#2`… */
  async function answerFrom(paragraphs: string[], question: string) {
    return answerQuestion(
      await indexOfReport({ id: 'news', source: 'News', title: 'Sanctions', paragraphs }),
      question,
    );
  }

  it('"Moscow" in a passage counts as the "Russia" of a question', async () => {
    const paragraphs = [
      'Russia said the sanctions would keep its fishing fleet in port.',
      'Moscow backed the sanctions at the council.',
      'The sanctions were debated for a week.',
    ];
    // Without Moscow as Russia, the first paragraph's "Russia" outweighs the second's "backed" (support).
    expect((await answerFrom(paragraphs, 'did Russia support the sanctions')).hits[0]?.id).toBe('news#2');
  });

  it('"Moscow" in a question finds the "Russia" of a corpus that never names Moscow', async () => {
    const paragraphs = ['Russia voted for the sanctions at the council.', 'The sanctions were debated for a week.'];
    expect((await answerFrom(paragraphs, 'did Moscow vote for the sanctions')).hits[0]?.id).toBe('news#1');
  });

  it('a name found only through its capital still needs a passage that covers the rest of the question', async () => {
    const paragraph = 'Seoul and Tokyo condemned the missile launch on Friday.';
    expect((await answerFromParagraph(paragraph, 'did Japan condemn the launch')).hits[0]?.id).toBe('log#1');
    // Japan, in these reports, condemned a launch: nothing here says what it made of a car.
    expect((await answerFromParagraph(paragraph, 'what did Japan say about the car')).hits).toEqual([]);
  });
});

describe('an acronym and its spelling are one word', () => {
  it('"United Nations" in a question finds "U.N." in a passage', async () => {
    const paragraphs = [
      'The U.N. banned the export of luxury cars.',
      'The United States banned imports of steel.',
      'The United Nations met in New York on Monday.',
    ];
    const index = await indexOfReport({ id: 'news', source: 'News', title: 'Bans', paragraphs });
    // Without "U.N." counting as "Nations", the paragraph that spells the name out wins, though it bans nothing.
    expect(answerQuestion(index, 'what did the United Nations ban').hits[0]?.id).toBe('news#1');
  });
});

describe('passages', () => {
  it('carry the report metadata, the verbatim paragraph and the paragraph number', () => {
    const [hit] = answerQuestion(harbour, 'how many passengers were counted').hits;
    expect(hit).toMatchObject({
      id: 'daily#3',
      source: 'The Daily',
      title: 'Ferry reaches the harbour',
      author: 'Ana Ruiz',
      published: '2024-03-01',
      url: 'https://example.com/ferry',
      paragraph: 3,
      text: 'Port officials counted 212 passengers and no injuries.',
      quote: 'Port officials counted 212 passengers and no injuries.',
      terms: ['counted', 'passengers'],
    });
  });

  it('quote the best sentence of a paragraph, verbatim, with highlights on the matched words', () => {
    const [hit] = answerQuestion(harbour, 'When did the ferry reach the harbour?').hits;
    expect(hit?.id).toBe('daily#1');
    expect(hit?.quote).toBe('The ferry reached the harbour at noon after a storm delayed it by six hours.');
    const highlighted = hit?.highlights.map((span) => hit.quote.slice(span.start, span.end));
    expect(highlighted).toEqual(['ferry', 'reached', 'harbour']);
  });

  it('are limited by top and filtered by source', () => {
    expect(answerQuestion(harbour, 'storm delayed ferry', { top: 1 }).hits).toHaveLength(1);
    // An answer has a passage: asking for none, or for a count that is no number, still gives one.
    expect(answerQuestion(harbour, 'storm delayed ferry', { top: 0 }).hits).toHaveLength(1);
    expect(answerQuestion(harbour, 'storm delayed ferry', { top: Number.NaN }).hits).toHaveLength(1);
    const wire = answerQuestion(harbour, 'storm delayed ferry', { source: 'wire service' }).hits;
    expect(wire.map((hit) => hit.source)).toEqual(['Wire Service']);
  });

  it('quote whole sentences that are verbatim substrings of their paragraph, for every story question', async () => {
    const { readQuestions } = await import('../../bench/questions.js');
    const questions = await readQuestions('bench/story-questions.jsonl');
    for (const { question } of questions) {
      for (const hit of answerQuestion(story, question, { top: 5 }).hits) {
        const paragraph = story.byId.get(hit.id)?.paragraph.text;
        expect(hit.text).toBe(paragraph);
        expect(hit.text.slice(hit.quoteStart, hit.quoteStart + hit.quote.length)).toBe(hit.quote);
        // Whole sentences: the quote starts a sentence and ends with the paragraph or sentence punctuation.
        expect(hit.quote).toMatch(/^[\p{Lu}\p{N}“"‘'(–—[]/u);
        expect(hit.quote).toMatch(/[.!?”"’')\]]$|[\p{L}\p{N}]$/u);
      }
    }
  });
});

describe('corroboration', () => {
  it('lists the paragraph of each other report that states the same fact, and nothing unrelated', () => {
    const [hit] = answerQuestion(harbour, 'how long did the storm delay the ferry').hits;
    expect(hit?.id).toBe('wire#1');
    expect(hit?.alsoReportedBy).toEqual([{ id: 'daily#1', source: 'The Daily' }]);
    const [counted] = answerQuestion(harbour, 'how many passengers were counted').hits;
    expect(counted?.alsoReportedBy).toEqual([]);
  });

  it('finds all three reports of the delivery on 18 February', () => {
    const ids = answerQuestion(story, 'Russian-made car delivered to Kim’s top aides on February 18').hits.flatMap(
      (hit) => [hit.id, ...hit.alsoReportedBy.map((other) => other.id)],
    );
    expect(new Set(ids.map((id) => id.split('#')[0]))).toEqual(new Set(['al-jazeera', 'reuters', 'blog']));
  });

  it('is the same for a passage whatever was asked', () => {
    const listed = (question: string) => {
      const hit = answerQuestion(story, question, { top: 10 }).hits.find((passage) => passage.id === 'blog#2');
      return hit?.alsoReportedBy.map((other) => other.id);
    };
    const asked = [
      'who delivered the car',
      'when did the Russian delegation hand over the car',
      'KCNA Sunday delivery',
    ];
    const lists = asked.map(listed);
    expect(lists[0]).toBeDefined();
    for (const list of lists) expect(list).toEqual(lists[0]);
  });

  it('still names the other reports when the question is limited to one source', () => {
    const [hit] = answerQuestion(story, 'who delivered the car', { source: 'Reuters' }).hits;
    expect(hit?.id).toBe('reuters#3');
    expect(hit?.alsoReportedBy.map((other) => other.id)).toEqual(['al-jazeera#3', 'blog#2']);
  });

  it('is symmetric: when A lists B, B lists A', () => {
    for (const entry of story.entries) {
      for (const position of story.agreement.of(story.entries.indexOf(entry))) {
        const other = story.entries[position];
        expect(other?.report.id).not.toBe(entry.report.id);
        const back = [...story.agreement.of(position)].map((p) => story.entries[p]?.paragraph.id);
        expect(back).toContain(entry.paragraph.id);
      }
    }
  });
});

describe('any input', () => {
  it.each([
    ['6000 characters', 'car '.repeat(1500)],
    ['control and zero-width characters', '\u0000who\u200bdelivered\u0007 the\u202ecar\u0001'],
    ['emoji and combining marks', '🚗🇰🇵 who de\u0301livered the car 👍🏽'],
    ['right-to-left text', 'من سلّم السيارة who delivered'],
    ['markdown and mentions', '**who** __delivered__ ||the|| `car` @everyone <@&123> <@456> https://x.y/z'],
  ])('never throws: %s', (_name, question) => {
    expect(() => answerQuestion(story, question)).not.toThrow();
  });

  it("answers with passages, or says what the reports don't say: never neither", () => {
    for (const question of ['who delivered the car', 'what colour is the car', '', '???', 'car '.repeat(100)]) {
      const answer = answerQuestion(story, question, { top: 0 });
      expect(answer.hits.length > 0 || (answer.missing ?? '').startsWith("The reports don't say")).toBe(true);
    }
  });
});

describe('warmUpAnswers', () => {
  it('answers questions made from the corpus, and leaves every answer as it was', async () => {
    const cold = buildIndex(await loadCorpus(PROJECT_CORPUS));
    const questions = ['who delivered the car', "what is the name of kim's sister", 'how many seats does it have'];
    const before = questions.map((question) => answerQuestion(cold, question));
    warmUpAnswers(cold);
    expect(questions.map((question) => answerQuestion(cold, question))).toEqual(before);
  });

  it('asks in the ways members do, so that answers and refusals have both run before a member asks', () => {
    const questions = warmUpQuestions(story, 1);
    // Discord markup, a mention and a misspelt question word, as members type them.
    expect(questions.some((question) => question.includes('<@') && question.includes('**'))).toBe(true);
    expect(questions.some((question) => question.startsWith('wen '))).toBe(true);
    const answers = questions.map((question) => answerQuestion(story, question));
    expect(answers.some((answer) => answer.hits.length > 0)).toBe(true);
    expect(answers.some((answer) => answer.hits.length === 0 && answer.missing !== undefined)).toBe(true);
  });
});
