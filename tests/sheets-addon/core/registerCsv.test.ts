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
    const preview = api.previewImport({
      tab: 'activities',
      source: { csv: await fixture('activities-excel-utf8-bom.csv') },
      choices: {},
    });
    expect(preview.mapping.find((m) => m.header === 'วันที่')?.column).toBe('date');
    expect(preview.accepted).toBeGreaterThan(0);
    expect(preview.rowLimit).toBe(IMPORT_ROW_LIMIT);
    expect(workbook.state).toEqual(before);
  });

  it('imports it: Buddhist Era dates as CE, partners named resolved to ids, one undo snapshot that removes the rows', async () => {
    const { workbook, api } = register();
    const text = await fixture('activities-excel-utf8-bom.csv');
    const preview = api.previewImport({ tab: 'activities', source: { csv: text }, choices: {} });
    const outcome = api.confirmImport({ tab: 'activities', source: { csv: text }, choices: {} });
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
    const outcome = api.confirmImport({
      tab: 'contacts',
      source: { csv: await fixture('google-contacts-export.csv') },
      choices: {},
    });
    expect(outcome.added.some((id) => id.startsWith('C-'))).toBe(true);
    const { contacts, partners } = readRegister(workbook).tables;
    for (const contact of contacts) expect(partners.map((p) => p.id)).toContain(contact.partner_id);
  });

  it('refuses a broken file whole, with a reason, and adds nothing', () => {
    const { workbook, api } = register();
    const before = structuredClone(workbook.state);
    const outcome = api.confirmImport({
      tab: 'partners',
      source: { csv: 'name,"unclosed\nx,y' },
      choices: {},
    });
    expect(outcome.added).toEqual([]);
    expect(outcome.refusal?.code).toBe('csv.broken');
    expect(outcome.refusal?.message.th).not.toBe('');
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

describe('the import wizard through the sidebar api', () => {
  it('adopts a tab the school already kept, below its title row, and leaves that tab untouched', () => {
    const { workbook, api } = register();
    workbook.createSheet('รายชื่อภาคีเดิม');
    const kept = [
      ['รายชื่อภาคีเครือข่าย ปี 2567', null, null],
      ['ชื่อหน่วยงาน', 'ภาคส่วน', 'โทรศัพท์'],
      ['เทศบาลตำบลริมใต้', 'อปท.', '053 121 999'],
      ['สำนักงานที่ดินแม่ริม', 'หน่วยงานรัฐ', null],
    ];
    workbook.writeValues('รายชื่อภาคีเดิม', 1, 1, kept);
    expect(api.listAdoptableSheets()).toEqual([{ name: 'รายชื่อภาคีเดิม', rows: 3 }]);
    const request = { tab: 'partners' as const, source: { sheet: 'รายชื่อภาคีเดิม' }, choices: {} };
    const preview = api.previewImport(request);
    expect(preview).toMatchObject({ headerLine: 2, accepted: 2, updated: 0, fatal: null });
    expect(preview.values.map((question) => question.proposal)).toEqual(['gov_agency']);
    const outcome = api.confirmImport(request);
    expect(outcome.added).toEqual(['P-0003', 'P-0004']);
    expect(readRegister(workbook).tables.partners.slice(2)).toMatchObject([
      { name: 'เทศบาลตำบลริมใต้', sector: 'local_gov', phone: '053-121-999' },
      { name: 'สำนักงานที่ดินแม่ริม', sector: 'gov_agency' },
    ]);
    expect(workbook.readValues('รายชื่อภาคีเดิม')).toEqual(kept);
  });

  it('refuses to adopt one of the register’s own tabs, and changes nothing', () => {
    const { workbook, api } = register();
    const before = structuredClone(workbook.state);
    const outcome = api.confirmImport({ tab: 'partners', source: { sheet: 'ภาคีเครือข่าย' }, choices: {} });
    expect(outcome.refusal?.code).toBe('import.no_sheet');
    expect(workbook.state).toEqual(before);
  });

  it('has nothing to confirm when every line is skipped', () => {
    const { api } = register();
    const csv = 'name,website\nบริษัท ล้านนาซอฟต์ จำกัด,https://www.lannasoft.co.th\n';
    const preview = api.previewImport({ tab: 'partners', source: { csv }, choices: {} });
    expect(preview).toMatchObject({ accepted: 0, updated: 0, fatal: null });
    expect(preview.matched).toMatchObject([{ line: 2, id: 'P-0001', decision: 'skip' }]);
  });

  it('updates the record the person chose to update, and its undo puts the cells back', () => {
    const { workbook, api } = register();
    const before = workbook.readValues('ภาคีเครือข่าย');
    const request = {
      tab: 'partners' as const,
      source: { csv: 'name,website,notes\nบริษัท ล้านนาซอฟต์,https://www.lannasoft.co.th,ผู้สนับสนุนหลัก\n' },
      choices: { duplicates: { 2: 'update' as const } },
    };
    expect(api.previewImport(request)).toMatchObject({ accepted: 0, updated: 1 });
    const outcome = api.confirmImport(request);
    expect(outcome.updated).toEqual(['P-0001']);
    expect(readRegister(workbook).tables.partners[0]).toMatchObject({
      id: 'P-0001',
      name: 'บริษัท ล้านนาซอฟต์',
      sector: 'private',
      notes: 'ผู้สนับสนุนหลัก',
    });
    api.restoreSnapshot(outcome.snapshotId!);
    expect(workbook.readValues('ภาคีเครือข่าย')).toEqual(before);
  });
});
