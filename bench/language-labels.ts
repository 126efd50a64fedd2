/**
 * Hand-labelled sentences for measuring answer-kind detection (bench/language.ts).
 *
 * Each sentence lists the kinds a careful reader finds in it, by the
 * definitions of src/text/answer-kinds.ts: Agent is a passive "by …" agent
 * or a person named by role ("the leader", "officials"); Number is a count,
 * amount, percentage or age; Time is a date, time, weekday, month or year.
 * Half come from this story's reports, half are the kind of sentence the
 * SQuAD sample holds.
 */
export type KindName = 'Person' | 'Organization' | 'Agent' | 'Time' | 'Place' | 'Number' | 'Colour';

export const LABELLED: readonly { readonly sentence: string; readonly kinds: readonly KindName[] }[] = [
  { sentence: 'The Russian-made car was delivered Sunday by a Russian delegation.', kinds: ['Agent', 'Time'] },
  {
    sentence:
      'The Russian-made car was delivered to Kim’s top aides by the Russian side on Feb. 18, official KCNA news agency said.',
    kinds: ['Person', 'Organization', 'Agent', 'Time'],
  },
  {
    sentence: 'North Korean leader Kim Jong Un has received a car from Russia’s President Vladimir Putin as a gift.',
    kinds: ['Person', 'Agent', 'Place'],
  },
  { sentence: 'The car is worth upwards of $1 million.', kinds: ['Number'] },
  {
    sentence: 'In 2018, he arrived at the summit in Singapore in a black Rolls-Royce.',
    kinds: ['Time', 'Place', 'Colour'],
  },
  { sentence: 'Kim’s sister courteously conveyed Kim Jong Un’s thanks to Putin.', kinds: ['Person', 'Agent'] },
  { sentence: 'The report did not describe the car or how it was shipped from Russia.', kinds: ['Place'] },
  {
    sentence:
      'Kim is believed to be an avid automobile enthusiast and has a large collection of luxury foreign vehicles.',
    kinds: ['Person'],
  },
  {
    sentence:
      'In September, while visiting Russia’s space launch station in the far east, Kim inspected Putin’s presidential Aurus Senat limousine.',
    kinds: ['Time', 'Place', 'Person'],
  },
  {
    sentence: 'The two countries have forged closer ties since Kim and Putin met in September.',
    kinds: ['Number', 'Person', 'Time'],
  },
  { sentence: 'The gift is a violation of U.N. sanctions.', kinds: ['Organization'] },
  { sentence: 'The car was a gift.', kinds: [] },
  { sentence: 'Putin gave Kim a white Aurus limousine.', kinds: ['Person', 'Colour'] },
  { sentence: 'About 70 percent of the vehicles were made in Japan.', kinds: ['Number', 'Place'] },
  { sentence: 'The delegation arrived in Pyongyang at 10 a.m.', kinds: ['Place', 'Time'] },
  { sentence: 'Kim, 40, thanked Putin for the present.', kinds: ['Person', 'Number'] },
  { sentence: 'It is unclear how the car was transported to North Korea.', kinds: ['Place'] },
  {
    sentence: 'The Security Council banned exports of luxury goods to North Korea in 2006.',
    kinds: ['Organization', 'Place', 'Time'],
  },
  { sentence: 'Officials in Seoul condemned the transfer.', kinds: ['Agent', 'Place'] },
  { sentence: 'He drove a silver Mercedes-Benz.', kinds: ['Colour'] },
  { sentence: 'The Amazon rainforest covers 5,500,000 square kilometres.', kinds: ['Place', 'Number'] },
  {
    sentence: 'The treaty was signed by representatives of 12 nations on 1 December 1959.',
    kinds: ['Agent', 'Number', 'Time'],
  },
  { sentence: 'Beyoncé released her fifth album in December 2013.', kinds: ['Person', 'Time'] },
  { sentence: 'The university was founded by Thomas Jefferson in 1819.', kinds: ['Agent', 'Person', 'Time'] },
  { sentence: 'Google was founded in California.', kinds: ['Organization', 'Place'] },
  { sentence: 'The sky appears blue because of Rayleigh scattering.', kinds: ['Colour'] },
  { sentence: 'The company earned $3.2 billion in revenue.', kinds: ['Number'] },
  { sentence: 'Water boils at 100 degrees Celsius.', kinds: ['Number'] },
  { sentence: 'Tesla moved to New York City in 1884.', kinds: ['Person', 'Place', 'Time'] },
  { sentence: 'The novel describes the life of a young girl.', kinds: [] },
  { sentence: 'The Normans gave their name to Normandy, a region in France.', kinds: ['Place'] },
  { sentence: 'Most of the population lives below the poverty line.', kinds: [] },
  { sentence: 'The building was designed by the architect Frank Gehry.', kinds: ['Agent', 'Person'] },
  { sentence: 'On Tuesday, the president met with the prime minister.', kinds: ['Time', 'Agent'] },
  { sentence: 'The flag is red, white and green.', kinds: ['Colour'] },
  { sentence: 'Inflation rose by 3 percent last year.', kinds: ['Number', 'Time'] },
  { sentence: 'The river flows through Egypt and Sudan.', kinds: ['Place'] },
  { sentence: 'NASA launched the probe in 1977.', kinds: ['Organization', 'Time'] },
  {
    sentence: 'The virus was first identified by scientists at the University of Oxford.',
    kinds: ['Agent', 'Organization'],
  },
  { sentence: 'He was 35 years old when he died.', kinds: ['Number'] },
];
