import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTNER_FORMULA_COLUMNS } from '../../shared/metrics/partnerColumns';
import { registerWorkbook } from '../../shared/metrics/registerGrids';
import { STARTER_INDICATORS } from '../../shared/metrics/starterIndicators';
import { expectedPartnerCell, expectedSummaryCell, sameFigure } from './expectedFigures';
import { loadWorkbook } from './formulaEngine';
import { registerArbitrary } from './registerArbitrary';

/** At least this many generated registers per run (issue 2). */
const RUNS = 200;

describe('every metric written as a formula equals compute()', () => {
  it(`agrees on ${RUNS} generated registers, figure by figure`, () => {
    fc.assert(
      fc.property(registerArbitrary, ({ register, asOf }) => {
        const workbook = registerWorkbook(register, asOf);
        const engine = loadWorkbook(workbook);
        const partners = workbook.sheets.find((sheet) => sheet.role === 'partners');
        if (!partners) throw new Error('no Partners sheet');
        const mismatches: string[] = [];
        workbook.metrics.partners.forEach((partner, index) => {
          for (const column of PARTNER_FORMULA_COLUMNS) {
            const actual = engine.valueAt(
              partners.name,
              index + 2,
              workbook.layout.columns.partners[column.key],
            );
            const expected = expectedPartnerCell(column.key, partner, register.language);
            if (!sameFigure(actual, expected))
              mismatches.push(
                `${partner.id}.${column.key}: sheet ${String(actual)} ≠ compute ${String(expected)}`,
              );
          }
        });
        const summary = workbook.sheets.find((sheet) => sheet.role === 'summary');
        if (!summary) throw new Error('no Summary sheet');
        for (const [key, address] of Object.entries(workbook.summary.cells)) {
          const expected = expectedSummaryCell(key, workbook.metrics, workbook.layout.language);
          if (expected === undefined) continue;
          const actual = engine.value(summary.name, address);
          if (!sameFigure(actual, expected))
            mismatches.push(`summary ${key}: sheet ${String(actual)} ≠ compute ${String(expected)}`);
        }
        engine.hf.destroy();
        expect(mismatches).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives every starter indicator a live actual equal to its computed figure', () => {
    fc.assert(
      fc.property(registerArbitrary, ({ register, asOf }) => {
        const workbook = registerWorkbook(register, asOf);
        const engine = loadWorkbook(workbook);
        const summary = workbook.sheets[0];
        const sheetId = engine.hf.getSheetId(summary.name) as number;
        const row = summary.rows.length + 2;
        STARTER_INDICATORS.forEach((indicator, index) => {
          engine.hf.setCellContents(
            { sheet: sheetId, row: row + index, col: 0 },
            indicator.actual(workbook.layout),
          );
          const actual = engine.valueAt(summary.name, row + index + 1, 1);
          expect(sameFigure(actual, indicator.compute(workbook.metrics) ?? ''), indicator.key).toBe(true);
        });
        engine.hf.destroy();
      }),
      { numRuns: 40 },
    );
  });
});
