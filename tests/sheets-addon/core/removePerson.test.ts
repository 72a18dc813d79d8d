import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendCaptureLog, readCaptureLog } from '../../../sheets-addon/core/capture/captureLog';
import type { SidebarApi } from '../../../sheets-addon/core/contract';
import { MemoryWorkbook } from '../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../sheets-addon/core/readRegister';
import { PROPERTY, REGISTER_VERSION } from '../../../sheets-addon/core/registerProperties';
import { removePerson } from '../../../sheets-addon/core/removePerson';
import { listSnapshots, loadSnapshot } from '../../../sheets-addon/core/snapshots';
import type { Workbook } from '../../../sheets-addon/core/workbook';
import { withFileWorkbook } from '../../../sheets-addon/local/fileWorkbook';
import { createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { adapterOver } from '../appsscript/adapterOverDouble';
import { apiOver } from './records/registerOver';

const now = '2026-11-25T08:00:00.000Z';

/** The person asked to be erased, and two people who did not. */
const CONTACTS_CSV = [
  'Partner,Contact name,Role,Email,Phone,LINE ID',
  'P-0001,นางสาวมาลี ศรีสุข,ครู,malee.srisuk@example.com,081-234-5678,malee_line',
  'P-0001,นายสมศักดิ์ ใจดี,ผู้อำนวยการ,somsak.jaidee@example.com,089-876-5432,somsak_line',
].join('\n');
const PERSON = ['นายวิชัย รักเรียน', 'wichai.rakrian@example.org', '086-555-0199', 'wichai_pdpa'];
const PERSON_PHONE = '086-555-0199';

/** One register, reached through a host: in memory, or a folder of real files opened and saved per action. */
interface Host {
  run<T>(action: (workbook: Workbook, api: SidebarApi) => T): Promise<T>;
  /** Every text the register keeps: each sheet's values, formulas and notes, and for files every file. */
  everything(): Promise<string>;
}

function sheetText(workbook: Workbook): string {
  return workbook
    .listSheets()
    .map((sheet) => JSON.stringify([workbook.readValues(sheet.name), workbook.readFormulas(sheet.name)]))
    .join('\n');
}

function memoryHost(): Host {
  const book = new MemoryWorkbook();
  return {
    run: async (action) => action(book, apiOver(book, now)),
    everything: async () => `${sheetText(book)}\n${JSON.stringify(book.state)}`,
  };
}

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function fileHost(): Promise<Host> {
  const dir = await mkdtemp(join(tmpdir(), 'netreg-remove-person-'));
  dirs.push(dir);
  const host: Host = {
    run: (action) => withFileWorkbook(dir, (workbook) => action(workbook, apiOver(workbook, now))),
    async everything() {
      const files = await readdir(dir, { recursive: true });
      const texts = await Promise.all(
        files.filter((file) => /\.(csv|json)$/.test(file)).map((file) => readFile(join(dir, file), 'utf8')),
      );
      return `${texts.join('\n')}\n${await host.run((workbook) => sheetText(workbook))}`;
    },
  };
  return host;
}

/**
 * A register where the person is everywhere a contact can be: their row (added by hand after
 * an import), capture log lines about them, and a restore point (a language switch) holding
 * every contact's row.
 */
async function registerWithPerson(host: Host): Promise<void> {
  await host.run((_, api) => {
    api.setupOrRepair('en');
    expect(api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' })).toMatchObject({
      ok: true,
      id: 'P-0001',
    });
  });
  await host.run((_, api) => {
    expect(api.confirmImport({ tab: 'contacts', source: { csv: CONTACTS_CSV }, choices: {} }).added).toEqual([
      'C-0001',
      'C-0002',
    ]);
    const [name, email, phone, line_id] = PERSON;
    expect(api.addRecord('contact', { partner_id: 'P-0001', name, email, phone, line_id })).toEqual({
      ok: true,
      id: 'C-0003',
    });
  });
  await host.run((workbook) => {
    const log = readCaptureLog(workbook, 'en');
    appendCaptureLog(workbook, log, 'en', [
      { capture_id: 'cap-1', received_at: now, kind: 'contact', outcome: 'added', row_id: 'C-0003' },
      { capture_id: 'cap-2', received_at: now, kind: 'contact', outcome: 'added', row_id: 'C-0001' },
      { capture_id: 'cap-3', received_at: now, kind: 'contact', outcome: 'duplicate', row_id: 'C-0003' },
    ]);
  });
  await host.run((_, api) => api.setupOrRepair('th'));
  // Edits keep restore points with the old values: one of them about the person.
  await host.run((_, api) => {
    expect(api.updateRecord('contacts', 'C-0003', { role: 'ครูใหญ่' })).toMatchObject({
      ok: true,
      id: 'C-0003',
    });
    expect(api.updateRecord('contacts', 'C-0001', { role: 'ครูชำนาญการ' })).toMatchObject({
      ok: true,
      id: 'C-0001',
    });
  });
}

const HOSTS: [string, () => Promise<Host>][] = [
  ['in memory', async () => memoryHost()],
  ['in a folder of files', fileHost],
];

describe.each(HOSTS)('removing a person (%s)', (_label, makeHost) => {
  it('erases them from Contacts, the capture log and every restore point, and nowhere else keeps them', async () => {
    const host = await makeHost();
    await registerWithPerson(host);
    const everythingBefore = await host.everything();
    for (const value of [...PERSON.slice(0, 2), PERSON[3], PERSON_PHONE])
      expect(everythingBefore).toContain(value);
    const others = await host.run((workbook) =>
      readRegister(workbook, ['contacts']).tables.contacts.slice(0, 2),
    );

    const report = await host.run((_, api) => api.removePerson('C-0003'));
    expect(report.snapshotId).toBeNull();
    expect(report.changes.map((change) => change.code)).toEqual([
      'person.removed',
      'person.capture_log',
      'person.snapshots',
    ]);
    expect(report.changes[0].message.th).toBe('ลบ “นายวิชัย รักเรียน” ออกจาก “ผู้ติดต่อ” แล้ว');
    expect(report.changes[0].message.en).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
    expect(report.changes[0].message.en).toContain(PERSON[0]);

    const everythingAfter = await host.everything();
    for (const value of [...PERSON, PERSON_PHONE, '865550199']) expect(everythingAfter).not.toContain(value);

    await host.run((workbook) => {
      const contacts = readRegister(workbook, ['contacts']).tables.contacts;
      expect(contacts).toEqual(others);
      const log = readCaptureLog(workbook, 'th');
      const live = [...log.entries.values()].filter((entry) => entry.outcome !== 'erased');
      expect(live.map((entry) => entry.capture_id)).toEqual(['cap-2']);
      // Their capture leaves a tombstone: its id alone, so a retry is not added again.
      const tombstones = [...log.entries.values()].filter((entry) => entry.outcome === 'erased');
      expect(tombstones.length).toBeGreaterThan(0);
      for (const tombstone of tombstones)
        expect(tombstone).toMatchObject({ received_at: '', kind: '', row_id: '' });
      // Restore points stay, without any row of theirs: the edit of another person can still be undone.
      const kept = listSnapshots(workbook).flatMap(
        (snapshot) => loadSnapshot(workbook, snapshot.id)!.rows ?? [],
      );
      expect(kept.map((change) => change.id)).toContain('C-0001');
      expect(kept.map((change) => change.id)).not.toContain('C-0003');
    });
  });

  it('is not brought back by restoring a restore point kept before the removal', async () => {
    const host = await makeHost();
    await registerWithPerson(host);
    await host.run((_, api) => api.removePerson('C-0003'));
    await host.run((_, api) => {
      for (const snapshot of api.listSnapshots()) api.restoreSnapshot(snapshot.id);
    });
    const everything = await host.everything();
    for (const value of [...PERSON, PERSON_PHONE]) expect(everything).not.toContain(value);
    await host.run((workbook, api) => {
      expect(readRegister(workbook, ['contacts']).tables.contacts.map((row) => row.id)).not.toContain(
        'C-0003',
      );
      expect(api.searchContacts('วิชัย')).toEqual([]);
    });
  });

  it('refuses an unknown id in Thai and English and leaves the register exactly as it was', async () => {
    const host = await makeHost();
    await registerWithPerson(host);
    const before = await host.everything();
    const refusal = await host.run((workbook) => removePerson(workbook, 'C-0999'));
    expect(refusal).toMatchObject({ ok: false, reason: { code: 'person.not_found' } });
    if (refusal.ok) return;
    expect(refusal.reason.message.th).toContain('ไม่พบผู้ติดต่อนี้ในทะเบียน');
    expect(refusal.reason.message.en).toContain('This contact is no longer in the register');
    await expect(host.run((_, api) => api.removePerson('P-0001'))).rejects.toThrow(
      /ไม่พบผู้ติดต่อ.* \/ This contact is no longer/,
    );
    expect(await host.everything()).toBe(before);
  });
});

describe('removing a person', () => {
  it('finds contacts by name, email or phone for the sidebar, with their partner, and no personal details', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book, now);
    api.setupOrRepair('th');
    api.addRecord('partner', { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school' });
    api.confirmImport({ tab: 'contacts', source: { csv: CONTACTS_CSV }, choices: {} });
    expect(api.searchContacts('มาลี')).toEqual([
      {
        id: 'C-0001',
        name: 'นางสาวมาลี ศรีสุข',
        role: 'ครู',
        partnerId: 'P-0001',
        partnerName: 'โรงเรียนบ้านห้วยทราย',
      },
    ]);
    expect(api.searchContacts('somsak.jaidee').map((c) => c.id)).toEqual(['C-0002']);
    expect(api.searchContacts('898765432').map((c) => c.id)).toEqual(['C-0002']);
    expect(api.searchContacts('somsak_line').map((c) => c.id)).toEqual(['C-0002']);
  });

  it('keeps undoing an import right when the person removed sat above the imported rows', () => {
    const book = new MemoryWorkbook();
    const api = apiOver(book, now);
    api.setupOrRepair('en');
    api.addRecord('partner', { name: 'Wat Pa School', sector: 'school' });
    const [name, email] = PERSON;
    api.addRecord('contact', { partner_id: 'P-0001', name, email });
    const imported = api.confirmImport({ tab: 'contacts', source: { csv: CONTACTS_CSV }, choices: {} });
    api.removePerson('C-0001');
    api.restoreSnapshot(imported.snapshotId!);
    expect(readRegister(book, ['contacts']).tables.contacts).toEqual([]);
  });

  it('refuses on a spreadsheet that is not a register yet', () => {
    const outcome = removePerson(new MemoryWorkbook(), 'C-0001');
    expect(outcome).toMatchObject({ ok: false, reason: { code: 'register.not_set_up' } });
  });

  it('in Sheets: deletes the row in one call under the document lock, even when it is the last row below the header', () => {
    const double = createAppsScriptDouble();
    const workbook = adapterOver(double);
    workbook.setProperties({ [PROPERTY.version]: REGISTER_VERSION, [PROPERTY.language]: 'en' });
    workbook.createSheet('Contacts');
    workbook.writeValues('Contacts', 1, 1, [
      ['ID', 'Partner', 'Contact name', 'Email'],
      ['C-0001', 'P-0001', PERSON[0], PERSON[1]],
    ]);
    workbook.freezeRows('Contacts', 1);
    // A tab trimmed to its header and one row: Sheets refuses to delete every row below a frozen header.
    (double.spreadsheet.getSheetByName('Contacts') as unknown as { maxRows: number }).maxRows = 2;
    double.log.reset();
    const outcome = removePerson(workbook, 'C-0001');
    expect(outcome).toMatchObject({ ok: true, report: { changes: [{ code: 'person.removed' }] } });
    const calls = double.log.byMethod();
    expect(calls.deleteRows).toBe(1);
    expect(calls.waitLock).toBe(1);
    expect(calls.releaseLock).toBe(1);
    expect(workbook.readValues('Contacts')).toEqual([['ID', 'Partner', 'Contact name', 'Email']]);
  });
});
