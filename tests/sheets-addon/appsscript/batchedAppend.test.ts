import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../../shared/schema/tabs';
import { appendRecords } from '../../../sheets-addon/core/appendRecords';
import { registerFormulaLayer } from '../../../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../../../sheets-addon/core/setupOrRepair';
import { gridToRows } from '../../../sheets-addon/core/tableRows';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { adapterOver } from './adapterOverDouble';

const layer = registerFormulaLayer;
const now = '2026-11-25T08:00:00.000Z';
/** The design's ceiling for one append batch of any size. */
const APPEND_TARGET = 6;

function register(sheetsApi: boolean) {
  const double = createAppsScriptDouble();
  const workbook = adapterOver(double, { sheetsApi });
  const setup = setupOrRepair(workbook, { layer, language: 'th', now });
  if (!setup.ok) throw new Error(setup.reason.message.en);
  const partners = Array.from({ length: 10 }, (_, i) => ({
    name: `โรงเรียนบ้านทดสอบ ${i + 1}`,
    sector: 'school',
  }));
  appendRecords(workbook, 'partners', partners, { layer, now });
  double.log.reset();
  return { double, workbook };
}

function activities(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    date: '2025-06-15',
    title: `ประชุมเครือข่าย ${i + 1}`,
    partner_ids: `P-${String((i % 10) + 1).padStart(4, '0')}`,
  }));
}

/** Every cell of every sheet as the double holds it: values (dates as ISO) and formulas. */
function cells(double: ReturnType<typeof createAppsScriptDouble>) {
  return double.spreadsheet.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.cells.map((line) =>
      line.map((cell) => ({
        value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        formula: cell.formula,
      })),
    ),
  }));
}

describe('appending activities, which also rewrites the hidden Links sheet', () => {
  it('costs at most six calls for 1, 100 or 1,000 activities when the adapter may use the Sheets API: rows and Links in one request', () => {
    const counts = [1, 100, 1000].map((size) => {
      const { double, workbook } = register(true);
      const outcome = appendRecords(workbook, 'activities', activities(size), { layer, now });
      expect(outcome.ok && outcome.value.added).toHaveLength(size);
      return { data: double.log.dataCalls().length, methods: double.log.byMethod() };
    });
    for (const { data, methods } of counts) {
      expect(data).toBeLessThanOrEqual(APPEND_TARGET);
      expect(methods['Values.batchUpdate']).toBe(1);
      expect(methods.setValues).toBeUndefined();
    }
    expect(new Set(counts.map((c) => c.data)).size).toBe(1);
  });

  it('costs seven without it (the spreadsheets.currentonly scope): the rows and the Links sheet are two setValues', () => {
    const { double, workbook } = register(false);
    appendRecords(workbook, 'activities', activities(100), { layer, now });
    expect(double.log.dataCalls().length).toBe(APPEND_TARGET + 1);
    expect(double.log.byMethod().setValues).toBe(2);
  });

  it('leaves every sheet with the same cells either way: text stays text, dates are dates, formulas are formulas', () => {
    const tricky = [
      { date: '2025-06-15', title: '05-16', partner_ids: 'P-0001,P-0002', participants: 40 },
      {
        date: '2568-01-02',
        title: '0812345678',
        outcomes: '=IMPORTXML("http://evil")',
        partner_ids: 'P-0003',
      },
      { date: '2025-07-01', title: '1/2', outputs: 'ผลผลิต 1/2', partner_ids: 'P-0001' },
    ];
    const [batched, separate] = [true, false].map((sheetsApi) => {
      const { double, workbook } = register(sheetsApi);
      const outcome = appendRecords(workbook, 'activities', tricky, { layer, now });
      expect(outcome.ok && outcome.value.refused).toEqual([]);
      return { double, workbook };
    });
    expect(cells(batched.double)).toEqual(cells(separate.double));
    const rows = gridToRows(ACTIVITIES, batched.workbook.readValues('กิจกรรม'));
    expect(rows.map((row) => row.title)).toEqual(['05-16', '0812345678', '1/2']);
    expect(rows[1].outcomes).toBe('=IMPORTXML("http://evil")');
    expect(rows.map((row) => row.date)).toEqual(['2025-06-15', '2025-01-02', '2025-07-01']);
    const sheet = batched.double.spreadsheet.sheets.find((s) => s.name === 'กิจกรรม')!;
    const dateColumn = sheet.cells[0].findIndex((cell) => cell.value === 'วันที่');
    expect(sheet.cells[1][dateColumn].value).toBeInstanceOf(Date);
    const links = batched.double.spreadsheet.sheets.find((s) => s.name === 'ความเชื่อมโยง')!;
    expect(links.cells.some((line) => line.some((cell) => cell.formula !== ''))).toBe(true);
  });
});
