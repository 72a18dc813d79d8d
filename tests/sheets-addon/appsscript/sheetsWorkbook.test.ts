import { describe, expect, it } from 'vitest';
import { ACTIVITIES, PARTNERS } from '../../../shared/schema/tabs';
import { appendRecords } from '../../../sheets-addon/core/appendRecords';
import { metricsFormulaLayer } from '../../../sheets-addon/core/metricsFormulaLayer';
import { setupOrRepair } from '../../../sheets-addon/core/setupOrRepair';
import { gridToRows } from '../../../sheets-addon/core/tableRows';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';
import { adapterOver } from './adapterOverDouble';

const now = '2026-11-25T08:00:00.000Z';
const layer = interimFormulaLayer;

function partnerRows(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `โรงเรียนบ้านทดสอบ ${i + 1}`,
    sector: i % 2 ? 'school' : 'ชุมชน',
    phone: '053 121 555',
    postal_code: '52000',
    notes: i === 0 ? '=IMPORTXML("http://evil")' : null,
  }));
}

function registerOverDouble(language: 'th' | 'en' = 'th') {
  const double = createAppsScriptDouble();
  const workbook = adapterOver(double);
  const outcome = setupOrRepair(workbook, { layer, language, now });
  if (!outcome.ok) throw new Error(outcome.reason.message.en);
  return { double, workbook };
}

describe('the Apps Script adapter over a recording double', () => {
  it('appends a batch of any size in six data, lock and property calls, one setValues for the rows', () => {
    const { double, workbook } = registerOverDouble();
    const counts = [1, 100, 1000].map((size) => {
      double.log.reset();
      const outcome = appendRecords(workbook, 'partners', partnerRows(size), { layer, now });
      expect(outcome.ok && outcome.value.added).toHaveLength(size);
      return { data: double.log.dataCalls().length, methods: double.log.byMethod() };
    });
    expect(counts.map((c) => c.data)).toEqual([6, 6, 6]);
    expect(counts[2].methods.setValues).toBe(1);
    // Past the sheet's allocated rows it grows once, in one call, not a call per row.
    expect(counts[2].methods.insertRowsAfter).toBe(1);
    expect(double.isLocked()).toBe(false);
  });

  it('keeps phones and postal codes as text and a hostile formula as text', () => {
    const { double, workbook } = registerOverDouble('en');
    appendRecords(workbook, 'partners', partnerRows(1), { layer, now });
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'Partners')!;
    const header = sheet.cells[0].map((c) => c.value);
    const row = sheet.cells[1];
    expect(row[header.indexOf('Phone')].value).toBe('053-121-555');
    expect(row[header.indexOf('Postal code')].value).toBe('52000');
    expect(row[header.indexOf('Notes')]).toMatchObject({ value: '=IMPORTXML("http://evil")', formula: '' });
  });

  it('stores dates as Date objects and reads them back as ISO; a Buddhist Era year typed into Sheets is repaired', () => {
    const { double, workbook } = registerOverDouble('en');
    appendRecords(workbook, 'activities', [{ date: '2025-06-15', title: 'ประชุมเครือข่าย' }], { layer, now });
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'Activities')!;
    const dateColumn = sheet.cells[0].findIndex((c) => c.value === 'Date');
    expect(sheet.cells[1][dateColumn].value).toBeInstanceOf(Date);
    // What Sheets stores when a person types 15/06/2568: the year 2568.
    sheet.cell(3, dateColumn + 1).value = new Date(Date.UTC(2568, 5, 14, 17));
    sheet.cell(3, dateColumn + 2).value = 'พิมพ์เอง';
    const outcome = setupOrRepair(workbook, { layer, now });
    expect(outcome.ok && outcome.report.changes.map((c) => c.code)).toContain('dates.be_repaired');
    expect(gridToRows(ACTIVITIES, workbook.readValues('Activities')).map((row) => row.date)).toEqual([
      '2025-06-15',
      '2025-06-15',
    ]);
  });

  it('setup → repair after scrambling columns (reorder, alias, delete one, language) loses no cell', () => {
    const { double, workbook } = registerOverDouble('th');
    appendRecords(workbook, 'partners', partnerRows(20), { layer, now });
    const before = gridToRows(PARTNERS, workbook.readValues('ภาคีเครือข่าย'));
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'ภาคีเครือข่าย')!;
    const width = sheet.cells[0].length;
    sheet.cells = sheet.cells.map((line) =>
      Array.from({ length: width }, (_, i) => line[(i * 7) % width] ?? { value: '', formula: '', note: '' }),
    );
    sheet.cells[0].find((c) => c.value === 'โทรศัพท์')!.value = 'เบอร์โทร';
    const gone = sheet.cells[0].findIndex((c) => c.value === 'อำเภอ');
    for (const line of sheet.cells) line.splice(gone, 1);

    const outcome = setupOrRepair(workbook, { layer, language: 'en', now });
    expect(outcome.ok).toBe(true);
    const after = gridToRows(PARTNERS, workbook.readValues('Partners'));
    expect(after).toEqual(before.map((row) => ({ ...row, district: null })));
  });

  it('repair costs the same number of calls for 10 rows as for 1,000', () => {
    const counts = [10, 1000].map((size) => {
      const { double, workbook } = registerOverDouble();
      appendRecords(workbook, 'partners', partnerRows(size), { layer, now });
      double.log.reset();
      setupOrRepair(workbook, { layer, now });
      return double.log.calls.length;
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('after columns move, the warning-only protections cover exactly the formula columns, none left behind', () => {
    const double = createAppsScriptDouble();
    const workbook = adapterOver(double);
    setupOrRepair(workbook, { layer: metricsFormulaLayer, language: 'en', now });
    appendRecords(workbook, 'partners', partnerRows(3), { layer: metricsFormulaLayer, now });
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'Partners')!;
    const width = sheet.cells[0].length;
    sheet.cells = sheet.cells.map((line) => Array.from({ length: width }, (_, i) => line[(i * 7) % width]));
    setupOrRepair(workbook, { layer: metricsFormulaLayer, now });
    const formulaLabels = new Set(metricsFormulaLayer.formulaColumns('partners').map((def) => def.label.en));
    const protectedColumns = sheet.protections.flatMap((p) =>
      Array.from({ length: p.band.columns }, (_, i) => p.band.column + i),
    );
    const formulaColumns = sheet.cells[0].flatMap((cell, i) =>
      formulaLabels.has(String(cell.value)) ? [i + 1] : [],
    );
    expect(protectedColumns.sort((a, b) => a - b)).toEqual(formulaColumns);
    expect(sheet.protections.every((p) => p.warningOnly)).toBe(true);
  });

  it('writes every string as text, so a Settings term date 05-16 or a name like 1/2 is not read as a date', () => {
    const double = createAppsScriptDouble();
    const workbook = adapterOver(double);
    workbook.createSheet('Notes');
    workbook.writeValues('Notes', 1, 1, [['05-16', '1/2', '0812345678', 42, "'=kept as text", '=1+1']]);
    const sheet = double.spreadsheet.sheets.find((s) => s.name === 'Notes')!;
    expect(sheet.cells[0].map((cell) => cell.value)).toEqual([
      '05-16',
      '1/2',
      '0812345678',
      42,
      '=kept as text',
      '',
    ]);
    expect(sheet.cells[0][5].formula).toBe('=1+1');
  });
});
