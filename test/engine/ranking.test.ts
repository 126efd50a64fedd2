/**
 * The ranking set: real questions about the story, each pinned to the
 * passages that answer it. A change to analysis or ranking that moves one of
 * these answers off the top fails here, with the question that moved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { answerQuestion } from '../../src/engine/answer.js';
import { buildIndex, type SearchIndex } from '../../src/engine/build.js';
import { PROJECT_CORPUS } from '../support/corpus.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(PROJECT_CORPUS));
});

const topOf = (question: string) => answerQuestion(index, question).hits[0]?.id;

describe('the top passage for real questions', () => {
  it.each([
    // The blog names the agent, "by a Russian delegation": the passive "by" is what a who-question wants.
    ['who delivered the car', ['blog#2', 'reuters#3']],
    // Same question with a typo: "deliverd" is corrected to the corpus word "delivered".
    ['who deliverd the car', ['blog#2', 'reuters#3']],
    // One rare word is a question too: every report mentions the Aurus limousine once.
    ['Aurus', ['blog#10', 'al-jazeera#7', 'reuters#6']],
    // "Kim’s sister" is matched through the possessive, and these paragraphs name her.
    ["Who is Kim's sister?", ['blog#3', 'reuters#4', 'al-jazeera#3']],
    // Sanctions and violate/violation meet in these paragraphs only.
    ['Does the gift violate sanctions?', ['blog#7', 'al-jazeera#5', 'reuters#1']],
    // "inspected" + "September" + "car" words: only Reuters says Kim inspected the limousine.
    ['What car did Kim inspect in September?', ['reuters#6']],
    // The satellite launch and its condemnation are in Al Jazeera's last paragraph.
    ['Who condemned the spy satellite launch', ['al-jazeera#11']],
    // Reuters alone says the report did not describe how the car was shipped.
    ['How was the car shipped?', ['reuters#5']],
    // Kim's collection of luxury cars, listed by make.
    ['What luxury cars does Kim own?', ['al-jazeera#6', 'reuters#8', 'reuters#5']],
    // Members say "weapons"; Reuters and the blog name them: "artillery, rockets and ballistic
    // missiles", "North Korean-supplied short-range ballistic missiles". A missile is a kind of
    // weapon, and Reuters' "North's nuclear weapons development" says nothing of sending any.
    ['hey bot is north korea sending weapons to russia for ukraine', ['reuters#9', 'blog#5']],
    ['is north korea giveing russia weapons for ukrane', ['reuters#9', 'blog#5']],
    ['did north korea realy send wepons to russia for the ukraine war', ['reuters#9', 'blog#5']],
    // Reuters' "since Kim and Putin met in September" has every word but names no place; the blog's
    // "Kim visited Russia for a summit with Putin in September" says where, and covers as much.
    [
      'Where did Putin and Kim hold their meeting in September 2023?',
      ['blog#6', 'al-jazeera#7', 'reuters#6', 'blog#10'],
    ],
    ['_quick q_: where did kim and putin meet back in 2023?', ['blog#6', 'al-jazeera#7', 'reuters#6', 'blog#10']],
    // The same, with his full name: Al Jazeera's "Kim is believed to own … luxury models" names him
    // as the report does after its first paragraphs, and the paragraphs that spell out "Kim Jong Un"
    // say nothing of his cars.
    ['does kim jong un realy like luxery cars', ['al-jazeera#6', 'reuters#5', 'reuters#8']],
    ['What luxury cars does Kim Jong Un already have?', ['al-jazeera#6', 'reuters#5', 'reuters#8']],
    // A name alone: the paragraphs where Kim Yo Jong speaks for her brother.
    ['Kim Yo Jong', ['blog#3', 'al-jazeera#4', 'al-jazeera#3']],
    // What she said: al-jazeera#3 has every word of the question, but there it is KCNA that speaks.
    ['**Kim Yo Jong** said what about the car?', ['al-jazeera#4', 'blog#3']],
    ['wat does kim yo jong think the car shows', ['al-jazeera#4', 'blog#3']],
    // A property the reports do mention is answered: the blog's "a new level of strategic partnership".
    ['what is the level of the partnership between North Korea and Russia', ['blog#4']],
    // Al Jazeera's "Moscow-backed United Nations sanctions" and Reuters' "U.N. ban that Moscow had
    // joined to adopt": Moscow is Russia's government. Reuters' arms paragraph names Russia but no vote.
    ['did Russia vote for the sanctions', ['al-jazeera#5', 'reuters#1']],
    // "UN sanctions" is Al Jazeera's "United Nations sanctions" as much as Reuters' "U.N. sanctions";
    // the arms paragraph that says "U.N." never mentions the car.
    ['hey bot is this car thing breaking UN sanctions?', ['al-jazeera#5', 'blog#7', 'reuters#1']],
    // "since Moscow launched its full-scale invasion of Ukraine in February 2022" dates it; the typo
    // leaves "russia" and "ukraine" to find it, and Moscow is Russia.
    ['when did russia invaid ukraine', ['al-jazeera#8']],
    // "Which UN body" wants an organization the question does not name already: Reuters' "U.N. Security
    // Council resolutions ban…", not the blog's "United Nations sanctions", which only repeats "UN".
    ['which UN body banned luxury goods to NK?', ['reuters#8']],
    ['Which UN body put the ban on sending vehicles to North Korea in place?', ['reuters#8']],
    // "handed over" is a phrasal verb whose main sense is deliver's: the car "was delivered" on 18 February.
    ['so when exactly was it handed over?', ['al-jazeera#3', 'reuters#3', 'blog#2']],
    // A why-question wants a reason: Al Jazeera's car was gifted "in recognition of" the two leaders' relations.
    ['Why would Putin give Kim a car at this point?', ['al-jazeera#2']],
    // "meet" is also the corpus's "met" (Porter2 stems them apart): "Kim and Putin met in September".
    ['wen did putin and kim meet in 2023', ['al-jazeera#7', 'blog#6', 'blog#10', 'reuters#2', 'reuters#6']],
    // Reuters' first paragraph dates only the report ("official media reported on Tuesday"); these
    // date the meeting itself: Kim and Putin met in September, at the cosmodrome.
    [
      'When did Putin and Kim last meet in person before the car gift?',
      ['al-jazeera#7', 'blog#6', 'blog#10', 'reuters#2', 'reuters#6'],
    ],
    // "What year" wants a year: the blog dates Trump's limousine talks "in 2018"; its Putin
    // paragraph, which holds "showed" and "limousine", has only "last September".
    ['What year did Trump show Kim his limo?', ['blog#11']],
    // Asked for someone acting for Kim, it is whom the car was "delivered to": his top aides and
    // his sister. Reuters' first paragraph says Kim himself "has received a car", which the
    // question rules out.
    ["Who received the car on Kim's behalf?", ['al-jazeera#3', 'reuters#3']],
    // "accepted" is WordNet's getting too, and "on behalf of the North Korean leader" names him;
    // the blog's "thanked Putin on her brother's behalf" is what she said, not who got the car.
    ['Who accepted the automobile from Russia on behalf of the North Korean leader?', ['al-jazeera#3', 'reuters#3']],
    // "Which member" asks for a person by name: Al Jazeera names the sister among the aides the car
    // was delivered to. Its first paragraph has as many of the words, "delivered to Kim", but no name
    // beyond the question's.
    ['Which member of the Kim family was involved in taking delivery of the car?', ['al-jazeera#3']],
    // "gave" is in the reports only for Trump's limousine; the giving verb's lemma, "give", is
    // WordNet's "gift": "gifted a car by Russian President Vladimir Putin". It had been refused.
    ['who gave kim the car', ['al-jazeera#2', 'blog#1', 'reuters#1']],
    // "hand … over" with its object between is "delivered", and its stranded "to" asks to whom:
    // Kim's top aides. Reuters' first paragraph, "received a car", has only "car" and "Pyongyang".
    ['who did they hand the car over to in pyongyang', ['al-jazeera#3', 'reuters#3']],
    // "everyone saying" is hearsay: the question asks why the two countries grow closer, which
    // Reuters and Al Jazeera tell ("forged closer ties since…"), not what Kim's sister was "saying".
    [
      'why is everyone saying russia and north korea are getting closer',
      ['al-jazeera#8', 'al-jazeera#10', 'reuters#2', 'reuters#9', 'blog#4'],
    ],
    // The reports call Kim's cars "luxury" and "high-end", never "expensive"; luxury is a degree of
    // expensiveness in WordNet. Without it, Reuters' thanks to Putin came first for "Kim Jong Un".
    [
      'Is Kim Jong Un known to be a fan of expensive vehicles?',
      ['al-jazeera#6', 'reuters#5', 'reuters#8', 'blog#7', 'blog#8'],
    ],
  ])('%s', (question, answers) => {
    expect(answers).toContain(topOf(question));
  });
});

describe('questions as members type them', () => {
  it.each([
    // Greetings, the bot's name and "please" are chatter: the same passage as the bare question.
    ['hey citebot who delivered the car please', ['blog#2', 'reuters#3']],
    // The question word counts wherever it stands: "so who" still asks for an agent.
    ['so who delivered the car', ['blog#2', 'reuters#3']],
    // Discord markup is not part of the question.
    ['**who** delivered _the_ car', ['blog#2', 'reuters#3']],
    // A mention and an emoji are chatter too.
    ['<@123456789012345678> who delivered the car?? 🚗', ['blog#2', 'reuters#3']],
    // "present" is WordNet's synonym of "gift"; these paragraphs say the gift violates the sanctions.
    ['does the present violate the sanctions?', ['blog#7', 'al-jazeera#5', 'reuters#1']],
    // The same synonym: the sister thanked Putin for the gift.
    ['did Kim thank Putin for the present', ['blog#3', 'reuters#4', 'al-jazeera#4']],
    // "NK" is spelled out by the corpus itself as "North Korea"; Reuters says Kim's cars are banned from export there.
    ['what luxury goods are banned from export to NK', ['reuters#8']],
    // A typo in a rare word: "limozine" is corrected to "limousine"; Kim inspected Putin's limousine.
    ['did kim inspect putins limozine', ['reuters#6', 'al-jazeera#7']],
    // "Japanese" qualifies the brand rather than naming the topic; the Lexus is the only Japanese make listed.
    ["Which Japanese car brand is in Kim's collection?", ['al-jazeera#6', 'reuters#8']],
    // "bring" is the corpus's "brought": Kim's Maybach was "brought onboard a special train".
    ['What car did Kim bring with him to Russia?', ['reuters#7']],
    // Two letters swapped: "trian" is "train"; Kim's Maybach came on board his special train.
    ['what car did kim bring on his trian', ['reuters#7']],
    // A question word a letter short: "wich day" asks for a date, "delivered … on Feb. 18".
    ['wich day did kim get the car', ['al-jazeera#3', 'reuters#3', 'blog#2']],
    // Shouting is the same question: capitals mark no names or acronyms in it.
    ['WHO DELIVERED THE CAR', ['blog#2', 'reuters#3']],
    // "quick one" is chatter: "one" is a corpus word ("as the best one"), and counted it found the
    // paragraph quoting Kim's sister instead of those saying what Putin gave.
    ['hey bot 👋 quick one — what did putin actually give kim jong un??', ['al-jazeera#2', 'reuters#1', 'blog#1']],
    // "picked up" is one of WordNet's phrasal getting verbs ("collect, pick up"): the car was
    // delivered to Kim's top aides, not by the Russian delegation's passive "by".
    ['so who picked up the car for Kim? 🚗', ['al-jazeera#3', 'reuters#3']],
    // The same with a misspelt verb: "recieved" is corrected to the corpus's "received" before the
    // question is read for what it asks, so it still asks whom the car was handed to.
    ["who recieved the car on kim's behalf", ['al-jazeera#3', 'reuters#3']],
    // Reuters' "since Kim and Putin met in September" names no place near "met": its "Ukraine", far
    // along the sentence, is where the war is. The blog's "Kim visited Russia for a summit with Putin".
    ['Where did Putin and Kim meet up in 2023?', ['blog#6', 'al-jazeera#7', 'reuters#6', 'blog#10']],
    ['where did putin and kim meet in septmber last yr', ['blog#6', 'al-jazeera#7', 'reuters#6', 'blog#10']],
    // "were did" cannot be "were": no auxiliary follows it. It is "where", a letter short, and asks for a place.
    ['were did kim and putin meet in septmber', ['blog#6', 'al-jazeera#7', 'reuters#6', 'blog#10']],
    // "spaceport" is no WordNet word; its "space" is Reuters' "space launch station", visited in September.
    ["When did Kim visit Russia's spaceport?", ['reuters#6']],
    // Taking delivery is getting the car: it was delivered to Kim's top aides.
    ["Who actually took delivery of the car on Kim's behalf?", ['al-jazeera#3', 'reuters#3']],
    // Every candidate is read for whom it hands the car to, but only the five best for another car:
    // Kim's Maybach on his train "from Pyongyang", far down, must not refuse the question.
    ['who picked up the car for kim in pyongyang', ['al-jazeera#3', 'reuters#3']],
    // Asked what kind of car it is, the reports' answer is that they were not told: Al Jazeera's
    // "the make and model of which was not disclosed", Reuters' "did not describe the car". The
    // blog's "Putin has gifted a car to … Kim Jong Un" holds every word and says nothing of its kind.
    ['what kind of car did Kim get from Putin', ['al-jazeera#3', 'reuters#5']],
    // Asked yes or no whether it is an Aurus Senat, the answer is the same: the reports were not
    // told. Al Jazeera's "Putin's presidential Aurus Senat limousine" is another car.
    ['was the car a aurus senat', ['al-jazeera#3', 'reuters#5']],
    // Why they are close: they "have forged closer ties since …" (Al Jazeera, Reuters). The blog's
    // missiles fired "in recent weeks" share the rare word "recent", but that is its writer's time,
    // not the asker's "recently".
    ['Why have Russia and North Korea become so close recently?', ['al-jazeera#8', 'reuters#2']],
    // "worreid" is "worried", which the corpus has only as "expressed concern": Al Jazeera's United
    // States and its ally South Korea. Left unknown, the arms deals found North Korea's denial first.
    ['is south korea worreid about arms deals', ['al-jazeera#10']],
    // Asked to explain why people say it, the question is why the gift breaks sanctions: the
    // paragraphs on the violation, not Kim's sister "saying that the gift serves …".
    ['pls explain why people are saying the car gift breaks sanctions', ['al-jazeera#5', 'blog#7', 'reuters#1']],
    // "ever" asks whether it happened at all, in the asker's time: WordNet's "always" (its second
    // sense) found Kim's "I will always be standing with Russia" first. Kim admired, inspected, was
    // shown Putin's limousine.
    ["yo bot: did kim ever get to check out putin's limo?? 🚗", ['al-jazeera#7', 'blog#10', 'reuters#6']],
  ])('%s', (question, answers) => {
    expect(answers).toContain(topOf(question));
  });
});

describe('asking for a name or an identity', () => {
  it.each([
    // The reports' answer to "what kind of car" is that they were not told: Reuters says
    // the report "did not describe the car", Al Jazeera that "the make and model … was not disclosed".
    ['what kind of car did he get', ['reuters#5', 'al-jazeera#3']],
    ['which model did Putin give Kim', ['reuters#5', 'al-jazeera#3']],
    ['what brand is the car', ['reuters#5', 'al-jazeera#3']],
    // "make" is a word here, not a stop word: WordNet's "brand" finds "the make and model … was not disclosed".
    ['Do we know what brand the car Putin gave Kim is?', ['al-jazeera#3']],
    // "make of" only frames the request: the Beast is the Cadillac the blog names.
    ['What make of car is the Beast?', ['blog#11']],
    // These two name her: "Kim’s sister, Kim Yo Jong thanked Putin", "his sister Kim Yo Jong".
    // Reuters#4 has the sister speak but never gives her name.
    ["what is the name of kim's sister", ['blog#3', 'al-jazeera#3']],
    ["what's the name of Kim Jong Un's sister", ['blog#3', 'al-jazeera#3']],
    ["kim's sister name?", ['blog#3', 'al-jazeera#3']],
    // "putin" typed small is a name the corpus writes with a capital, not the noun whose brand is asked.
    ['whats the brand of the car putin gave kimm', ['reuters#5', 'al-jazeera#3']],
    // "kinda" is "kind of": the question asks what kind of car, and the reports say they were not told.
    ['wat kinda car did putin giv kim', ['al-jazeera#3', 'reuters#5']],
    // The blog's "Putin has gifted a car to … Kim Jong Un" holds every word and says nothing of the
    // car's kind; saying the kind was not told outweighs repeating who gave it to whom.
    ['what kind of car did Putin give Kim?', ['al-jazeera#3', 'reuters#5']],
    ['wat kind of car did putin giv kim jong un', ['al-jazeera#3', 'reuters#5']],
    // "What car" asks which car was given, as "what kind of car" does: the blog's "has gifted a car to
    // … Kim Jong Un" names no car, and the reports' answer is that its make was not disclosed.
    ['hey citebot, what car did Putin give Kim? 🚗', ['al-jazeera#3', 'reuters#5']],
    // A car Putin did not give: his own limousine, which Kim admired in September.
    ['What car does Putin use that Kim admired?', ['al-jazeera#7', 'reuters#6', 'blog#10']],
    // A car is a vehicle (four WordNet links up): "the make and model … was not disclosed" of the car
    // answers what kind of vehicle it was, though it never says "vehicle".
    ['What kind of vehicle did the Russian president send to Kim Jong Un as a present?', ['al-jazeera#3', 'reuters#5']],
    // Kim's cars in the plural ask for a list of kinds, which Al Jazeera's silence on the gift's make
    // does not give; "genuinely curious" is chatter, and "not disclosed" must not pass the collection.
    ['_genuinely curious_ — what kinds of cars does Kim already own?', ['al-jazeera#6', 'reuters#8', 'blog#8']],
  ])('%s', (question, answers) => {
    expect(answers).toContain(topOf(question));
  });
});

describe('near misses: the reports never say', () => {
  it.each([
    // No report quotes the White House: a name the corpus lacks is what the question is about.
    ['what did the White House say about the gift', "The reports don't say what the White House said about the gift."],
    // Nor the State Department, though they say "state media" and "departed" (one stem with "Department").
    [
      'what did the State Department say about the gift',
      "The reports don't say what the State Department said about the gift.",
    ],
    // Typed without its space, the White House is still a name no report mentions.
    ['what did the whitehouse say about the gift', "The reports don't say what the whitehouse said about the gift."],
    // Nor China.
    [
      'Did China comment on Putin giving Kim a car?',
      "The reports don't say whether China commented on Putin giving Kim a car.",
    ],
    // Typed in small letters, China is still a name no report mentions.
    ['did china comment on the car', "The reports don't say whether china commented on the car."],
    // A misspelled question word still asks for a colour, and no report gives the car's.
    ['wat color is the car', "The reports don't say what color the car is."],
    // A count the reports never give: they list none of the car's details.
    ['How many seats does the new car have?', "The reports don't say how many seats the new car has."],
    // The reports tell of a gift from Putin to Kim; none has Kim hand anything to Putin (his sister
    // "conveyed Kim Jong Un's thanks").
    ['What did Kim give Putin in return?', "The reports don't say what Kim gave Putin in return."],
    // The car was delivered "by a Russian delegation", "by the Russian side": no report names the one
    // who handed it over. (Putin gifted it; he did not hand it over.)
    [
      'Which Russian official handed the car to Kim Yo Jong?',
      "The reports don't say which Russian official handed the car to Kim Yo Jong.",
    ],
    // Reuters says the North supplies artillery; its only count is "the two countries", which counts
    // no shells.
    [
      'How many artillery shells has North Korea sent to Russia so far?',
      "The reports don't say how many artillery shells North Korea has sent to Russia so far.",
    ],
    // "shipped" also brings the blog's "two armored Mercedes-Maybach S600 Guard vehicles were
    // shipped": vehicles are made things, as shells are, but no kind of shell.
    [
      'How many artillery shells has North Korea shipped to Russia so far?',
      "The reports don't say how many artillery shells North Korea has shipped to Russia so far.",
    ],
    // No report mentions a licence plate or a factory: they cannot say which one.
    ["What's the licence plate on Kim's new car?", "The reports don't say what the licence plate is on Kim's new car."],
    [
      'Which factory in Russia built the car for Kim?',
      "The reports don't say which factory in Russia built the car for Kim.",
    ],
    // No report mentions a committee, so none can say what it is called.
    [
      "what's the UN committee that's supposed to police the north korea sanctions called?",
      "The reports don't say: \"what's the UN committee that's supposed to police the north korea sanctions called?\".",
    ],
    // "Washington-based" shares the stem of "base", but no report mentions a base: only Reuters'
    // "space launch station", which it does not name.
    [
      'what is the name of the russian space base where kim and putin met',
      "The reports don't say what the name of the russian space base is where kim and putin met.",
    ],
    // Nor do they quote the Japanese, who are here what the question is about.
    ['what did the Japanese say about the gift', "The reports don't say what the Japanese said about the gift."],
    // Asked with "who's": the same focus, a spokesman no report mentions; the second question makes it quoted.
    [
      "so who's the kremlin spokesman, did he say anything about the car",
      `The reports don't say: "who's the kremlin spokesman, did he say anything about the car".`,
    ],
    // No report mentions a spokesman, so none can name one.
    ['what is the name of the kremlin spokesman', "The reports don't say what the name of the kremlin spokesman is."],
    // No report counts Kim's cars: "Lexus LX 570" is a model's name, not a count.
    ['How many cars does Kim Jong Un own in total?', "The reports don't say how many cars Kim Jong Un owns in total."],
    // No report mentions a price, and no passage about the car holds an amount: only the Maybach's "$1 million".
    ['car price', `The reports don't say: "car price".`],
    // Nor its top speed: "speed" is a rate, a property whose value is a number, and none of the
    // passages about the car holds one.
    ['car top speed', `The reports don't say: "car top speed".`],
    // Nor a speed: "fast" is in no report, and no passage about the new car holds a number.
    ['how fast can kims new car go', "The reports don't say how fast kims new car can go."],
    // "yet" asks about the time since the reports: none says what Kim has done with the car by then.
    [
      'Has Kim Jong Un driven the new car himself yet?',
      "The reports don't say whether Kim Jong Un has driven the new car himself yet.",
    ],
    // A date is a day: the blog's "In January" dates the diplomats' meeting, and no passage about
    // Putin's visit names a day.
    ['What date will Putin visit Pyongyang?', "The reports don't say what date Putin will visit Pyongyang."],
    ['putin visit date', `The reports don't say: "putin visit date".`],
    // Only Reuters' "Kim himself drove to the site in a Maybach limousine" has "drove": another car
    // than the gift, and no passage about the gift says who drove it.
    ['Who drove the car to Pyongyang?', "The reports don't say who drove the car to Pyongyang."],
    // The blog's armored cars are "Mercedes-Maybach S600 Guard vehicles" and a Maybach "armored
    // limousine": Kim's other cars, named by their maker.
    ['Is the car armored or bulletproof?', "The reports don't say whether the car is armored or bulletproof."],
    // The same Maybach paragraph, asked yes or no about the new car.
    ['did kim drive the new car himself', "The reports don't say whether kim drove the new car himself."],
    // "Worth upwards of $1 million" is said of Kim's Maybach limousine; "the car Putin gave Kim" only
    // says which car, and the passages about it give no value.
    ['How much is the car Putin gave Kim worth?', "The reports don't say how much the car Putin gave Kim is worth."],
    // Al Jazeera's "said in November" dates what the spy agency said, not the launch it spoke of,
    // and no passage about the satellite dates anything else.
    [
      'When did North Korea launch its spy satellite?',
      "The reports don't say when North Korea launched its spy satellite.",
    ],
  ])('%s', (question, missing) => {
    const answer = answerQuestion(index, question);
    expect(answer.hits).toEqual([]);
    expect(answer.missing).toBe(missing);
    // The closest passages are still offered, as related reading and not as an answer.
    expect(answer.related.length).toBeGreaterThan(0);
  });

  it('does not refuse to name a made thing the reports mention in its own form: the space station', () => {
    expect(answerQuestion(index, 'what is the name of the space station where kim and putin met').hits).not.toEqual([]);
  });

  it('does not refuse a made thing named with a word the reports have: a media outlet is their "state media"', () => {
    expect(answerQuestion(index, 'Which North Korean media outlet first reported on the car gift?').hits).not.toEqual(
      [],
    );
  });
});

describe('what a member sees for "who delivered the car"', () => {
  it('quotes the sentence that names who delivered it, and lists the reports that agree', () => {
    const [top] = answerQuestion(index, 'who delivered the car').hits;
    expect(top).toMatchObject({
      id: 'reuters#3',
      source: 'Reuters',
      author: 'Jack Kim',
      quote:
        'The Russian-made car was delivered to Kim’s top aides by the Russian side on Feb. 18, official KCNA news agency said.',
      terms: ['car', 'delivered'],
    });
    // Al Jazeera and the blog report the same delivery.
    expect(top?.alsoReportedBy.map((other) => other.id)).toEqual(['al-jazeera#3', 'blog#2']);
  });
});
