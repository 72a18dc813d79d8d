import { describe, expect, it } from 'vitest';
import { PARTNERS } from '../../../shared/schema/tabs';
import { appendRecords, MAX_APPEND_ROWS } from '../../../sheets-addon/core/appendRecords';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { undoSnapshot } from '../../../sheets-addon/core/records/undoSnapshot';
import { setupOrRepair } from '../../../sheets-addon/core/setupOrRepair';
import { gridToRows } from '../../../sheets-addon/core/tableRows';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';
import { deleteColumn, renameHeader, reorderColumns } from './scramble';

const now = '2026-11-25T08:00:00.000Z';
const layer = interimFormulaLayer;

function registerWithPartners(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const setup = setupOrRepair(book, { layer, language: 'th', now });
  expect(setup.ok).toBe(true);
  const added = appendRecords(
    book,
    'partners',
    [
      {
        name: 'โรงเรียนบ้านหนองบัว',
        sector: 'school',
        status: 'active',
        phone: '081 234 5678',
        province: 'ลำปาง',
      },
      { name: 'อบต.แม่เมาะ', sector: 'อบต.', email: 'info@maemoh.go.th', notes: '=HYPERLINK("x")' },
      { name: 'วัดพระธาตุ', sector: 'Temple', website: 'https://wat.or.th', postal_code: '52000' },
    ],
    { layer, now },
  );
  expect(added.ok && added.value.added).toEqual(['P-0001', 'P-0002', 'P-0003']);
  return book;
}

describe('setup', () => {
  it('creates every data tab with a frozen header in the chosen language, plus Settings, Lists, capture log and Summary', () => {
    const book = new MemoryWorkbook();
    const outcome = setupOrRepair(book, { layer, language: 'en', now });
    expect(outcome.ok).toBe(true);
    const names = book.state.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Partners',
        'Contacts',
        'Activities',
        'Agreements',
        'Resources',
        'Indicators',
        'Reflections',
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(['Settings', 'Lists', 'Capture log', 'Summary']));
    const partners = book.sheet('Partners');
    expect(partners.frozenRows).toBe(1);
    expect(book.readValues('Partners')[0]).toEqual(PARTNERS.columns.map((c) => c.label.en));
    expect(partners.cells[0][1].note).toBe(PARTNERS.columns[1].note.en);
    const sector = partners.validations.find((v) => v.span.column === 3);
    expect(sector?.rule).toMatchObject({
      kind: 'list',
      values: expect.arrayContaining(['Other school', 'Community']),
    });
    expect(book.sheet('Lists').hidden).toBe(true);
    expect(book.sheet('Capture log').hidden).toBe(true);
    expect(book.sheet('Agreements').conditionalRules.length).toBeGreaterThan(0);
  });

  it('refuses, changing nothing, when a tab with a register name holds another table', () => {
    const book = new MemoryWorkbook();
    book.createSheet('Partners');
    book.writeValues('Partners', 1, 1, [
      ['Budget line', 'Amount'],
      ['Paper', 300],
    ]);
    const before = structuredClone(book.state);
    const outcome = setupOrRepair(book, { layer, language: 'en', now });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.message.th).toContain('Partners');
    expect(book.state).toEqual(before);
  });
});

describe('appendRecords', () => {
  it('writes choices as labels, phones as text, and formula-like text as text', () => {
    const book = registerWithPartners();
    const values = book.readValues('ภาคีเครือข่าย');
    const rows = gridToRows(PARTNERS, values);
    expect(rows[0]).toMatchObject({ id: 'P-0001', sector: 'school', phone: '081-234-5678' });
    expect(values[1][2]).toBe('สถานศึกษา');
    expect(rows[1].notes).toBe('=HYPERLINK("x")');
    expect(
      book
        .readFormulas('ภาคีเครือข่าย')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('refuses a bad row with a reason in both languages and still adds the good ones', () => {
    const book = registerWithPartners();
    const outcome = appendRecords(book, 'partners', [{ name: 'ดี' }, { name: '', sector: 'spaceship' }], {
      layer,
      now,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.added).toEqual(['P-0004']);
    expect(outcome.value.refused[0].line).toBe(2);
    expect(outcome.value.refused[0].reason.message.th).toMatch(/แถวที่ 2/);
  });
});

describe('appendRecords limits', () => {
  it(`refuses a batch over ${MAX_APPEND_ROWS} rows whole, before reading or writing anything`, () => {
    const book = registerWithPartners();
    const before = structuredClone(book.state);
    const rows = Array.from({ length: MAX_APPEND_ROWS + 1 }, (_, i) => ({ name: `p${i}` }));
    const outcome = appendRecords(book, 'partners', rows, { layer, now });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.message.en).toContain(String(MAX_APPEND_ROWS));
    expect(book.state).toEqual(before);
  });

  it('refuses to append to a spreadsheet that is not set up, with a reason in both languages', () => {
    const outcome = appendRecords(new MemoryWorkbook(), 'partners', [{ name: 'x' }], { layer, now });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.message.th).toContain('ตั้งค่า');
  });
});

describe('appendRecords on a sheet emptied by hand', () => {
  it('puts the header back in row 1 and the record below it', () => {
    const book = new MemoryWorkbook();
    setupOrRepair(book, { layer, language: 'en', now });
    book.clearSheet('Contacts');
    const outcome = appendRecords(book, 'contacts', [{ name: 'คุณสมศรี', partner_id: 'P-0001' }], {
      layer,
      now,
    });
    expect(outcome.ok).toBe(true);
    const values = book.readValues('Contacts');
    expect(values[0][0]).toBe('ID');
    expect(values[1][0]).toBe('C-0001');
  });
});

describe('repair after a person scrambled the register', () => {
  it('loses no cell after columns are reordered, a header renamed to an alias, one deleted and the language switched', () => {
    const book = registerWithPartners();
    const before = gridToRows(PARTNERS, book.readValues('ภาคีเครือข่าย'));
    const sheet = book.sheet('ภาคีเครือข่าย');
    reorderColumns(sheet, (width) => Array.from({ length: width }, (_, i) => width - 1 - i));
    renameHeader(sheet, 'ชื่อหน่วยงาน', 'ชื่อองค์กร');
    deleteColumn(sheet, 'จังหวัด');
    sheet.cells.push([{ value: 'พิมพ์เอง' }]); // a row typed by hand, no id, in the first column (was "updated")

    const outcome = setupOrRepair(book, { layer, language: 'en', now });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const after = gridToRows(PARTNERS, book.readValues('Partners'));
    const expected = before.map((row) => ({ ...row, province: null }));
    expect(after.slice(0, 3)).toEqual(expected);
    expect(after[3].id).toBe('P-0004');
    expect(book.readValues('Partners')[0].at(-1)).toBe('Province');
    const codes = outcome.report.changes.map((change) => change.code);
    expect(codes).toEqual(
      expect.arrayContaining(['column.recreated', 'ids.given', 'sheet.renamed', 'enums.relabelled']),
    );
    expect(outcome.report.snapshotId).not.toBeNull();
  });

  it('gives back what the repair changed when its snapshot is restored', () => {
    const book = registerWithPartners();
    const grid = book.readValues('ภาคีเครือข่าย');
    const outcome = setupOrRepair(book, { layer, language: 'en', now });
    if (!outcome.ok || !outcome.report.snapshotId) throw new Error('expected a snapshot');
    undoSnapshot(book, outcome.report.snapshotId, { layer, now });
    expect(book.readValues('ภาคีเครือข่าย')).toEqual(grid);
  });

  it('moves a Buddhist Era year that Sheets read as CE back 543 years, and says so', () => {
    const book = registerWithPartners();
    appendRecords(book, 'activities', [{ date: '2025-06-15', title: 'ประชุม', partner_ids: 'P-0001' }], {
      layer,
      now,
    });
    const sheet = book.sheet('กิจกรรม');
    const dateColumn = sheet.cells[0].findIndex((c) => c.value === 'วันที่');
    sheet.cells.push([]);
    sheet.cells[2][dateColumn] = { value: '2568-06-15' };
    sheet.cells[2][dateColumn + 1] = { value: 'พิมพ์เอง' };
    const outcome = setupOrRepair(book, { layer, now });
    if (!outcome.ok) throw new Error('repair failed');
    expect(book.readValues('กิจกรรม')[2][dateColumn]).toBe('2025-06-15');
    expect(outcome.report.changes.map((c) => c.code)).toContain('dates.be_repaired');
  });

  it('rewrites phones an older register kept in E.164, or Sheets turned into numbers, as Thai people write them; undo gives them back', () => {
    const book = registerWithPartners();
    const sheet = book.sheet('ภาคีเครือข่าย');
    const phoneColumn = sheet.cells[0].findIndex((c) => c.value === 'โทรศัพท์');
    sheet.cells[1][phoneColumn] = { value: '+6653121234;ext=12' };
    sheet.cells[2][phoneColumn] = { value: 812345678 };
    const before = book.readValues('ภาคีเครือข่าย');
    const outcome = setupOrRepair(book, { layer, now });
    if (!outcome.ok || !outcome.report.snapshotId) throw new Error('expected a snapshot');
    const after = book.readValues('ภาคีเครือข่าย');
    expect([after[1][phoneColumn], after[2][phoneColumn]]).toEqual(['053-121-234 ต่อ 12', '081-234-5678']);
    expect(outcome.report.changes.map((c) => c.code)).toContain('phones.shown');
    undoSnapshot(book, outcome.report.snapshotId, { layer, now });
    expect(book.readValues('ภาคีเครือข่าย')[1][phoneColumn]).toBe(before[1][phoneColumn]);
    expect(book.readValues('ภาคีเครือข่าย')[2][phoneColumn]).toBe(before[2][phoneColumn]);
  });
});
