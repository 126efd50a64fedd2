import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/chatter.js';
import { questionWord } from '../../src/text/question-words.js';

describe('cleanQuestion: Discord markup', () => {
  it.each([
    ['**who** drove the car?', 'who drove the car?'],
    ['__who__ drove the car?', 'who drove the car?'],
    ['*who* drove the _new_ car?', 'who drove the new car?'],
    ['~~when~~ who drove the car?', 'when who drove the car?'],
    ['||who drove the car||?', 'who drove the car?'],
    ['who drove it to `Pyongyang`?', 'who drove it to Pyongyang?'],
    ['```\nwho drove the car\n```', 'who drove the car'],
    ['```txt\nwho drove the car```', 'who drove the car'],
    ['<@123456789> who drove the car?', 'who drove the car?'],
    ['<@!123456789> who drove the car?', 'who drove the car?'],
    ['who drove the car <@&987>?', 'who drove the car?'],
    ['<#42> who drove the car?', 'who drove the car?'],
    ['who drove the car <:kek:1234> <a:dance:99>', 'who drove the car'],
    ['@everyone @here who drove the car', 'who drove the car'],
    ['who drove the car 🚗🔥👍🏽', 'who drove the car'],
    ['who sent the car 🇷🇺➡️🇰🇵', 'who sent the car'],
    ['who sent the car :thinking: :)', 'who sent the car'],
    ['see https://example.com/a?b=1 who sent the car', 'see who sent the car'],
    ['who sent [the car](https://example.com/car)?', 'who sent the car?'],
    ['> who sent the car?', 'who sent the car?'],
    ['\\*who\\* sent the car', 'who sent the car'],
    ['what is snake_case', 'what is snake_case'],
    ['who paid 5*3 dollars', 'who paid 5 3 dollars'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanQuestion(raw)).toBe(cleaned);
  });
});

describe('cleanQuestion: shouting', () => {
  it('reads a question typed in capitals in small letters', () => {
    expect(cleanQuestion('WHO DELIVERED THE CAR')).toBe('who delivered the car');
    expect(cleanQuestion('HEY CITEBOT WHO DELIVERED THE CAR??')).toBe('who delivered the car?');
  });

  it('keeps the capitals of a question that has small letters, or of one word alone', () => {
    expect(cleanQuestion('did the UN ban it')).toBe('did the UN ban it');
    expect(cleanQuestion('KCNA')).toBe('KCNA');
  });
});

describe('cleanQuestion: chatter at the edges', () => {
  it.each([
    ['hey @citebot, **who** drove the car? thx', 'who drove the car?'],
    ['Hey <@123456>! quick question: who gave Kim the car?? thanks!!', 'who gave Kim the car?'],
    // "quick one" and "real question" announce a question as "quick question" does.
    ['hey bot 👋 quick one — what did putin actually give kim jong un??', 'what did putin actually give kim jong un?'],
    ['citebot quick one: `is russia and north korea an alliance now`', 'is russia and north korea an alliance now'],
    ['**ok real question**: what did Putin write to Kim?', 'what did Putin write to Kim?'],
    ['_genuinely curious_ — what kinds of cars does Kim already own?', 'what kinds of cars does Kim already own?'],
    ['hi citebot who gave Kim the car', 'who gave Kim the car'],
    ['Hello there! Who gave Kim the car?', 'Who gave Kim the car?'],
    ['good morning citebot! do you know where the car was made? ty :)', 'where the car was made?'],
    ['Yo bot, can you please tell me what colour the car was? pls', 'what colour the car was?'],
    ['could you tell me when the car arrived', 'when the car arrived'],
    ['I was wondering, how much is the car worth lol', 'how much is the car worth'],
    ['I want to know who drove the car', 'who drove the car'],
    ['so who delivered the car', 'who delivered the car'],
    ['ok, when did the car arrive?', 'when did the car arrive?'],
    ['ok when did the car arrive', 'when did the car arrive'],
    ['okay so um who drove it', 'who drove it'],
    ['um so like who drove it', 'who drove it'],
    ['well, who paid for it?', 'who paid for it?'],
    ['btw who paid for it', 'who paid for it'],
    ['anyway, who paid for it? thank you so much', 'who paid for it?'],
    ['who paid for it, ok?', 'who paid for it?'],
    ['who paid for it please', 'who paid for it'],
    ['who paid for it, bot?', 'who paid for it?'],
    ['who paid for it citebot', 'who paid for it'],
    // A time of day greets with a group after it, or set apart like a weak filler.
    ['morning all ☕ citebot, how did north korea announce the gift?', 'how did north korea announce the gift?'],
    ['morning! who delivered the car', 'who delivered the car'],
    ['gm citebot who delivered the car', 'who delivered the car'],
    ['yo, is it true Kim is obsessed with limos?? _asking for a friend_', 'is it true Kim is obsessed with limos?'],
    // A request to check the question, after it or before it.
    [
      "he liked putin's limo so putin just gave him one?? citebot pls confirm",
      "he liked putin's limo so putin just gave him one?",
    ],
    ['putin gave kim a car? can you verify that', 'putin gave kim a car?'],
    ['can you confirm that putin gave kim a car', 'putin gave kim a car'],
    // Why people say something asks why it is so: who says it is hearsay.
    ['Why do people say this gift could break international rules?', 'Why this gift could break international rules?'],
    [
      'why is everyone saying russia and north korea are getting closer',
      'why russia and north korea are getting closer',
    ],
    // A greeting drawn out greets all the same.
    ['heyyy who delivered the car', 'who delivered the car'],
    ['hiii citebot who delivered the car', 'who delivered the car'],
    ['yooo, who drove it', 'who drove it'],
    ['can u explain why the car is banned', 'why the car is banned'],
    // A yes/no question left open at its end asks what comes before.
    ['did russia vote for the sanctions or not?', 'did russia vote for the sanctions?'],
    ['is the car an aurus limosine or somethin else', 'is the car an aurus limosine'],
    ['citebot is this legal under the UN sanctions or nah', 'is this legal under the UN sanctions'],
    // Any other question keeps it: it may be what is asked.
    ['what marks a number as prime or not?', 'what marks a number as prime or not?'],
    // Experts and analysts are hearsay too: why they think so asks why it is so.
    ['why do experts think the gift breaks un rules', 'why the gift breaks un rules'],
    // Asked to explain, the question comes in the order of a statement, hearsay too.
    ['pls explain why people are saying the car gift breaks sanctions', 'why the car gift breaks sanctions'],
    ['can you explain to me why they say the gift is illegal', 'why the gift is illegal'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanQuestion(raw)).toBe(cleaned);
  });

  it.each([
    ['nice car, so who paid for it?', 'nice car, who paid for it?'],
    ['nice car, lol, who paid for it?', 'nice car, who paid for it?'],
    ['who, citebot, drove the car?', 'who drove the car?'],
    ['when, please, was it delivered', 'when was it delivered'],
    ['ok so, like, who drove it', 'who drove it'],
  ])('drops a filler between clauses: %j', (raw, cleaned) => {
    expect(cleanQuestion(raw)).toBe(cleaned);
  });

  it.each([
    ['how well did the car sell?'],
    ['is Kim ok?'],
    ['who made the bot'],
    ['so many cars, who paid?'],
    ['who said so'],
    ['what did Kim like about the car'],
    ['the car was delivered when?'],
    ['Kim, 40, thanked Putin?'],
    ['who paid 1,000 dollars'],
    ['morning news on the car?'],
    // What people say is the question itself.
    ['what do people say about the gift'],
    ['why did Putin say that?'],
    ['evening delivery?'],
    // "Confirm" asked about is a word of the question: only after the question's end is it a request.
    ['did the kremlin confirm the gift'],
    ['has the kremlin confirmed the gift or is it just north korea saying so'],
  ])('keeps content words that look like fillers: %j', (raw) => {
    expect(cleanQuestion(raw)).toBe(raw);
  });

  it('keeps proper names as typed', () => {
    expect(cleanQuestion('hey, did KCNA say when Kim Jong Un got the Aurus?')).toBe(
      'did KCNA say when Kim Jong Un got the Aurus?',
    );
  });
});

describe('cleanQuestion: pure chatter and hostile input', () => {
  it.each([
    [''],
    ['hi'],
    ['thanks!'],
    ['hey citebot, thank you!! lol'],
    ['🚗🚗🔥'],
    ['**__~~||||~~__**'],
    ['<@123> <#456> <:x:789>'],
    ['   \n\t  '],
    ['```\n```'],
    ['?!?!'],
  ])('%j is pure chatter', (raw) => {
    expect(cleanQuestion(raw)).toBe('');
  });

  it('cleans until nothing changes: removing markers can uncover a mention', () => {
    // Found by the property test: the mention only stands alone once its markers are gone.
    expect(cleanQuestion('@everyone__**__')).toBe('');
    expect(cleanQuestion('@everyone__**__ who delivered the car')).toBe('who delivered the car');
  });

  it('handles 10,000 characters quickly without throwing', () => {
    const long = `${'who drove the car '.repeat(600)}${'*'.repeat(2_000)}`.slice(0, 10_000);
    const started = performance.now();
    const cleaned = cleanQuestion(long);
    expect(performance.now() - started).toBeLessThan(500);
    expect(cleaned.startsWith('who drove the car who drove')).toBe(true);
    expect(cleaned.length).toBeLessThanOrEqual(4_000);
  });

  it('survives pathological markup runs', () => {
    expect(cleanQuestion('_'.repeat(10_000))).toBe('');
    expect(cleanQuestion('*a'.repeat(5_000)).length).toBeGreaterThan(0);
    expect(cleanQuestion('||'.repeat(5_000))).toBe('');
    expect(cleanQuestion('lol '.repeat(2_500))).toBe('');
  });

  it('returns "" for a non-string at run time', () => {
    expect(cleanQuestion(undefined as unknown as string)).toBe('');
    expect(cleanQuestion(42 as unknown as string)).toBe('');
  });
});

describe('questionWord', () => {
  it.each([
    ['who drove the car?', 'who', 'who'],
    ['Who drove the car?', 'who', 'Who'],
    ['whose car was it', 'who', 'whose'],
    ['when did the car arrive', 'when', 'when'],
    ['where was the car made', 'where', 'where'],
    ['why did Putin send a car', 'why', 'why'],
    ['which car did Kim get', 'which', 'which'],
    ['what did Kim get', 'what', 'what'],
    ['how many cars does Kim own', 'how many', 'how many'],
    ['How much is the car worth', 'how much', 'How much'],
    ['how old is Kim', 'how old', 'how old'],
    ['how did the car arrive', 'how', 'how'],
    // "how come" is the chat way to ask why.
    ['how come russia and north korea are so close now', 'why', 'how come'],
    ['what colour was the car', 'what colour', 'what colour'],
    ['what color was the car', 'what colour', 'what color'],
    ['In what colour was the Aurus?', 'what colour', 'what colour'],
    ['what year did Kim visit Russia', 'when', 'what year'],
    ['which country made the car', 'where', 'which country'],
    // One word may qualify the noun; a function word may not.
    ['which European country were they routed through', 'where', 'which European country'],
    ['which UN body banned luxury goods', 'which organization', 'which UN body'],
    ['what news outlets reported it', 'which organization', 'what news outlets'],
    ['what did the company say', 'what', 'what'],
    ['the car was delivered when?', 'when', 'when'],
    ['the man who drove the car was who?', 'who', 'who'],
    ['nice car, who paid for it?', 'who', 'who'],
    ['so who paid for it?', 'who', 'who'],
    ['ok, when did it arrive', 'when', 'when'],
    ['the car that Kim got, when did it arrive', 'when', 'when'],
    ['the driver who took it, how old is he', 'how old', 'how old'],
  ])('%j asks %s', (question, kind, word) => {
    const found = questionWord(question);
    expect(found?.kind).toBe(kind);
    expect(found && question.slice(found.start, found.end)).toBe(word);
  });

  it.each([
    ['Did Kim drive the new car himself?'],
    ['is it true that the car which Putin gave was black'],
    ['was the car a gift'],
    ["didn't Kim thank Putin"],
    ['whether Kim drove the car'],
  ])('%j is a yes/no question', (question) => {
    expect(questionWord(question)?.kind).toBe('yes-no');
  });

  it.each([[''], ['the car'], ['Kim Jong Un'], ['🚗']])('%j has no question word', (question) => {
    expect(questionWord(question)).toBeUndefined();
  });

  it('never throws on long or odd input', () => {
    expect(questionWord('who '.repeat(2_500))?.kind).toBe('who');
    expect(questionWord(null as unknown as string)).toBeUndefined();
  });
});
