import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import { apiOver } from './registerOver';

const PARTNERS_CSV = [
  'ชื่อหน่วยงาน,ประเภทภาคี,โทรศัพท์',
  'เทศบาลตำบลสันผีเสื้อ,องค์กรปกครองส่วนท้องถิ่น,053-121-555',
  'วัดพระธาตุดอยสุเทพ,ศาสนสถาน,',
].join('\n');

function partnerIds(book: MemoryWorkbook) {
  return readRegister(book, ['partners']).tables.partners.map((row) => row.id);
}

function imported(book: MemoryWorkbook) {
  const api = apiOver(book);
  api.setupOrRepair('th');
  api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' });
  const outcome = api.confirmImport({ tab: 'partners', source: { csv: PARTNERS_CSV }, choices: {} });
  expect(outcome.added).toEqual(['P-0002', 'P-0003']);
  return { api, snapshotId: outcome.snapshotId! };
}

describe('undoing an import', () => {
  it('removes the rows it added and keeps a partner added after it', () => {
    const book = new MemoryWorkbook();
    const { api, snapshotId } = imported(book);
    api.addRecord('partner', { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', sector: 'local_gov' });
    const report = api.restoreSnapshot(snapshotId);
    expect(report.asked).toBe(false);
    expect(partnerIds(book)).toEqual(['P-0001', 'P-0004']);
    expect(report.changes.map((c) => c.message.th)).toEqual([
      'นำ “เทศบาลตำบลสันผีเสื้อ” ที่เพิ่มโดยการนำเข้าข้อมูลออกแล้ว',
      'นำ “วัดพระธาตุดอยสุเทพ” ที่เพิ่มโดยการนำเข้าข้อมูลออกแล้ว',
    ]);
  });

  it('asks before removing an imported row edited since, and keeps it on "no"', () => {
    const book = new MemoryWorkbook();
    const { api, snapshotId } = imported(book);
    api.updateRecord('partners', 'P-0003', { notes: 'โทรนัดแล้ว' });
    const before = JSON.stringify(book.state);

    const asked = api.restoreSnapshot(snapshotId);
    expect(asked.asked).toBe(true);
    expect(asked.editedSince).toEqual([{ tab: 'partners', id: 'P-0003', name: 'วัดพระธาตุดอยสุเทพ' }]);
    expect(JSON.stringify(book.state)).toBe(before);

    const kept = api.restoreSnapshot(snapshotId, false);
    expect(kept.asked).toBe(false);
    expect(partnerIds(book)).toEqual(['P-0001', 'P-0003']);
    expect(kept.changes.map((c) => c.code)).toEqual(['undo.removed', 'undo.kept_edited']);
    expect(kept.changes[1].message.en).toBe('Kept “วัดพระธาตุดอยสุเทพ”: it was edited after the import.');
  });

  it('removes the edited row too when the person confirms', () => {
    const book = new MemoryWorkbook();
    const { api, snapshotId } = imported(book);
    api.updateRecord('partners', 'P-0003', { notes: 'โทรนัดแล้ว' });
    api.restoreSnapshot(snapshotId, true);
    expect(partnerIds(book)).toEqual(['P-0001']);
  });

  it('puts back the cells it updated in an existing partner, keeping a partner added after it', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    api.setupOrRepair('th');
    api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' });
    const outcome = api.confirmImport({
      tab: 'partners',
      source: { csv: 'ชื่อหน่วยงาน,หมายเหตุ\nโรงเรียนบ้านห้วยทราย,ผู้สนับสนุนหลัก\nวัดสวนดอก,' },
      choices: { duplicates: { 2: 'update' } },
    });
    expect(outcome.updated).toEqual(['P-0001']);
    expect(outcome.added).toEqual(['P-0002']);
    api.addRecord('partner', { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', sector: 'local_gov' });

    const report = api.restoreSnapshot(outcome.snapshotId!);
    const partners = readRegister(book, ['partners']).tables.partners;
    expect(partners.map((row) => [row.id, row.notes ?? null])).toEqual([
      ['P-0001', null],
      ['P-0003', null],
    ]);
    expect(report.changes.map((c) => c.code)).toEqual(['undo.reverted', 'undo.removed']);
  });

  it('finds its rows by id after someone sorted the tab by hand', () => {
    const book = new MemoryWorkbook();
    const { api, snapshotId } = imported(book);
    const sheet = book.sheet('ภาคีเครือข่าย');
    sheet.cells.splice(1, 3, sheet.cells[3], sheet.cells[1], sheet.cells[2]);
    api.restoreSnapshot(snapshotId);
    expect(partnerIds(book)).toEqual(['P-0001']);
  });
});

describe('undoing an edit', () => {
  it('puts back the old value, but keeps a value changed again since and says so', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    api.setupOrRepair('en');
    api.addRecord('partner', { name: 'Wat Suan Dok', sector: 'religious', province: 'Chiang Mai' });
    api.updateRecord('partners', 'P-0001', { name: 'Wat Suan Dok School', province: 'Lamphun' });
    const edit = api.listSnapshots()[0];
    expect(edit.action).toBe('edit');
    api.updateRecord('partners', 'P-0001', { province: 'Lampang' });
    const report = api.restoreSnapshot(edit.id);
    const partner = readRegister(book, ['partners']).tables.partners[0];
    expect(partner.name).toBe('Wat Suan Dok');
    expect(partner.province).toBe('Lampang');
    expect(report.changes.map((c) => c.message.en)).toEqual([
      '“Wat Suan Dok”: put back 1 value(s) the edit had changed.',
      '“Wat Suan Dok”: kept Province, changed again after the edit.',
    ]);
  });
});

describe('undoing a repair or a language switch', () => {
  it('puts back only the cells it rewrote, keeping a row added after it', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    api.setupOrRepair('th');
    api.addRecord('partner', { name: 'วัดสวนดอก', sector: 'religious' });
    const switched = api.setupOrRepair('en');
    api.addRecord('partner', { name: 'Chiang Mai University', sector: 'higher_ed' });
    api.restoreSnapshot(switched.snapshotId!);
    expect(api.getHome().language).toBe('th');
    const partners = readRegister(book, ['partners']).tables.partners;
    expect(partners.map((row) => [row.id, row.sector])).toEqual([
      ['P-0001', 'religious'],
      ['P-0002', 'higher_ed'],
    ]);
    expect(book.readValues('ภาคีเครือข่าย')[2][2]).toBe('สถาบันอุดมศึกษา');
  });
});

describe('removing a person (PDPA)', () => {
  it('is never a restore point, and leaves no undo of an edit that held their details', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    api.setupOrRepair('th');
    api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' });
    api.addRecord('contact', { partner_id: 'P-0001', name: 'นายวิชัย รักเรียน', phone: '086-555-0199' });
    api.updateRecord('contacts', 'C-0001', { phone: '086-555-0100' });
    const report = api.removePerson('C-0001');
    expect(report.snapshotId).toBeNull();
    expect(api.listSnapshots().map((s) => s.action)).not.toContain('edit');
    expect(JSON.stringify(book.state)).not.toContain('865550199');
  });
});
