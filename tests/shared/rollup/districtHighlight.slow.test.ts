import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { buildDistrict } from '../../../shared/rollup/districtModel';
import { DISTRICT_FIGURES } from '../../../shared/rollup/figures';
import { weakestFormula } from '../../../shared/rollup/highlightFormula';
import { school } from './schoolResultOf';

describe('the district highlight rule', () => {
  it('highlights in the sheet exactly the figures the model flags (checked in a real formula engine)', () => {
    const shares = fc.array(
      fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 8 }).map((n) => n / 8),
      ),
      {
        minLength: 1,
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(shares, fc.boolean(), (values, higher) => {
        const key = higher ? 'active_share' : 'stale_share';
        const def = DISTRICT_FIGURES.find((candidate) => candidate.key === key);
        if (!def || def.better === 'none') throw new Error('figure');
        const model = buildDistrict(values.map((value, i) => school(i, { [key]: value })));
        const sheet = [['header'], ['total'], ...values.map((value) => [value])];
        const engine = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
        const formula = weakestFormula(1, 3, 2 + values.length, def.better);
        values.forEach((_, i) => {
          // The rule is written for the first school cell; shift its relative references to row i.
          const shifted = formula.replace(/(?<!\$)A3\b/g, `A${3 + i}`);
          const flagged = engine.calculateFormula(`=${shifted}`, 0);
          expect(flagged).toBe(model.rows[i].weakest.includes(key));
        });
        engine.destroy();
      }),
      { numRuns: 200 },
    );
  });
});
