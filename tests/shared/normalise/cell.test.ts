import { describe, expect, it } from 'vitest';
import { normaliseCell } from '../../../shared/normalise/cell';
import { type ColumnDef, column } from '../../../shared/schema/columns';
import { tabDef } from '../../../shared/schema/tabs';

function columnOf(tab: Parameters<typeof tabDef>[0], key: string): ColumnDef {
  const found = tabDef(tab).columns.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

const partnerEmail = columnOf('partners', 'email');
const partnerPhone = columnOf('partners', 'phone');
const activityPartners = columnOf('activities', 'partner_ids');
const contactPartner = columnOf('contacts', 'partner_id');
const resourceActivity = columnOf('resources', 'activity_id');

describe('normalising a cell by its column', () => {
  it('stores an empty or blank cell as null', () => {
    for (const raw of [null, undefined, '', '   ', '\u200B']) {
      expect(normaliseCell(columnOf('partners', 'name'), raw)).toEqual({ ok: true, value: null });
      expect(normaliseCell(columnOf('activities', 'date'), raw)).toEqual({ ok: true, value: null });
    }
  });

  it('stores a name clipped with a right-to-left override without the override', () => {
    expect(normaliseCell(columnOf('partners', 'name'), 'โรงเรียน\u202Eบ้านดอน')).toEqual({
      ok: true,
      value: 'โรงเรียนบ้านดอน',
    });
    expect(normaliseCell(columnOf('contacts', 'name'), '\u202Dนายสมชาย\u202C')).toEqual({
      ok: true,
      value: 'นายสมชาย',
    });
  });

  it('splits a list column on commas, semicolons and line breaks, normalises and de-duplicates each item', () => {
    expect(normaliseCell(partnerEmail, 'A@x.co.th; b@y.ac.th\na@x.co.th')).toEqual({
      ok: true,
      value: 'a@x.co.th,b@y.ac.th',
    });
    expect(normaliseCell(partnerEmail, 'a@x.co.th b@y.ac.th')).toEqual({
      ok: true,
      value: 'a@x.co.th,b@y.ac.th',
    });
    expect(normaliseCell(partnerPhone, '053-121-456, 081 234 5678; 053 121 456')).toEqual({
      ok: true,
      value: '053-121-456,081-234-5678',
    });
  });

  it('keeps extensions in a list of phones', () => {
    expect(normaliseCell(partnerPhone, '02 123 4567 ต่อ 12; 053-121-456')).toEqual({
      ok: true,
      value: '02-123-4567 ต่อ 12,053-121-456',
    });
    expect(normaliseCell(partnerPhone, '+6621234567;ext=12,+6653121456')).toEqual({
      ok: true,
      value: '02-123-4567 ต่อ 12,053-121-456',
    });
  });

  it('refuses a whole list cell when one item is bad, saying which', () => {
    const result = normaliseCell(partnerEmail, 'ok@x.co.th, not-an-email');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('email.invalid');
      expect(result.reason.message.en).toContain('not-an-email');
    }
  });

  it('writes partner references the register way and refuses names', () => {
    expect(normaliseCell(contactPartner, 'p-1')).toEqual({ ok: true, value: 'P-0001' });
    expect(normaliseCell(contactPartner, 'P-0012')).toEqual({ ok: true, value: 'P-0012' });
    expect(normaliseCell(activityPartners, 'P-0001,p-4, P-0007,P-0001')).toEqual({
      ok: true,
      value: 'P-0001,P-0004,P-0007',
    });
    const name = normaliseCell(contactPartner, 'บริษัท ล้านนาซอฟต์ จำกัด');
    expect(name.ok ? undefined : name.reason.code).toBe('ref.not_id');
    if (!name.ok) expect(name.reason.message.en).toContain('is not a partner id');
    const activity = normaliseCell(contactPartner, 'A-0001');
    expect(activity.ok ? undefined : activity.reason.code).toBe('ref.not_id');
  });

  it('writes activity references the register way', () => {
    expect(normaliseCell(resourceActivity, 'a-7')).toEqual({ ok: true, value: 'A-0007' });
    const partner = normaliseCell(resourceActivity, 'P-0007');
    expect(partner.ok ? undefined : partner.reason.code).toBe('ref.not_id');
    if (!partner.ok) expect(partner.reason.message.en).toContain('activity');
  });

  it('validates ids by their shape', () => {
    const id = columnOf('partners', 'id');
    expect(normaliseCell(id, 'P-0001')).toEqual({ ok: true, value: 'P-0001' });
    expect(normaliseCell(id, 'p-12')).toEqual({ ok: true, value: 'P-0012' });
    const bad = normaliseCell(id, 'partner one');
    expect(bad.ok ? undefined : bad.reason.code).toBe('id.invalid');
  });

  it('stores numbers as numbers, counts as whole numbers, money not below zero', () => {
    expect(normaliseCell(columnOf('activities', 'participants'), '25')).toEqual({ ok: true, value: 25 });
    expect(normaliseCell(columnOf('activities', 'participants'), 24)).toEqual({ ok: true, value: 24 });
    expect(normaliseCell(columnOf('resources', 'value'), '150,000')).toEqual({ ok: true, value: 150000 });
    expect(normaliseCell(columnOf('activities', 'participants'), 'หลายคน').ok).toBe(false);
    expect(normaliseCell(columnOf('activities', 'participants'), '2.5').ok).toBe(false);
    expect(normaliseCell(columnOf('resources', 'value'), -1).ok).toBe(false);
  });

  it('stores enums as keys and dates as ISO dates', () => {
    expect(normaliseCell(columnOf('activities', 'participation_stage'), 'ร่วมวางแผน')).toEqual({
      ok: true,
      value: 'plan',
    });
    expect(normaliseCell(columnOf('activities', 'date'), '15/06/2568')).toEqual({
      ok: true,
      value: '2025-06-15',
    });
    expect(normaliseCell(columnOf('activities', 'date'), 45823)).toEqual({ ok: true, value: '2025-06-15' });
  });

  it('reads a spreadsheet Date, repairing a Buddhist Era year Sheets took for CE', () => {
    expect(normaliseCell(columnOf('activities', 'date'), new Date(2025, 5, 15))).toEqual({
      ok: true,
      value: '2025-06-15',
    });
    expect(normaliseCell(columnOf('activities', 'date'), new Date(2568, 5, 15))).toEqual({
      ok: true,
      value: '2025-06-15',
    });
  });

  it('keeps an ISO date-time in a datetime column and accepts a plain date there', () => {
    const created = columnOf('partners', 'created_at');
    expect(normaliseCell(created, '2025-06-15T09:30:00Z')).toEqual({
      ok: true,
      value: '2025-06-15T09:30:00Z',
    });
    expect(normaliseCell(created, '2025-06-15 09:30')).toEqual({ ok: true, value: '2025-06-15T09:30' });
    expect(normaliseCell(created, '15/06/2568')).toEqual({ ok: true, value: '2025-06-15' });
    expect(normaliseCell(created, '2568-06-15T09:30:00+07:00')).toEqual({
      ok: true,
      value: '2025-06-15T09:30:00+07:00',
    });
    expect(normaliseCell(created, '2025-02-31T09:30:00Z').ok).toBe(false);
    expect(normaliseCell(created, '2025-06-15T25:00:00Z').ok).toBe(false);
  });

  it('dispatches text, long text, url and LINE columns to their normalisers', () => {
    expect(normaliseCell(columnOf('partners', 'name'), '  วัด  พระธาตุดอยคำ ')).toEqual({
      ok: true,
      value: 'วัด พระธาตุดอยคำ',
    });
    expect(normaliseCell(columnOf('partners', 'notes'), 'a\n\nb')).toEqual({ ok: true, value: 'a\n\nb' });
    expect(normaliseCell(columnOf('partners', 'website'), 'www.maeram.go.th')).toEqual({
      ok: true,
      value: 'https://www.maeram.go.th',
    });
    expect(normaliseCell(columnOf('partners', 'line_id'), 'LINE: @BanMaeRam')).toEqual({
      ok: true,
      value: '@banmaeram',
    });
    expect(normaliseCell(columnOf('partners', 'postal_code'), 50180)).toEqual({ ok: true, value: '50180' });
  });

  it('reads an array of values, as captures send emails and phones, as a list', () => {
    expect(
      normaliseCell(partnerEmail, [
        'Hello@LannaSoft.co.th',
        'hello@lannasoft.co.th',
        'arunee@lannasoft.co.th',
      ]),
    ).toEqual({
      ok: true,
      value: 'hello@lannasoft.co.th,arunee@lannasoft.co.th',
    });
    expect(normaliseCell(partnerPhone, ['02 123 4567 ต่อ 12', '053-121-456'])).toEqual({
      ok: true,
      value: '02-123-4567 ต่อ 12,053-121-456',
    });
    expect(normaliseCell(columnOf('partners', 'name'), ['วัดพระธาตุดอยคำ'])).toEqual({
      ok: true,
      value: 'วัดพระธาตุดอยคำ',
    });
  });

  it('refuses an object it cannot read instead of storing [object Object]', () => {
    const result = normaliseCell(columnOf('partners', 'name'), { name: 'x' });
    expect(result.ok ? undefined : result.reason.code).toBe('value.unreadable');
    expect(normaliseCell(partnerEmail, [{ email: 'x' }]).ok).toBe(false);
  });

  it('reads a phone whose leading zero or plus sign a spreadsheet dropped', () => {
    expect(normaliseCell(partnerPhone, 812345678)).toEqual({ ok: true, value: '081-234-5678' });
    expect(normaliseCell(partnerPhone, 6621234567)).toEqual({ ok: true, value: '02-123-4567' });
  });

  it('treats a column marked multiple as a list whatever its type', () => {
    const tags = column('tags', 'text', 'Tags', 'แท็ก', ['', ''], { multiple: true });
    expect(normaliseCell(tags, 'นิเทศ;วิจัย; นิเทศ')).toEqual({ ok: true, value: 'นิเทศ,วิจัย' });
  });
});
