import { describe, expect, it } from 'vitest';
import { matchPartner } from '../../../shared/match/matchPartner';
import { buildPartnerIndex } from '../../../shared/match/partnerIndex';
import { generatedCandidate, generatedPartner, normalisedCandidate } from './generatedPartners';

// How fast this runs is measured in bench/partnerMatching.bench.ts, never asserted here.
const PARTNERS = 1_000;
const ROWS = 10_000;

describe('matching many rows against one index', () => {
  const index = buildPartnerIndex(Array.from({ length: PARTNERS }, (_, n) => generatedPartner(n)));
  const rows = Array.from({ length: ROWS }, (_, n) => generatedCandidate(n, PARTNERS));

  /** Row n names partner n % 2×PARTNERS: the first half of each cycle is in the register. */
  const expectedIds = rows.map((_, n) => {
    const p = n % (PARTNERS * 2);
    return p < PARTNERS ? generatedPartner(p).id : undefined;
  });

  it('finds exactly the rows that are partners already in the register, with phones as typed', () => {
    expect(rows.map((row) => matchPartner(index, row)?.id)).toEqual(expectedIds);
  });

  it('finds the same partners when phones arrive already normalised', () => {
    expect(rows.map((row) => matchPartner(index, normalisedCandidate(row))?.id)).toEqual(expectedIds);
  });
});
