import { describe, expect, it } from 'vitest';
import { buildDistrict } from '../../../shared/rollup/districtModel';
import { school } from './schoolResultOf';

describe('the district model', () => {
  it('ranks the stronger school first and flags each school’s weakest figures', () => {
    const model = buildDistrict([
      school(0, { active_share: 0.9, stale_share: 0.1, strategy_coverage: 6 }),
      school(1, { active_share: 0.2, stale_share: 0.8, strategy_coverage: 2 }),
      school(2, null),
      school(3, { active_share: 0.6, stale_share: 0.4, strategy_coverage: 4 }),
    ]);
    expect(model.rows.map((row) => row.rank)).toEqual([1, 3, null, 2]);
    expect(model.ranking).toEqual([0, 3, 1]);
    expect(model.rows[1].weakest).toEqual(['active_share', 'strategy_coverage', 'stale_share']);
    expect(model.rows[0].weakest).toEqual([]);
    expect(model.rows[2].weakest).toEqual([]);
    expect(model.readable).toBe(3);
  });

  it('gives schools with equal figures the same rank and flags nothing when all are equal', () => {
    const model = buildDistrict([school(0, {}), school(1, {}), school(2, {})]);
    expect(model.rows.map((row) => row.rank)).toEqual([1, 1, 1]);
    expect(model.rows.flatMap((row) => row.weakest)).toEqual([]);
  });

  it('sums counts, weights shares by partners and keeps the latest update in the total row', () => {
    const model = buildDistrict([
      school(0, {
        partners: 30,
        active_share: 0.1,
        expiring_agreements: 2,
        strategy_coverage: 6,
        last_update: '2026-02-01',
      }),
      school(1, {
        partners: 10,
        active_share: 0.9,
        expiring_agreements: 1,
        strategy_coverage: 2,
        last_update: '2026-03-01',
      }),
      school(2, null),
    ]);
    expect(model.total.partners).toBe(40);
    expect(model.total.expiring_agreements).toBe(3);
    expect(model.total.active_share).toBeCloseTo((30 * 0.1 + 10 * 0.9) / 40);
    expect(model.total.strategy_coverage).toBe(4);
    expect(model.total.last_update).toBe('2026-03-01');
  });

  it('is the same table however often it is rebuilt from the same results', () => {
    const results = [school(0, { partners: 3 }), school(1, { partners: 5 })];
    expect(buildDistrict(results)).toEqual(buildDistrict([...results]));
    expect(buildDistrict(results).total.partners).toBe(8);
  });
});
