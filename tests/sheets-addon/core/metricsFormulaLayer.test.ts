import { HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute';
import { serialOf } from '../../../shared/metrics/dates';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { appendRecords } from '../../../sheets-addon/core/appendRecords';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { metricsFormulaLayer } from '../../../sheets-addon/core/metricsFormulaLayer';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { saveSettings } from '../../../sheets-addon/core/settingsStore';
import { setupOrRepair } from '../../../sheets-addon/core/setupOrRepair';
import { createSidebarApi } from '../../../sheets-addon/core/sidebarApi';
import { ENGINE_CONFIG } from '../../formulas/formulaEngine';
import { reorderColumns } from './scramble';

const layer = metricsFormulaLayer;
const now = '2025-11-01T03:00:00.000Z';
const AS_OF = '2025-11-01';

/** Every sheet of the workbook in HyperFormula, formulas as formulas and ISO dates as serials. */
function evaluate(book: MemoryWorkbook) {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.state.sheets) {
    sheets[sheet.name] = sheet.cells.map((line) =>
      line.map((cell) => {
        if (cell.formula) return cell.formula;
        if (typeof cell.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell.value))
          return serialOf(cell.value);
        return cell.value as RawCellContent;
      }),
    );
  }
  const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  return (sheet: string, row: number, column: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: column - 1 });
}

function registerWithActivity(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const setup = setupOrRepair(book, { layer, language: 'en', now });
  expect(setup.ok).toBe(true);
  expect(saveSettings(book, layer, { ...DEFAULT_SETTINGS, language: 'en', as_of: AS_OF }).ok).toBe(true);
  appendRecords(
    book,
    'partners',
    [
      { name: 'Ban Mae Ram School', sector: 'school', status: 'active' },
      { name: 'Mae Ram SAO', sector: 'local_gov', status: 'active' },
      { name: 'Wat Doi Kham', sector: 'religious', status: 'dormant' },
    ],
    { layer, now },
  );
  appendRecords(
    book,
    'activities',
    [
      { date: '2025-10-01', title: 'Planning', partner_ids: 'P-0001,P-0002', participation_stage: 'plan' },
      { date: '2025-03-15', title: 'Study visit', partner_ids: 'P-0001', participation_stage: 'implement' },
      { date: '2024-01-20', title: 'Old meeting', partner_ids: 'P-0002', participation_stage: 'decide' },
    ],
    { layer, now },
  );
  return book;
}

function expectFormulasAgreeWithCompute(book: MemoryWorkbook): void {
  const value = evaluate(book);
  const grid = book.readValues('Partners');
  const header = grid[0].map(String);
  const labelOf = (key: string) =>
    layer.formulaColumns('partners').find((def) => def.key === key)?.label.en ?? key;
  const at = (key: string) => {
    const index = header.indexOf(key === 'id' ? 'ID' : labelOf(key));
    if (index < 0) throw new Error(`no column ${key}`);
    return index + 1;
  };
  const metrics = computeMetrics(readRegister(book), { ...DEFAULT_SETTINGS, as_of: AS_OF }, AS_OF);
  expect(metrics.partners).toHaveLength(3);
  for (const partner of metrics.partners) {
    const row = grid.findIndex((line) => line[at('id') - 1] === partner.id) + 1;
    expect(value('Partners', row, at('activities_all')), partner.id).toBe(partner.activities_all);
    expect(value('Partners', row, at('activities_12m')), partner.id).toBe(partner.activities_12m);
    expect(value('Partners', row, at('participation_depth')), partner.id).toBe(partner.participation_depth);
    const last = value('Partners', row, at('last_contact'));
    expect(last === '' ? null : last, partner.id).toBe(serialOf(partner.last_contact));
    expect(value('Partners', row, at('engagement_score')), partner.id).toBeCloseTo(
      partner.engagement_score,
      6,
    );
  }
}

describe('the metrics formula layer in the add-on', () => {
  it('sets up formula columns (protected with a warning), a hidden Links sheet and starter indicators with ids', () => {
    const book = registerWithActivity();
    const header = book.readValues('Partners')[0];
    expect(header).toEqual(expect.arrayContaining(['Activities (all)', 'Engagement score (0–100)']));
    // The formula columns sit side by side after setup: one warning-only protection covers them.
    const formulaCount = layer.formulaColumns('partners').length;
    expect(book.sheet('Partners').protections).toEqual([
      { range: { row: 1, column: 20, columns: formulaCount }, description: 'netreg:formulas:partners' },
    ]);
    expect(book.sheet('Links').hidden).toBe(true);
    const indicators = book.readValues('Indicators');
    expect(indicators.length).toBeGreaterThan(1);
    expect(indicators[1][0]).toBe('I-0001');
    expect(book.readFormulas('Indicators')[1].some((formula) => formula.startsWith('='))).toBe(true);
  });

  it('writes formula cells on every appended row that evaluate to what compute() says', () => {
    const book = registerWithActivity();
    const partnerFormulas = book.readFormulas('Partners');
    const formulaCount = layer.formulaColumns('partners').length;
    expect(
      partnerFormulas.slice(1).every((line) => line.filter((f) => f !== '').length === formulaCount),
    ).toBe(true);
    expectFormulasAgreeWithCompute(book);
  });

  it('still agrees after a person reorders the Partners columns and repair rewrites the formulas', () => {
    const book = registerWithActivity();
    reorderColumns(book.sheet('Partners'), (width) =>
      Array.from({ length: width }, (_, i) => (i * 7) % width),
    );
    const outcome = setupOrRepair(book, { layer, now });
    expect(outcome.ok && outcome.report.changes.map((c) => c.code)).toContain('formulas.written');
    expectFormulasAgreeWithCompute(book);
  });

  it('keeps a value a person changed on the Settings sheet, and ignores one that makes no sense', () => {
    const book = registerWithActivity();
    const api = createSidebarApi({
      workbook: book,
      layer,
      now: () => now,
      endpoint: () => '',
      newToken: () => 't',
    });
    const settingsGrid = book.readValues('Settings');
    const staleRow = settingsGrid.findIndex((line) => line[0] === 'stale_days') + 1;
    book.writeValues('Settings', staleRow, 2, [[200]]);
    expect(api.getSettings().stale_days).toBe(200);
    setupOrRepair(book, { layer, now });
    expect(book.readValues('Settings')[staleRow - 1][1]).toBe(200);
    book.writeValues('Settings', staleRow, 2, [[5]]); // below "fresh": not valid settings
    expect(api.getSettings().stale_days).toBe(200);
  });
});
