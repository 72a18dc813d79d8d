import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../../../sheets-addon/core/setupOrRepair';
import { createSidebarApi } from '../../../sheets-addon/core/sidebarApi';
import type { Workbook } from '../../../sheets-addon/core/workbook';
import { FileWorkbook, withFileWorkbook } from '../../../sheets-addon/local/fileWorkbook';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';

const FIXTURE = join(import.meta.dirname, '../../fixtures/fileWorkbook/register');
const layer = interimFormulaLayer;
const now = '2026-11-25T08:00:00.000Z';
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-file-workbook-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The add-on's server functions over a workbook, at the fixed clock, with no capture endpoint. */
function sidebarOver(book: Workbook) {
  return createSidebarApi({ workbook: book, layer, now: () => now, endpoint: () => '', newToken: () => 't' });
}

async function readCsv(name: string): Promise<string[][]> {
  const text = (await readFile(join(dir, `${name}.csv`), 'utf8')).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
}

async function writeCsv(name: string, grid: string[][]): Promise<void> {
  await writeFile(join(dir, `${name}.csv`), Papa.unparse(grid));
}

describe('the file-backed workbook', () => {
  it('opens a folder of key-headed CSVs, sets it up, and keeps every row across save and reopen', async () => {
    const book = await FileWorkbook.open(dir);
    const before = readRegister(book);
    expect(before.tables.partners.length).toBeGreaterThan(0);
    const outcome = setupOrRepair(book, { layer, language: 'th', now });
    expect(outcome.ok).toBe(true);
    await book.save();

    const reopened = await FileWorkbook.open(dir);
    const after = readRegister(reopened);
    expect(after.tables.partners.map((row) => row.id)).toEqual(before.tables.partners.map((row) => row.id));
    expect(after.tables.partners.map((row) => row.name)).toEqual(
      before.tables.partners.map((row) => row.name),
    );
    expect((await readCsv('partners'))[0][1]).toBe('ชื่อหน่วยงาน');
    const meta = JSON.parse(await readFile(join(dir, 'register.json'), 'utf8'));
    expect(meta).toMatchObject({ format: 'netreg-register', version: 1, language: 'th' });
    expect(meta.workbook.sheets.find((s: { file: string }) => s.file === 'lists').hidden).toBe(true);
    expect(reopened.sheet('ภาคีเครือข่าย').frozenRows).toBe(1);
  });

  it('stores a hostile formula typed into a field as apostrophe text, and a Thai name as it is', async () => {
    const book = await FileWorkbook.open(dir);
    setupOrRepair(book, { layer, language: 'en', now });
    const api = sidebarOver(book);
    const added = api.addRecord('partner', { name: 'โรงเรียนบ้านป่าตึง', notes: '=HYPERLINK("http://x")' });
    expect(added.ok).toBe(true);
    await book.save();
    const grid = await readCsv('partners');
    const header = grid[0];
    const row = grid.find((line) => line[header.indexOf('Partner name')] === 'โรงเรียนบ้านป่าตึง')!;
    expect(row[header.indexOf('Notes')]).toBe('\'=HYPERLINK("http://x")');
    const reopened = readRegister(await FileWorkbook.open(dir));
    expect(reopened.tables.partners.find((p) => p.id === (added.ok && added.id))?.notes).toBe(
      '=HYPERLINK("http://x")',
    );
  });

  it('setup → repair after scrambling the files (reorder, alias, delete one, language) loses no cell', async () => {
    const book = await FileWorkbook.open(dir);
    setupOrRepair(book, { layer, language: 'th', now });
    await book.save();
    const before = readRegister(await FileWorkbook.open(dir)).tables.partners;

    const grid = await readCsv('partners');
    const width = grid[0].length;
    const order = Array.from({ length: width }, (_, i) => (i * 5) % width);
    let scrambled = grid.map((line) => order.map((from) => line[from] ?? ''));
    scrambled[0] = scrambled[0].map((header) => (header === 'โทรศัพท์' ? 'เบอร์โทรศัพท์' : header));
    const gone = scrambled[0].indexOf('จังหวัด');
    scrambled = scrambled.map((line) => line.filter((_, i) => i !== gone));
    await writeCsv('partners', scrambled);

    const repaired = await FileWorkbook.open(dir);
    const outcome = setupOrRepair(repaired, { layer, language: 'en', now });
    expect(outcome.ok).toBe(true);
    await repaired.save();
    const after = readRegister(await FileWorkbook.open(dir)).tables.partners;
    expect(after).toEqual(before.map((row) => ({ ...row, province: null })));
    expect((await readCsv('partners'))[0].at(-1)).toBe('Province');
  });

  it('runs actions on one folder one after another, so concurrent adds get distinct ids and all are saved', async () => {
    await withFileWorkbook(dir, (book) => setupOrRepair(book, { layer, language: 'th', now }));
    const add = (name: string) =>
      withFileWorkbook(dir, (book) => sidebarOver(book).addRecord('contact', { name, partner_id: 'P-0001' }));
    const results = await Promise.all([add('คุณหนึ่ง'), add('คุณสอง'), add('คุณสาม')]);
    const ids = results.map((result) => (result.ok ? result.id : result.problems[0].reason.message.en));
    expect(new Set(ids).size).toBe(3);
    const contacts = readRegister(await FileWorkbook.open(dir)).tables.contacts.map((row) => row.name);
    expect(contacts).toEqual(expect.arrayContaining(['คุณหนึ่ง', 'คุณสอง', 'คุณสาม']));
  });

  it('sets up the shipped demo register without changing any of its records', async () => {
    await rm(dir, { recursive: true, force: true });
    await cp(join(import.meta.dirname, '../../../demo/register'), dir, { recursive: true });
    const before = readRegister(await FileWorkbook.open(dir)).tables;
    const outcome = await withFileWorkbook(dir, (book) =>
      setupOrRepair(book, { layer: registerFormulaLayer, now }),
    );
    expect(outcome.ok).toBe(true);
    expect(readRegister(await FileWorkbook.open(dir)).tables).toEqual(before);
    expect(before.partners.length).toBeGreaterThan(0);
  });
});
