import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import { apiOver, smallRegister } from './registerOver';

/** A record id as the register writes it (P-0001, C-0012, A-0150); a person should never read one. */
const RECORD_ID = /\b[A-Z]{1,3}-\d{3,}\b/;

function ids(book: MemoryWorkbook, tab: 'partners' | 'contacts' | 'activities') {
  return readRegister(book, [tab]).tables[tab].map((row) => row.id);
}

describe('editing a record from the sidebar', () => {
  it('changes only the fields given, validated as when adding, and says which field is wrong in both languages', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    smallRegister(api);
    expect(api.getRecord('partners', 'P-0002')).toMatchObject({
      name: 'โรงเรียนบ้านห้วยทราย',
      sector: 'school',
    });

    expect(
      api.updateRecord('partners', 'P-0002', { name: 'โรงเรียนบ้านห้วยทรายงาม', status: 'active' }),
    ).toMatchObject({
      ok: true,
      id: 'P-0002',
    });
    const partner = readRegister(book, ['partners']).tables.partners[1];
    expect(partner).toMatchObject({ id: 'P-0002', name: 'โรงเรียนบ้านห้วยทรายงาม', status: 'active' });
    expect(partner.email).toBe('info@huaysai.ac.th');
    expect(partner.updated_at).toBe('2026-11-29T14:28:35.087Z');

    const refused = api.updateRecord('partners', 'P-0002', { email: 'not an email' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems[0].column).toBe('email');
    expect(refused.problems[0].reason.message.th).toMatch(/อีเมล/);
    expect(readRegister(book, ['partners']).tables.partners[1].email).toBe('info@huaysai.ac.th');
  });

  it('moves a contact to another partner typed by name, as adding does', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    smallRegister(api);
    expect(api.updateRecord('contacts', 'C-0001', { partner_id: 'โรงเรียนบ้านห้วยทราย' })).toMatchObject({
      ok: true,
      id: 'C-0001',
    });
    expect(readRegister(book, ['contacts']).tables.contacts[0].partner_id).toBe('P-0002');
  });

  it('refuses an id that is not there, in Thai and English', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    expect(() => api.getRecord('partners', 'P-0099')).toThrow(
      /ไม่พบรายการนี้ในทะเบียน.* \/ This record is no longer in the register/,
    );
  });
});

describe('deleting a record that others refer to', () => {
  it('lists what refers to a partner: its contact, the activity it alone held, and the one it shares', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    const found = api.recordReferences('partners', 'P-0001');
    expect(found.record).toEqual({ tab: 'partners', id: 'P-0001', name: 'องค์การบริหารส่วนตำบลดอนแก้ว' });
    expect(found.referrers).toEqual([
      { tab: 'contacts', id: 'C-0001', name: 'นางสาวมาลี ศรีสุข', column: 'partner_id', shared: false },
      { tab: 'activities', id: 'A-0001', name: 'ประชุมวางแผนร่วม', column: 'partner_ids', shared: true },
      { tab: 'activities', id: 'A-0002', name: 'อบรมครู', column: 'partner_ids', shared: false },
    ]);
  });

  it('deletes them with it, keeping a shared activity without it, so no id points at nothing', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    smallRegister(api);
    const report = api.deleteRecord('partners', 'P-0001', { dependents: 'delete' });
    expect(report.changes.map((c) => c.code)).toEqual([
      'record.deleted',
      'record.deleted',
      'record.detached',
      'record.deleted',
    ]);
    expect(ids(book, 'partners')).toEqual(['P-0002']);
    expect(ids(book, 'contacts')).toEqual(['C-0002']);
    const activities = readRegister(book, ['activities']).tables.activities;
    expect(activities.map((row) => [row.id, row.partner_ids])).toEqual([['A-0001', 'P-0002']]);
    // The Partners formula cells still sit on their own rows after the rows closed up.
    const formulas = book.readFormulas('ภาคีเครือข่าย');
    expect(formulas[1].find((f) => f !== '')).toMatch(/\$?A\$?2\b/);
    expect((formulas[2] ?? []).every((f) => f === '')).toBe(true);
  });

  it('or moves them to another partner', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    smallRegister(api);
    api.deleteRecord('partners', 'P-0001', { dependents: 'reassign', reassignTo: 'p-0002' });
    expect(readRegister(book, ['contacts']).tables.contacts.map((row) => row.partner_id)).toEqual([
      'P-0002',
      'P-0002',
    ]);
    expect(readRegister(book, ['activities']).tables.activities.map((row) => row.partner_ids)).toEqual([
      'P-0002',
      'P-0002',
    ]);
    expect(() =>
      api.deleteRecord('partners', 'P-0002', { dependents: 'reassign', reassignTo: 'P-0002' }),
    ).toThrow(/Choose another partner/);
  });

  it('is undone exactly: the rows come back and the references point at it again, later work kept', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book);
    smallRegister(api);
    const before = readRegister(book, ['partners', 'contacts', 'activities']).tables;
    const report = api.deleteRecord('partners', 'P-0001', { dependents: 'delete' });
    api.addRecord('partner', { name: 'วัดสวนดอก', sector: 'religious' });
    const undone = api.restoreSnapshot(report.snapshotId!);
    expect(undone.asked).toBe(false);
    const after = readRegister(book, ['partners', 'contacts', 'activities']).tables;
    expect(after.partners.map((row) => row.id)).toEqual(['P-0002', 'P-0003', 'P-0001']);
    expect(after.partners.find((row) => row.id === 'P-0001')).toEqual(before.partners[0]);
    expect(after.contacts.map((row) => row.id).sort()).toEqual(['C-0001', 'C-0002']);
    expect(after.activities.find((row) => row.id === 'A-0001')?.partner_ids).toBe('P-0001,P-0002');
    expect(after.activities.find((row) => row.id === 'A-0002')).toEqual(before.activities[1]);
    expect(api.listSnapshots().map((s) => s.id)).not.toContain(report.snapshotId);
  });
});

describe('what deleting and undoing tell a person', () => {
  it('names each record, an activity with its date, and never shows an id, in Thai and English', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    const report = api.deleteRecord('partners', 'P-0001', { dependents: 'delete' });
    expect(report.changes.map((c) => c.message.th)).toEqual([
      'ลบ “องค์การบริหารส่วนตำบลดอนแก้ว” แล้ว',
      'ลบ “นางสาวมาลี ศรีสุข” (ผู้ติดต่อ) ที่อ้างถึงรายการนี้ด้วย',
      '“ประชุมวางแผนร่วม” (15 มิ.ย. 2568) (กิจกรรม) ไม่ได้อ้างถึง “องค์การบริหารส่วนตำบลดอนแก้ว” อีกต่อไป',
      'ลบ “อบรมครู” (1 ก.ค. 2568) (กิจกรรม) ที่อ้างถึงรายการนี้ด้วย',
    ]);
    expect(report.changes[2].message.en).toBe(
      '“ประชุมวางแผนร่วม” (15 Jun 2025) (Activities) no longer lists “องค์การบริหารส่วนตำบลดอนแก้ว”.',
    );
    const undone = api.restoreSnapshot(report.snapshotId!);
    expect(undone.changes[0].message.en).toBe('Put back “นางสาวมาลี ศรีสุข”, which the delete had deleted.');
    for (const change of [...report.changes, ...undone.changes]) {
      expect(change.message.th).not.toMatch(RECORD_ID);
      expect(change.message.en).not.toMatch(RECORD_ID);
    }
  });

  it('says which partner the rows moved to by its name', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    const report = api.deleteRecord('partners', 'P-0001', { dependents: 'reassign', reassignTo: 'P-0002' });
    expect(report.changes[1].message.en).toBe(
      '“นางสาวมาลี ศรีสุข” (Contacts) now refers to “โรงเรียนบ้านห้วยทราย”.',
    );
    expect(() =>
      api.deleteRecord('partners', 'P-0002', { dependents: 'reassign', reassignTo: 'P-0002' }),
    ).toThrow(/ไม่ใช่ “โรงเรียนบ้านห้วยทราย”.*not “โรงเรียนบ้านห้วยทราย” itself/);
    for (const change of report.changes)
      expect(`${change.message.th} ${change.message.en}`).not.toMatch(RECORD_ID);
  });
});
