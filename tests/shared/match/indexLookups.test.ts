import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartnerIndex } from '../../../shared/match/partnerIndex';

const index = new PartnerIndex([
  {
    id: 'P-0001',
    name: 'ก',
    domains: ['org1.ac.th', 'bücher.de'],
    emails: ['office@org1.ac.th', 'ärzte@bücher.de'],
    phones: [],
  },
  { id: 'P-0002', name: 'ข', domains: ['new2.or.th'], emails: ['info2@new2.or.th'], phones: [] },
]);

// Emails and domains as lines bring them: stored lower case mostly, a capital or a letter past ASCII now and then.
const text = fc
  .array(fc.constantFrom('office@', 'info2@', 'ärzte@', 'org1.ac.th', 'new2.or.th', 'bücher.de', 'x', 'Ä'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((pieces) => pieces.join(''));

/** The same text with its first letter a-z in capitals, which makes the look-up lower-case it. */
const shouted = (value: string) => value.replace(/[a-z]/, (letter) => letter.toUpperCase());

describe('looking partners up by email and domain', () => {
  it('finds the same partners whether or not the text had to be lower-cased', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(index.byEmail(value)).toEqual(index.byEmail(shouted(value)));
        expect(index.byDomain(value)).toEqual(index.byDomain(shouted(value)));
      }),
      { numRuns: 2000 },
    );
    expect(index.byEmail('Office@ORG1.ac.th').map((entry) => entry.id)).toEqual(['P-0001']);
    expect(index.byDomain('BÜCHER.de').map((entry) => entry.id)).toEqual(['P-0001']);
  });
});
