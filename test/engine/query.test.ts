import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { planQuestion } from '../../src/engine/plan.js';
import { indexOfReport, PROJECT_CORPUS } from '../support/corpus.js';

let story: SearchIndex;
beforeAll(async () => {
  story = buildIndex(await loadCorpus(PROJECT_CORPUS));
});

const termsOf = (question: string) => planQuestion(story, question).terms;

describe('planQuestion: one typed word, one word of weight', () => {
  it('"UN" stands for all the ways the reports write it, weighing together no more than its rarest form', () => {
    const terms = termsOf('UN');
    expect(terms.length).toBeGreaterThan(1);
    const total = terms.reduce((sum, term) => sum + term.weight, 0);
    // Summed, "UN", "U.N." and "United Nations" would weigh more than any other word of a question.
    const rarest = Math.max(...terms.map((term) => story.idf[term.termId] ?? 0));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(rarest);
  });

  it('"Un" in a name is the name, not the acronym', () => {
    expect(termsOf('Kim Jong Un').map((term) => term.stem)).toEqual(['kim', 'jong', 'un']);
    expect(termsOf("Kim Jong Un's sister").map((term) => term.stem)).toEqual(['kim', 'jong', 'un', 'sister']);
  });

  it('a short word in capitals is the word when the corpus has no such acronym', () => {
    // "FOR" is the stop word, not an unknown name that would make the bot refuse.
    expect(termsOf('did Russia vote FOR the sanctions').map((term) => term.stem)).toEqual(
      termsOf('did Russia vote for the sanctions').map((term) => term.stem),
    );
    expect(termsOf('the CAR').map((term) => [term.stem, term.termId >= 0])).toEqual([['car', true]]);
    // "US" is an acronym the reports use: it stays the United States.
    expect(termsOf('US').map((term) => term.stem)).not.toContain('us');
  });

  it('"recently", "lately" and "ever" place the question in the asker\'s time: they weigh little', () => {
    const weightOf = (question: string, stem: string) => termsOf(question).find((term) => term.stem === stem)?.weight;
    // The blog's "in recent weeks" is its writer's time, not what "why so close recently" asks about.
    const recent = weightOf('why have russia and north korea become so close recently', 'recent');
    expect(recent).toBeCloseTo((story.idf[story.termIds.get('recent') ?? -1] ?? 0) * 0.3);
    // The words after it weigh in full.
    expect(weightOf('recently closer', 'closer')).toBe(weightOf('closer', 'closer'));
    // "ever" too, and so does the "always" it stands for.
    expect(weightOf('did kim ever see it', 'alway')).toBeCloseTo((weightOf('always', 'alway') ?? 0) * 0.5 * 0.3);
  });

  it('contractions are stop words, typed with the apostrophe or without', () => {
    expect(termsOf("didn't they say")).toEqual(termsOf('didnt they say'));
    expect(termsOf("didn't they're can't").map((term) => term.stem)).toEqual([]);
  });
});

describe('planQuestion: words typed without their space', () => {
  it('reads a word that is two corpus words run together as both: "northkorea" is North Korea', () => {
    const stems = (question: string) => termsOf(question).map((term) => [term.stem, term.termId >= 0]);
    expect(stems('did northkorea thank putin')).toEqual(stems('did north korea thank putin'));
  });

  it('reads a corpus word in a word WordNet lacks, when the rest is an English word: "spaceport" has "space"', () => {
    // Reuters' "space launch station"; no report says "port", which adds nothing.
    expect(termsOf("when did kim visit russia's spaceport").map((term) => term.stem)).toEqual(
      termsOf("when did kim visit russia's space").map((term) => term.stem),
    );
    // Neither half of "cosmodrome" is a corpus word: it stays a word the corpus lacks.
    expect(termsOf('cosmodrome').map((term) => [term.stem, term.termId])).toEqual([['cosmodrom', -1]]);
  });

  it('leaves a word WordNet lists whole, though its halves are corpus words: "bulletproof" is no bullet and proof', async () => {
    const paragraphs = ['The bullet was kept as proof.', 'The armored limousine was the car he came in.'];
    const index = await indexOfReport({ id: 'news', source: 'News', title: 'Cars', paragraphs });
    const terms = planQuestion(index, 'is the car bulletproof').terms.map((term) => [term.stem, term.termId >= 0]);
    expect(terms).toEqual([
      ['car', true],
      ['bulletproof', false],
    ]);
    // A word WordNet does not list is split: "armoredlimousine" is "armored limousine".
    const stems = (question: string) => planQuestion(index, question).terms.map((term) => term.stem);
    expect(stems('armoredlimousine')).toEqual(stems('armored limousine'));
  });
});

describe('planQuestion: irregular forms', () => {
  it('a word stands for its irregular form in the corpus, at full weight: "bring" finds "brought"', () => {
    const [bring] = termsOf('bring');
    expect(bring?.stem).toBe('brought');
    expect(bring?.weight).toBe(story.idf[bring?.termId ?? -1]);
  });

  it('a word the corpus has finds its irregular forms there too: "meet" (as in "meeting") finds "met"', async () => {
    const paragraphs = ['Kim and Putin met in September.', 'The meeting with US officials was in 2018.'];
    const index = await indexOfReport({ id: 'news', source: 'News', title: 'Summits', paragraphs });
    const [meet] = planQuestion(index, 'when did they meet').terms;
    expect(meet?.stem).toBe('meet');
    expect(meet?.aliases?.map((id) => index.stems[id])).toEqual(['met']);
    // Both paragraphs hold the question's one word: "met" counts as "meet".
    const plan = planQuestion(index, 'when did they meet');
    expect(plan.slotOf.get(index.termIds.get('met') ?? -1)).toBe(plan.slotOf.get(index.termIds.get('meet') ?? -1));
  });

  it('a question word is not read through its lemma\'s WordNet relatives: "sent" is not "station"', () => {
    expect(termsOf('sent').map((term) => term.stem)).not.toContain('station');
  });
});

describe('planQuestion: two-word names', () => {
  const report = (paragraphs: string[]) => indexOfReport({ id: 'news', source: 'News', title: 'Gifts', paragraphs });

  it('a name WordNet lists that no paragraph writes is one the reports lack, though they have its words', async () => {
    const index = await report(['State media reported the gift.', 'The delegation departed on Sunday.']);
    expect(planQuestion(index, 'what did the State Department say').question.unknownNames).toEqual([
      'State Department',
    ]);
    // Typed in small letters, it is the same name.
    expect(planQuestion(index, 'what did the state department say').question.unknownNames).toEqual([
      'state department',
    ]);
  });

  it('typed without its space, is still a name: "whitehouse" is the White House', () => {
    expect(planQuestion(story, 'what did the whitehouse say').question.unknownNames).toEqual(['whitehouse']);
    // A word the corpus lacks that is no name run together stays a common word.
    expect(planQuestion(story, 'what did the bluecar say').question.unknownNames).toEqual([]);
  });

  it('is known when a paragraph writes it, and is no name when its words are apart or inflected', async () => {
    const index = await report(['The State Department said nothing.', 'President Grant granted land to Victoria.']);
    expect(planQuestion(index, 'what did the State Department say').question.unknownNames).toEqual([]);
    // "Victoria's land" is no Victoria Land, and "president granted" no President Grant.
    expect(planQuestion(index, "how much of Victoria's land did the president grant").question.unknownNames).toEqual(
      [],
    );
    expect(planQuestion(index, 'what land was the president granted').question.unknownNames).toEqual([]);
  });

  it('is written only inside one paragraph: the end of one and the start of the next make no name', async () => {
    const index = await report(['Media of the state', 'Department officials left.']);
    expect(planQuestion(index, 'what did the State Department say').question.unknownNames).toEqual([
      'State Department',
    ]);
  });
});

describe('planQuestion: phrasal verbs', () => {
  it('reads a verb and its particle as the phrasal verb: "handed over" stands for "delivered"', () => {
    const stems = termsOf('when exactly was it handed over').map((term) => [term.stem, term.termId >= 0]);
    expect(stems).toContainEqual(['deliv', true]);
    // Without its particle, "handed" is no delivery.
    expect(termsOf('when exactly was it handed').map((term) => term.stem)).not.toContain('deliv');
  });

  it('finds the particle after a short object, where the clause ends or "to" follows it', () => {
    expect(termsOf('who did they hand the car over to').map((term) => term.stem)).toContain('deliv');
    expect(termsOf('who handed it over?').map((term) => term.stem)).toContain('deliv');
    // After a pronoun, the particle is the verb's whatever follows, as the question readers find it.
    expect(termsOf('who handed it over in pyongyang').map((term) => term.stem)).toContain('deliv');
    // "over the summer" is a phrase of time, not the verb's particle.
    expect(termsOf('did putin hand kim a car over the summer').map((term) => term.stem)).not.toContain('deliv');
  });
});

describe('planQuestion: "un" after a name', () => {
  it('is the end of "kim jong un" in small letters, not the United Nations', () => {
    const stems = termsOf('why did putin send kim jong un a car').map((term) => term.stem);
    expect(stems).toContain('un');
    expect(stems).not.toContain('nation');
    // Alone, "un" still stands for the acronym's spelling too.
    expect(termsOf('un sanctions').map((term) => term.stem)).toContain('nation');
  });
});

describe('planQuestion: names the reports lack', () => {
  it('knows a place or an organization in small letters as a name, but not a word that is also a first name', () => {
    expect(planQuestion(story, 'did china comment on the car').question.unknownNames).toEqual(['china']);
    expect(planQuestion(story, 'did NATO react').question.unknownNames).toEqual(['NATO']);
    expect(planQuestion(story, 'will the car be shipped by rail').question.unknownNames).toEqual([]);
  });
});

describe('planQuestion: typos', () => {
  it('corrects two swapped letters, which are two edits to a plain edit distance', () => {
    expect(termsOf('trian').map((term) => term.stem)).toEqual(['train']);
  });

  it('takes two swapped letters over any other two edits, however common the other word', async () => {
    // "recieved" is as many Levenshtein edits from "believed" as from "received".
    expect(termsOf('who recieved the car').map((term) => term.stem)).toContain('receiv');
    const paragraphs = ['The packets were sealed.', 'More packets left at noon.', 'He made nine tackles.'];
    const index = await indexOfReport({ id: 'news', source: 'News', title: 'Games', paragraphs });
    expect(planQuestion(index, 'how many tackels').terms.map((term) => term.stem)).toContain('tackl');
  });

  it('corrects a four-letter word a letter off, unless it is an English word of its own', () => {
    expect(termsOf('kimm').map((term) => term.stem)).toEqual(['kim']);
    // "ride" is a word: it stays a word the corpus lacks rather than becoming "side" or "rode".
    expect(termsOf('ride').map((term) => [term.stem, term.termId])).toEqual([['ride', -1]]);
  });

  it('corrects a name of seven letters or more two edits off: "Ghengis" is Genghis, "Mnafeld" Mansfeld', async () => {
    const paragraphs = ['Genghis Khan was born near the river.', 'Luther visited Mansfeld and Eisleben.'];
    const index = await indexOfReport({ id: 'news', source: 'News', title: 'Names', paragraphs });
    const stems = (question: string) => planQuestion(index, question).terms.map((term) => term.stem);
    expect(stems('where was Ghengis born')).toEqual(stems('where was Genghis born'));
    expect(stems('when did Luther visit Mnafeld')).toEqual(stems('when did Luther visit Mansfeld'));
    // Six letters are one edit's worth: "Gnehis" is two off and stays a name the reports lack.
    expect(planQuestion(index, 'where was Gnehis born').question.unknownNames).toEqual(['Gnehis']);
  });

  it('corrects a word to another form of a corpus word, one letter off: "acused" is the reports\' "accusation"', () => {
    // MiniSearch's fuzzy lookup reaches only the forms the corpus writes, and "accused" is not one.
    expect(termsOf('why is north korea acused').map((term) => [term.stem, term.termId >= 0])).toContainEqual([
      'accus',
      true,
    ]);
    // A word WordNet lists stays as typed, however rare: "rubles" is not "rules".
    expect(termsOf('rubles').map((term) => [term.stem, term.termId])).toEqual([['rubl', -1]]);
  });

  it('corrects a long word only when it is no English word', () => {
    expect(termsOf('sanctons').map((term) => term.stem)).toEqual(['sanction']);
    // "impressed" is two edits from the reports' "expressed", and means something else.
    expect(termsOf('impressed').map((term) => [term.stem, term.termId])).toEqual([['impress', -1]]);
  });

  it('corrects a typo of an English word the corpus lacks to that word, when it stands for corpus words', () => {
    const stems = (question: string) => termsOf(question).map((term) => term.stem);
    // "worreid" is "worried" (two letters swapped), which the reports word as "expressed concern".
    expect(stems('worreid')).toEqual(stems('worried'));
    expect(stems('worreid')).toContain('concern');
    // A letter left out: "givng" is "giving", which the reports word as "gifted".
    expect(stems('givng')).toEqual(stems('giving'));
    // A stop word is one too: "teh" adds nothing.
    expect(stems('teh car')).toEqual(['car']);
  });

  it('takes the English word meant before asking whether it leads anywhere', () => {
    // "goin" is "going", which no report's word stands for; "join", a letter changed, might be.
    expect(termsOf('goin').map((term) => [term.stem, term.termId])).toEqual([['goin', -1]]);
    // A first name is no typo: "kim jon un" does not join anything.
    expect(termsOf('jon').map((term) => [term.stem, term.termId])).toEqual([['jon', -1]]);
    // A word in use that WordNet lists only through its lemma is no typo: "friendlier" is no "friendlies".
    expect(termsOf('friendlier').map((term) => [term.stem, term.termId])).toEqual([['friendlier', -1]]);
  });
});

describe('planQuestion: kinds of a thing asked about in the plural', () => {
  /** The stems of the question's kind terms, with their weight as a share of the word's own. */
  const kindsIn = (index: SearchIndex, question: string) =>
    planQuestion(index, question)
      .terms.filter((term) => term.kind)
      .map((term) => [term.stem, Number((term.weight / (index.idf[term.termId] ?? 1)).toFixed(2))]);

  it('adds the corpus words that are kinds of it, at 0.6 of their weight: a missile is a weapon', () => {
    // The story's "supplying artillery, rockets and ballistic missiles to Russia".
    expect(kindsIn(story, 'is north korea sending weapons to russia')).toEqual([['missil', 0.6]]);
  });

  it('adds them for a misspelt plural, by the corpus word it was corrected to', () => {
    expect(kindsIn(story, 'is north korea sending weapns to russia')).toEqual([['missil', 0.6]]);
  });

  it('adds none for the word in the singular, which asks about one thing', () => {
    expect(kindsIn(story, 'which weapon did north korea send')).toEqual([]);
  });

  it('adds none for a broad class, of which the corpus has more than two kinds', async () => {
    const index = await indexOfReport({
      id: 'armoury',
      source: 'Armoury News',
      title: 'Old arms',
      paragraphs: ['The museum shows a sword, a spear and a gun.', 'Its weapons are old.'],
    });
    expect(kindsIn(index, 'what weapons does the museum show')).toEqual([]);
  });

  it('adds none for a class whose kinds in the corpus go deeper: vehicles are cars too, not only rockets', () => {
    // WordNet files rockets (one link) and missiles (two) under vehicle, and cars four links down.
    expect(kindsIn(story, 'what vehicles does kim own')).toEqual([]);
  });

  it('does not add to what the question asks: a passage with the kind only is not refused for it', () => {
    const plan = planQuestion(story, 'is north korea sending weapons to russia');
    const asked = plan.terms.filter((term) => !term.kind).reduce((sum, term) => sum + term.weight, 0);
    expect(plan.totalWeight).toBeCloseTo(asked, 10);
  });
});
