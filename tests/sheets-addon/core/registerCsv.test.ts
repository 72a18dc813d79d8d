import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecords } from '../../../sheets-addon/core/appendRecords';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { IMPORT_ROW_LIMIT } from '../../../sheets-addon/core/registerCsv';
import { createSidebarApi } from '../../../sheets-addon/core/sidebarApi';
import { interimFormulaLayer } from '../../doubles/interimFormulaLayer';

const FIXTURES = join(import.meta.dirname, '../../fixtures/registerCsv');
const layer = interimFormulaLayer;
const now = '2026-11-25T08:00:00.000Z';

async function fixture(name: string): Promise<string> {
  return (await readFile(join(FIXTURES, name), 'utf8')).replace(/^\uFEFF/, '');
}

function register() {
  const workbook = new MemoryWorkbook();
  const api = createSidebarApi({ workbook, layer, now: () => now, endpoint: () => '', newToken: () => 't' });
  api.setupOrRepair('th');
  appendRecords(
    workbook,
    'partners',
    [
      { name: 'บริษัท ล้านนาซอฟต์ จำกัด', sector: 'private', website: 'https://www.lannasoft.co.th' },
      { name: 'โรงเรียนบ้านแม่แรม', sector: 'school' },
    ],
    { layer, now },
  );
  return { workbook, api };
}

describe('CSV import and export through the sidebar api', () => {
  it('previews an Excel activities file in Thai without changing the register', async () => {
    const { workbook, api } = register();
    const before = structuredClone(workbook.state);
    const preview = api.previewImport('activities', await fixture('activities-excel-utf8-bom.csv'));
    expect(preview.mapping.find((m) => m.header === 'วันที่')?.column).toBe('date');
    expect(preview.accepted).toBeGreaterThan(0);
    expect(preview.rowLimit).toBe(IMPORT_ROW_LIMIT);
    expect(workbook.state).toEqual(before);
  });

  it('imports it: Buddhist Era dates as CE, partners named resolved to ids, one undo snapshot that removes the rows', async () => {
    const { workbook, api } = register();
    const text = await fixture('activities-excel-utf8-bom.csv');
    const preview = api.previewImport('activities', text);
    const outcome = api.confirmImport('activities', text);
    expect(outcome.added.length).toBe(preview.accepted);
    const activities = readRegister(workbook).tables.activities;
    const first = activities.find((row) => row.title === 'อบรมครูการสอนโค้ดดิ้ง');
    expect(first).toMatchObject({ date: '2025-06-15', partner_ids: 'P-0001', participants: 25 });
    expect(outcome.snapshotId).not.toBeNull();
    api.restoreSnapshot(outcome.snapshotId!);
    expect(readRegister(workbook).tables.activities).toEqual([]);
  });

  it('imports a Google Contacts export into contacts, adding the new organisations as partners', async () => {
    const { workbook, api } = register();
    const outcome = api.confirmImport('contacts', await fixture('google-contacts-export.csv'));
    expect(outcome.added.some((id) => id.startsWith('C-'))).toBe(true);
    const { contacts, partners } = readRegister(workbook).tables;
    for (const contact of contacts) expect(partners.map((p) => p.id)).toContain(contact.partner_id);
  });

  it('refuses a broken file whole, with a reason, and adds nothing', () => {
    const { workbook, api } = register();
    const before = structuredClone(workbook.state);
    const outcome = api.confirmImport('partners', 'name,"unclosed\nx,y');
    expect(outcome.added).toEqual([]);
    expect(outcome.rejected[0].reason.message.th).not.toBe('');
    expect(workbook.state).toEqual(before);
  });

  it('exports a tab as a CSV with Thai labels and formula-like text kept as text', () => {
    const { workbook, api } = register();
    appendRecords(workbook, 'partners', [{ name: '=cmd|calc', sector: 'other' }], { layer, now });
    const { filename, text } = api.exportCsv('partners', 'th');
    expect(filename).toMatch(/^ภาคีเครือข่าย-2026-11-25\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('ชื่อหน่วยงาน');
    expect(text).toContain("'=cmd|calc");
  });
});
