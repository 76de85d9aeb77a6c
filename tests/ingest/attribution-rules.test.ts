/**
 * One test per attribution rule: a sentence the rule must attribute, and one it must not
 * (the statement then stays the author's, or goes to the right speaker by another rule).
 */
import { claimWith, extract } from './extract-support';

const INTRO = 'Maria Lopez, an analyst at Northwind Capital, studied the market. ';

interface Case {
  rule: string;
  text: string;
  words: string;
  speaker: string;
  /** Same shape, but the rule must not fire on it. */
  negative: { text: string; words: string; notSpeaker: string };
}

const cases: Case[] = [
  {
    rule: 'quote-then-said-name',
    text: '“Prices will fall next year,” said Maria Lopez, an analyst at Northwind Capital.',
    words: 'Prices will fall',
    speaker: 'Maria Lopez',
    negative: {
      text: '“Prices will fall next year,” read the banner that Maria Lopez saw.',
      words: 'Prices will fall',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'quote-then-name-said',
    text: `${INTRO}“Prices will fall next year,” Lopez said.`,
    words: 'Prices will fall',
    speaker: 'Maria Lopez',
    negative: {
      text: `${INTRO}“Prices will fall next year,” Lopez read aloud from a poster.`,
      words: 'Prices will fall',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'name-said-colon-quote',
    text: `${INTRO}Lopez said: “Prices will fall next year.”`,
    words: 'Prices will fall',
    speaker: 'Maria Lopez',
    negative: {
      text: `${INTRO}Lopez saw a sign: “Prices will fall next year.”`,
      words: 'Prices will fall',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'quote-then-pronoun-said',
    text: `${INTRO}“Prices will fall next year,” she said.`,
    words: 'Prices will fall',
    speaker: 'Maria Lopez',
    negative: {
      text: 'The market was quiet. “Prices will fall next year,” she said.',
      words: 'Prices will fall',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'quote-then-role-said',
    text: 'Acme Robotics released its new arm in May. “The arm is the fastest on the market,” the company said.',
    words: 'The arm is the fastest',
    speaker: 'Acme Robotics',
    negative: {
      text: 'Acme Robotics released its new arm in May. “The arm is the fastest on the market,” the poster said.',
      words: 'The arm is the fastest',
      notSpeaker: 'Acme Robotics',
    },
  },
  {
    rule: 'quote-in-attributed-paragraph',
    text: `${INTRO}“Prices will fall,” Lopez said. “Buyers should wait.”`,
    words: 'Buyers should wait',
    speaker: 'Maria Lopez',
    negative: {
      text: `${INTRO}“Prices will fall,” Lopez said.\n“Buyers should wait.”`,
      words: 'Buyers should wait',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'quote-continued',
    text: `${INTRO}“Prices will fall,” Lopez said. “Buyers should wait.\n“Sellers should not.”`,
    words: 'Sellers should not',
    speaker: 'Maria Lopez',
    negative: {
      text: `${INTRO}“Prices will fall,” Lopez said. “Buyers should wait.”\n“Sellers should not.”`,
      words: 'Sellers should not',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'reported-name-said',
    text: 'Maria Lopez said that prices would fall by 10% next year.',
    words: 'prices would fall',
    speaker: 'Maria Lopez',
    negative: {
      text: 'Maria Lopez bought that house when prices fell by 10% last year.',
      words: 'prices fell',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'reported-name-who-said',
    text: 'Maria Lopez, who founded Northwind Capital in 2019, said the fund would close in May.',
    words: 'the fund would close',
    speaker: 'Maria Lopez',
    negative: {
      text: 'Maria Lopez, who founded Northwind Capital in 2019, closed the fund in May.',
      words: 'closed the fund',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'reported-pronoun-said',
    text: `${INTRO}She added that 40% of buyers were waiting.`,
    words: '40% of buyers',
    speaker: 'Maria Lopez',
    negative: {
      text: `${INTRO}She knew that 40% of buyers were waiting.`,
      words: '40% of buyers',
      notSpeaker: 'Maria Lopez',
    },
  },
  {
    rule: 'reported-role-said',
    text: 'The Harbour Safety Authority closed the port on Tuesday. The authority said that 42 incidents had been reported.',
    words: '42 incidents',
    speaker: 'Harbour Safety Authority',
    negative: {
      text: 'The Harbour Safety Authority closed the port on Tuesday. The newspaper said that 42 incidents had been reported.',
      words: '42 incidents',
      notSpeaker: 'Harbour Safety Authority',
    },
  },
  {
    rule: 'reported-spokesperson-said',
    text: 'Shoppers queued outside. An Alibaba spokesperson said the company had sold 2 million units.',
    words: '2 million units',
    speaker: 'Alibaba',
    negative: {
      text: 'Shoppers queued outside. An Alibaba spokesperson declined to comment on the 2 million units.',
      words: '2 million units',
      notSpeaker: 'Alibaba',
    },
  },
  {
    rule: 'according-to',
    text: 'According to the Dutch Transport Ministry, the ban covers 120 flights a day.',
    words: 'the ban covers',
    speaker: 'Dutch Transport Ministry',
    negative: {
      text: 'According to a survey, the ban covers 120 flights a day, the Dutch Transport Ministry noticed.',
      words: 'the ban covers',
      notSpeaker: 'Dutch Transport Ministry',
    },
  },
];

describe('attribution sieve', () => {
  it.each(cases)('$rule attributes its sentence', ({ rule, text, words, speaker }) => {
    const claim = claimWith({ draft: extract({ text }), words });
    expect(claim && { speaker: claim.speakerName, rule: claim.rule }).toEqual({ speaker, rule });
  });

  it.each(cases)('$rule does not fire on its counter-example', ({ rule, negative }) => {
    const draft = extract({ text: negative.text });
    const claim = claimWith({ draft, words: negative.words });
    if (claim)
      expect({ speaker: claim.speakerName, rule: claim.rule }).not.toEqual({ speaker: negative.notSpeaker, rule });
    expect(claim?.speakerName).not.toBe(negative.notSpeaker);
  });

  it('makes an unattributed sentence with a number a STATISTIC of the author', () => {
    const draft = extract({
      text: 'The port of Rotterdam handled 439 million tonnes of cargo in 2023.',
      authorName: 'Jonas Berg',
    });
    const claim = claimWith({ draft, words: '439 million tonnes' })!;
    expect(claim).toMatchObject({ kind: 'STATISTIC', speakerName: 'Jonas Berg', rule: 'author' });
    expect(claim.figures[0]).toMatchObject({ value: 439_000_000, unit: 'tonnes' });
    expect(claim.date).toMatchObject({ iso: '2023', precision: 'YEAR', basis: 'STATED' });
  });
});
