import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/engine/answer.js';
import { answerEvidence } from '../../src/engine/answer-type.js';
import { planQuestion } from '../../src/engine/plan.js';
import { indexOfReport } from '../support/corpus.js';

const topOf = async (paragraphs: string[], question: string) =>
  answerQuestion(await indexOfReport({ id: 'log', source: 'Harbour Log', title: 'Boats', paragraphs }), question)
    .hits[0]?.id;

describe('what someone said', () => {
  it('is answered where they speak, not where their name stands beside what someone else said', async () => {
    const paragraphs = [
      'The ferry reached the harbour on Monday with Captain Ahab aboard, the port authority said.',
      'Captain Ahab thanked the crew, saying the crossing was the best one.',
      'The weather stayed calm all week.',
      'Fishing boats kept to the port.',
    ];
    expect(await topOf(paragraphs, 'what did Captain Ahab say about the ferry')).toBe('log#2');
  });

  it('counts for less the more of the report names them: in a report about Ahab, his speaking says little', async () => {
    const speakerOf = async (paragraphs: string[]) => {
      const index = await indexOfReport({ id: 'log', source: 'Harbour Log', title: 'Boats', paragraphs });
      const plan = planQuestion(index, 'what did Ahab say about the nets');
      const entry = index.byId.get('log#1');
      if (!entry) throw new Error('no log#1');
      return answerEvidence(index, plan, entry, 0).speaker;
    };
    const spoken = 'Ahab told the crew about the nets.';
    // Named in one paragraph of four: 1 - 1/4.
    expect(await speakerOf([spoken, 'The storm passed.', 'The ferry was late.', 'Fishing boats kept to port.'])).toBe(
      0.75,
    );
    expect(await speakerOf([spoken, 'Ahab watched the storm.', 'Ahab sailed the ferry.'])).toBe(0);
  });
});
