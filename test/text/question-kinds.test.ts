import { describe, expect, it } from 'vitest';
import { AnswerKind } from '../../src/text/answer-kinds.js';
import {
  askedPersonNoun,
  asksAboutAnyTelling,
  identityNoun,
  questionAnswerKind,
  questionTopic,
  transferredNoun,
  classifiedNoun,
} from '../../src/text/question-kinds.js';
import { questionFocus, questionProperty } from '../../src/text/asked-nouns.js';

const { Person, Organization, Agent, Time, Place, Number, Colour, Name, Undisclosed, ReportedTime, Reason } =
  AnswerKind;

describe('questionAnswerKind', () => {
  it.each([
    ['who delivered the car?', Person | Organization | Agent],
    ['so who drove it', Person | Organization | Agent],
    ['whose car was it', Person | Organization | Agent],
    ['when was the car delivered?', Time],
    ['the car was delivered when?', Time],
    // A unit asks for a date that names it: "what year" is not answered by "last September".
    ['what year did Kim visit Russia', Time | AnswerKind.Year],
    ['in which month was the car delivered', Time | AnswerKind.Month],
    ['on what date was the car handed over', Time | AnswerKind.Day],
    // A few words ending on a unit ask when, as members type a search.
    ['putin visit date', Time | AnswerKind.Day],
    ['summit month', Time | AnswerKind.Month],
    // Asking when something was told: the date of a report answers it.
    ['when was the gift reported', Time | ReportedTime],
    ['what day did north korean media report it', Time | ReportedTime | AnswerKind.Day],
    ['where was the car made', Place],
    ['which country made the car', Place],
    ['which UN body banned luxury goods to NK?', Organization],
    ['how many cars does Kim own', Number],
    ['how much is the car worth', Number],
    ['how old is Kim', Number],
    ['what colour is the car', Colour],
    ['what color was the Aurus?', Colour],
    ['what did Kim get', 0],
    // "why" wants a cause or a purpose.
    ['why did Putin send it', Reason],
    ['did Kim drive the car', 0],
    ['', 0],
    // Asking for an identity or a name: a name answers, and so does "it was not disclosed".
    ['what kind of car did he get', Name | Undisclosed],
    ["what's the brand of the car putin gave kim", Name | Undisclosed],
    ['Did the North Koreans say which model Putin gave?', Name | Undisclosed],
    ["what is the name of kim's sister", Name | Undisclosed],
    ["who is the envoy, what's his name", Person | Organization | Agent | Name | Undisclosed],
    // "why" wants a reason, whatever it is called: not a name.
    ['why is it called the Beast', Reason],
    // A which-question about a person asks for one by name, not for a role or a side.
    ['Which Russian official handed the car over?', Person],
    ["which of Kim's aides signed for it", Person],
    ['what diplomat delivered it', Person],
  ])('%j', (question, kinds) => {
    expect(questionAnswerKind(question)).toBe(kinds);
  });
});

describe('askedPersonNoun: the person a which-question asks to be told', () => {
  it.each([
    ['Which Russian official handed the car to Kim Yo Jong?', 'official'],
    ["which of Kim's aides signed for the car", 'aides'],
    ['Which member of the Kim family took delivery of the car?', 'member'],
    ['so what diplomat delivered it', 'diplomat'],
    // Things, places and groups are no person.
    ['which car did Putin give', undefined],
    ['which country made the car', undefined],
    ['which UN body banned luxury goods', undefined],
    // The person must be what the wh-word asks about, not the subject of its verb.
    ['what did the official say', undefined],
    ['who delivered the car', undefined],
    ['', undefined],
  ])('%j → %j', (question, noun) => {
    expect(askedPersonNoun(question)).toBe(noun);
  });
});

describe('questionFocus: the noun a question asks to be named', () => {
  it.each([
    ["what is the name of kim's sister", 'sister'],
    ["what's the name of the Russian envoy", 'envoy'],
    ["kim's sister name?", 'sister'],
    ["who is Kim's sister?", 'sister'],
    ['who was the Russian envoy', 'envoy'],
    ['what is the limousine called', 'limousine'],
    // "What's X … called" names X, however long the clause after it: not the sanctions, not ctenophores.
    ["what's the UN committee that's supposed to police the north korea sanctions called?", 'committee'],
    ['What are the hairs on ctenophores called?', 'hairs'],
    // A who-question with a verb of its own asks who did something, not for a name.
    ['who is driving the car', undefined],
    ['who delivered the car', undefined],
    ['when was the car delivered', undefined],
    ['', undefined],
  ])('%j → %j', (question, focus) => {
    expect(questionFocus(question)).toBe(focus);
  });
});

describe('questionProperty: the property whose value a question asks for', () => {
  it.each([
    ['what is the price of the car', 'price'],
    ["what's the colour of Kim's car", 'colour'],
    ['what size is the car', 'size'],
    ['how much horsepower does the gifted car have', 'horsepower'],
    // A degree: "how fast" asks for a speed, in the word the member typed.
    ['how fast can kims new car go', 'fast'],
    // A few nouns and no verb: the last names what is asked.
    ['car price', 'price'],
    ['car engine size', 'size'],
    // A rate is a property, though WordNet files "speed" with the times.
    ['what is the top speed of the car', 'speed'],
    ['car top speed', 'speed'],
    // A date is a time, not a property: "when" questions have answer kinds of their own.
    ['car gift date', undefined],
    ['what year was the car made', undefined],
    // WordNet's main sense of these is no property of a thing.
    ["what's the Netherlands Maybach story", undefined],
    ['kim yo jong reaction', undefined],
    ['what kind of car did he get', undefined],
    // "How much" with no noun after it asks for a number, which the answer kinds handle;
    // "how long" asks for a time or a duration.
    ['how much did the car cost', undefined],
    ['how long did the storm delay the ferry', undefined],
    ['who delivered the car', undefined],
    ['did kim drive the car', undefined],
    ['', undefined],
  ])('%j → %j', (question, property) => {
    expect(questionProperty(question)).toBe(property);
  });
});

describe('identityNoun: the noun whose kind a question asks', () => {
  it.each([
    ['what kind of car did Putin give Kim', 'car'],
    ["what's the brand of the car Putin gave Kim", 'car'],
    ['what make is the car', 'car'],
  ])('"%s" asks the kind of %s', (question, noun) => {
    expect(identityNoun(question)).toBe(noun);
  });

  it('ends the noun phrase at a name typed in small letters, which wink-nlp tags as a noun', () => {
    const names = new Set(['putin', 'kim']);
    expect(identityNoun("what's the brand of the car putin gave kim", (word) => names.has(word))).toBe('car');
    // Without knowing the corpus's names, "car putin" reads as a compound whose head is the last noun.
    expect(identityNoun("what's the brand of the car putin gave kim")).toBe('putin');
  });

  it.each([
    // A kind, but of no noun.
    'what model is it',
    // "makes" is a verb here.
    'what makes the car special',
    // Things in the plural ask for a list of kinds, not the kind of one thing.
    'which type of limousines does Kim own',
    'what kinds of cars does Kim already own',
    'who delivered the car',
  ])('"%s" names none', (question) => {
    expect(identityNoun(question)).toBeUndefined();
  });
});

describe('transferredNoun: the made thing a question asks to have identified as the one given', () => {
  it.each([
    ['what car did Putin give Kim', 'car'],
    ['which vehicle did Kim get from Putin', 'vehicle'],
    ['what new car did Putin send him', 'car'],
  ])('"%s" asks which %s', (question, noun) => {
    expect(transferredNoun(question)).toBe(noun);
  });

  it.each([
    // Another verb: the car need not be the one given.
    'what car does Putin use',
    'what car did Kim bring with him to Russia',
    // A place, not a made thing.
    'which country gave Kim the car',
    // Things in the plural ask for a list.
    'what cars did Putin give Kim',
    'who gave Kim the car',
  ])('"%s" asks none', (question) => {
    expect(transferredNoun(question)).toBeUndefined();
  });
});

describe('classifiedNoun: the made thing a yes-or-no question asks whether it is of some kind', () => {
  it.each([
    ["Is Kim's new car an Aurus Senat?", 'car'],
    ['was the car a aurus senat', 'car'],
    ['is the new car a russian limousine', 'car'],
  ])('%j asks the kind of a %j', (question, noun) => {
    expect(classifiedNoun(question)).toBe(noun);
  });

  it.each([
    // What it is like, not what it is.
    'is the car armored',
    // A person, an idea, or no noun at all.
    'is kim a car collector',
    'was the gift an Aurus',
    'is it a limo',
    'what kind of car is it',
    '',
  ])('%j asks none', (question) => {
    expect(classifiedNoun(question)).toBeUndefined();
  });
});

describe('questionTopic', () => {
  it('drops the words that frame a request for a name or an identity', () => {
    expect(questionTopic("what is the name of kim's sister")).toBe("what is the kim's sister");
    expect(questionTopic('what kind of car did he get')).toBe('what car did he get');
    expect(questionTopic('what is the limousine called')).toBe('what is the limousine');
    expect(questionTopic('what make of car is the Beast')).toBe('what car is the Beast');
  });

  it('leaves other questions as they are', () => {
    expect(questionTopic('who delivered the car')).toBe('who delivered the car');
    expect(questionTopic('what make and model is it')).toBe('what make and model is it');
  });
});

describe('asksAboutAnyTelling: whether what is asked about may itself be a telling', () => {
  it.each([
    ['when did he talk about his beliefs in an interview', true],
    ['when did Kim Yo Jong thank Putin', true],
    ['when did the coastguard say the ferry sank', true],
    // A verb of launching is no telling, and "satellite" is read as the noun it is.
    ['when did North Korea launch its spy satellite', false],
    // The chatter before the question word asks nothing: "remind" is no part of the question.
    ['remind me when NK launched its spy satellite', false],
    ['', false],
  ])('%j → %j', (question, telling) => {
    expect(asksAboutAnyTelling(question)).toBe(telling);
  });
});
