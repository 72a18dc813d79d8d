import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/csv/applyImport';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { MAX_IMPORT_ROWS } from '../../../shared/csv/limits';
import { planImport } from '../../../shared/csv/planImport';
import { fixtureRegister } from './fixtureRegister';

describe('planImport', () => {
  const register = fixtureRegister();

  it('reports a repeated line once, pointing at the first', () => {
    const text =
      'name,email\nโรงเรียนบ้านหนองบัว,nongbua@school.ac.th\n\nโรงเรียนบ้านหนองบัว,nongbua@school.ac.th\n';
    const plan = planImport('partners', text, register);
    expect(plan.accepted).toHaveLength(1);
    expect(plan.duplicates.map((entry) => [entry.line, entry.first])).toEqual([[4, 2]]);
  });

  it('counts lines as a spreadsheet shows them, blank lines and multi-line cells included', () => {
    const text = 'name,email\n\n"โรงเรียน\nสองบรรทัด",x@y.ac.th\nโรงเรียนบ้านใหม่,not-an-email\n';
    const plan = planImport('partners', text, register);
    expect(plan.rejected.map((entry) => entry.line)).toEqual([4]);
  });

  it('refuses a file with more rows than MAX_IMPORT_ROWS before reading any', () => {
    const text = `name\n${'โรงเรียน\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const plan = planImport('partners', text, register);
    expect(plan.fatal?.code).toBe('csv.too_many_rows');
    expect(plan.accepted).toEqual([]);
  });

  it('refuses a broken file (an unclosed quote) whole', () => {
    const plan = planImport('partners', 'name,notes\nโรงเรียน,"never closed\n', register);
    expect(plan.fatal?.code).toBe('csv.broken');
  });

  it('refuses a file whose headers name no column of the tab', () => {
    const plan = planImport('activities', 'foo,bar\n1,2\n', register);
    expect(plan.fatal?.code).toBe('csv.no_columns');
    expect(plan.fatal?.message.en).toContain('foo');
  });

  it('accepts English labels and keys as headers, and enum labels in either language', () => {
    const text = 'Partner name,Sector,status\nโรงเรียนบ้านป่าตึง,Other school,ดำเนินงานร่วม\n';
    const [entry] = planImport('partners', text, register).accepted;
    expect(entry.row).toMatchObject({ name: 'โรงเรียนบ้านป่าตึง', sector: 'school', status: 'active' });
  });

  it('never reuses an id: new ids start after the counter even when rows were deleted', () => {
    const trimmed = { ...register, counters: { ...register.counters, partners: 20 } };
    const plan = planImport('partners', 'name\nโรงเรียนบ้านป่าตึง\n', trimmed);
    expect(applyImport(trimmed, plan).added[0].id).toBe('P-0021');
  });

  it('reads UTF-16 files with a BOM', () => {
    const text = 'name\r\nโรงเรียนบ้านป่าตึง\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('a partner list naming one organisation on several lines', () => {
  it('adds the partner once and every person as its contact', () => {
    const text =
      'ชื่อหน่วยงาน,ผู้ติดต่อ,ตำแหน่ง\nโรงเรียนบ้านป่าตึง,ครูสมศรี มีสุข,ครูวิชาการ\nโรงเรียนบ้านป่าตึง,นายสมชาย ใจดี,ผู้อำนวยการ\n';
    const plan = planImport('partners', text, fixtureRegister());
    expect(plan.accepted).toHaveLength(1);
    expect(plan.duplicates.map((entry) => [entry.line, entry.first])).toEqual([[3, 2]]);
    const applied = applyImport(fixtureRegister(), plan);
    const partnerId = applied.added.find((entry) => entry.tab === 'partners')?.id;
    expect(applied.register.tables.contacts.map((row) => [row.partner_id, row.name])).toEqual([
      [partnerId, 'ครูสมศรี มีสุข'],
      [partnerId, 'นายสมชาย ใจดี'],
    ]);
  });
});
