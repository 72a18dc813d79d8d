import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/csv/applyImport';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { exportCsv } from '../../../shared/csv/exportCsv';
import { parseCsv } from '../../../shared/csv/parseCsv';
import { planImport } from '../../../shared/csv/planImport';
import { emptyCounters, emptyTables, type Register } from '../../../shared/register/register';
import { DATA_TAB_KEYS, tabDef } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { sheetText } from '../../../shared/table/sheetText';
import { isFormulaLike } from '../../../shared/text/formulaText';
import { csvRegisterArbitrary } from './csvRegisterArbitrary';

function emptyRegister(): Register {
  return { language: 'th', tables: emptyTables(), counters: emptyCounters(), settings: DEFAULT_SETTINGS };
}

describe('CSV export and import', () => {
  it('round-trips any register: importing every exported tab gives the same rows', () => {
    fc.assert(
      fc.property(
        csvRegisterArbitrary,
        fc.constantFrom('th' as const, 'en' as const),
        (register, language) => {
          let copy = emptyRegister();
          for (const tab of DATA_TAB_KEYS) {
            const bytes = new TextEncoder().encode(exportCsv(tab, register.tables[tab], language));
            const plan = planImport(tab, decodeCsvBytes(bytes).text, copy);
            expect(plan.rejected).toEqual([]);
            expect(plan.duplicates).toEqual([]);
            expect(plan.matched).toEqual([]);
            copy = applyImport(copy, plan).register;
          }
          expect(copy.tables).toEqual(register.tables);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never writes a text cell that starts with a formula trigger', () => {
    fc.assert(
      fc.property(csvRegisterArbitrary, (register) => {
        for (const tab of DATA_TAB_KEYS) {
          const grid = parseCsv(exportCsv(tab, register.tables[tab], register.language)).grid;
          const numeric = tabDef(tab).columns.map((column) =>
            ['integer', 'number', 'money'].includes(column.type),
          );
          for (const line of grid) {
            line.forEach((cell, index) => {
              if (!numeric[index]) expect(isFormulaLike(String(cell))).toBe(false);
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('makes any text safe for a sheet, and reading it back gives the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", '\uFF1D'),
        (tail, head) => {
          const text = head + tail;
          const safe = sheetText(text);
          expect(isFormulaLike(safe)).toBe(false);
          expect(safe.startsWith("'") ? safe.slice(1) : safe).toBe(text);
        },
      ),
    );
  });
});
