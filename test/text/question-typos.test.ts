import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/chatter.js';
import { spellQuestionWords } from '../../src/text/question-typos.js';

describe('spellQuestionWords: question words typed in a hurry', () => {
  it.each([
    ['wen did putin and kim meet in 2023', 'when did putin and kim meet in 2023'],
    ['wat does kim yo jong think the car shows', 'what does kim yo jong think the car shows'],
    ['wich day did kim get the car', 'which day did kim get the car'],
    ['wher did trump show kim his limo', 'where did trump show kim his limo'],
    ['whats the brand of the car', "what's the brand of the car"],
    // A word in use a letter short of a question word, where the word itself cannot stand: no
    // auxiliary follows "were", and "do" follows neither "here" nor "hen" at the start of a question.
    ['were did kim and putin meet in septmber', 'where did kim and putin meet in septmber'],
    ['were is the car now', 'where is the car now'],
    ['here did trump show kim his limo', 'where did trump show kim his limo'],
    ['hen did putin visit', 'when did putin visit'],
    // A question word's noun phrase comes before the auxiliary: "kind of car", "fancy cars".
    ['wat kind of car did putin giv kim', 'what kind of car did putin giv kim'],
    ['wat fancy cars does kim alredy have', 'what fancy cars does kim alredy have'],
    // A vowel typed as another, as people spell what they say: "wut", "whut", "wot".
    ['wut kind of car did kim get', 'what kind of car did kim get'],
    ['whut did putin give kim', 'what did putin give kim'],
    ['whan did the car arrive', 'when did the car arrive'],
    // An echo question puts it last.
    ['putin gave kim a car?? wen', 'putin gave kim a car?? when'],
    // A frame noun run together with its "of" is said in two words, wherever it stands.
    ['wat kinda car did putin giv kim', 'what kind of car did putin giv kim'],
    ['is it some sorta limo', 'is it some sort of limo'],
  ])('%j → %j', (typed, fixed) => {
    expect(spellQuestionWords(typed)).toBe(fixed);
  });

  it.each([
    // English words in use are no typos, even one letter short of a question word.
    ['hat trick at the summit'],
    ['hen party'],
    // Where the word in use can stand, it is the word: "were there", "here is", "heres" ("here's").
    ['were there any witnesses'],
    ['were you at the summit'],
    ['here is the car'],
    ['heres the thing about the car'],
    // Without an auxiliary ahead, a first word does not open a question.
    ['hose down the car'],
    ['hose down the car and the garage, did he'],
    // A vowel changed into a word in use is that word: "wit", "wet".
    ['wet paint on the car'],
    // Only the first and the last word are read.
    ['did the wen grow'],
    ['who delivered the car'],
    // A capital may start a name: only "kinda" in small letters is "kind of".
    ['is the Modela a car'],
    [''],
  ])('%j is left as typed', (typed) => {
    expect(spellQuestionWords(typed)).toBe(typed);
  });

  it('runs inside cleanQuestion, after the chatter is gone', () => {
    expect(cleanQuestion('hey bot wat color is the car lol')).toBe('what color is the car');
  });
});
