import { describe, expect, it } from 'vitest';
import { capitalCounterparts } from '../../src/text/capitals.js';

describe('capitalCounterparts', () => {
  const table = capitalCounterparts();

  it('maps a national capital to its country and the country back, from WordNet', () => {
    expect(table.get('moscow')).toEqual(['russia']);
    expect(table.get('russia')).toEqual(['moscow']);
    expect(table.get('tokyo')).toContain('japan');
    expect(table.get('japan')).toContain('tokyo');
  });

  it('reaches a country through a region: Jakarta is part of Java, which is part of Indonesia', () => {
    expect(table.get('jakarta')).toEqual(['indonesia']);
  });

  it('leaves out a country whose main name has more words, and its acronyms with it', () => {
    // "Korea" of "North Korea" names the South too; "DPRK" is quoted more than it is asked about.
    expect(table.get('pyongyang')).toBeUndefined();
    expect(table.get('dprk')).toBeUndefined();
    expect(table.get('washington')).toBeUndefined();
  });

  it('leaves out a name whose main sense is no place: "male" is a man, "turkey" a bird', () => {
    expect(table.get('male')).toBeUndefined();
    expect(table.get('turkey')).toBeUndefined();
  });

  it('relates no place to itself: Singapore is its own capital', () => {
    expect(table.get('singapore')).toBeUndefined();
  });

  it('relates capitals and countries only: a city that is no capital, and a common word, have no counterpart', () => {
    expect(table.get('chicago')).toBeUndefined();
    expect(table.get('car')).toBeUndefined();
  });
});
