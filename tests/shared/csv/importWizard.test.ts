import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/csv/applyImport';
import { planImport } from '../../../shared/csv/planImport';
import { cellText } from '../../../shared/register/register';
import { nearestEnumValue } from '../../../shared/schema/nearestEnumValue';
import { fixtureRegister } from './fixtureRegister';

describe('the import wizard’s plan', () => {
  const register = fixtureRegister();

  it('finds the headers below title rows and counts lines as the file shows them', () => {
    const text = [
      'ทะเบียนภาคีเครือข่าย โรงเรียนบ้านดอนแก้ว,,',
      'ปีการศึกษา 2568,,',
      'ชื่อหน่วยงาน,ภาคส่วน,อีเมล',
      'โรงเรียนบ้านห้วยทราย,สถานศึกษา,huaysai@obec.go.th',
      'ร้านค้าชุมชน,ไม่รู้จัก,not-an-email',
    ].join('\n');
    const plan = planImport('partners', text, register);
    expect(plan.fatal).toBeUndefined();
    expect(plan.headerLine).toBe(3);
    expect(plan.accepted.map((entry) => [entry.line, entry.row.name])).toEqual([[4, 'โรงเรียนบ้านห้วยทราย']]);
    expect(plan.rejected.map((entry) => entry.line)).toEqual([5]);
  });

  it('reads from the header line the person gives instead of the one found', () => {
    const text = 'name,email\nชื่อ,อีเมล\nโรงเรียนบ้านห้วยทราย,huaysai@obec.go.th\n';
    expect(planImport('partners', text, register, { headerLine: 2 }).accepted[0].line).toBe(3);
  });

  it('maps a column the guess missed, and ignores one the person leaves out', () => {
    const text = 'คอลัมน์ A,คอลัมน์ B,หมายเหตุ\nโรงเรียนบ้านห้วยทราย,081 234 5678,ไม่ต้องนำเข้า\n';
    expect(planImport('partners', text, register).mapping.map((pair) => pair.column)).toEqual([
      null,
      null,
      'notes',
    ]);
    const plan = planImport('partners', text, register, { columns: { 0: 'name', 1: 'phone', 2: null } });
    expect(plan.mapping.map((pair) => pair.column)).toEqual(['name', 'phone', null]);
    expect(plan.accepted[0].row).toMatchObject({
      name: 'โรงเรียนบ้านห้วยทราย',
      phone: '081-234-5678',
      notes: null,
    });
  });

  it('takes a column named by its header text, as a CLI mapping file names it', () => {
    const text = 'หน่วย,ผู้ประสานงาน\nโรงเรียนบ้านห้วยทราย,ครูมาลี\n';
    const plan = planImport('partners', text, register, {
      columns: { หน่วย: 'name', ผู้ประสานงาน: 'contacts.name' },
    });
    expect(plan.accepted[0].row.name).toBe('โรงเรียนบ้านห้วยทราย');
    expect(plan.related.map((entry) => [entry.tab, entry.row.name])).toEqual([['contacts', 'ครูมาลี']]);
  });

  it('proposes the nearest allowed choice for a near miss instead of rejecting the line', () => {
    const text = 'name,sector\nสำนักงานที่ดินแม่ริม,หน่วยงานรัฐ\nบริษัท ดอยคำ จำกัด,บริษัทเอกชน\n';
    const plan = planImport('partners', text, register);
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted.map((entry) => entry.row.sector)).toEqual(['gov_agency', 'private']);
    expect(plan.values.map((question) => [question.text, question.proposal, question.count])).toEqual([
      ['หน่วยงานรัฐ', 'gov_agency', 1],
      ['บริษัทเอกชน', 'private', 1],
    ]);
  });

  it('uses the person’s answer for a choice, or leaves the cell empty when told to', () => {
    const text = 'name,sector\nสำนักงานที่ดินแม่ริม,หน่วยงานรัฐ\nร้านค้า,ร้านค้า\n';
    const plan = planImport('partners', text, register, {
      values: { sector: { หน่วยงานรัฐ: 'other', ร้านค้า: null } },
    });
    expect(plan.accepted.map((entry) => entry.row.sector)).toEqual(['other', null]);
  });

  it('refuses a line whose choice is near nothing, saying what it was', () => {
    const plan = planImport('activities', 'date,title,strategy\n2025-06-15,ประชุม,S9\n', register);
    expect(plan.values).toEqual([
      { column: 'strategy', text: 'S9', proposal: null, chosen: undefined, count: 1 },
    ]);
    expect(plan.rejected[0].reason.message.en).toContain('S9');
  });

  it('asks about a partner that shares only a phone, and adds it as new unless told it is the same', () => {
    // P-0002 (วัดพระธาตุดอยคำ) has 053 222 010.
    const text = 'name,phone\nสหกรณ์การเกษตรแม่เหียะ,053-222-010\n';
    const asked = planImport('partners', text, register);
    expect(asked.matched).toMatchObject([
      { line: 2, id: 'P-0002', by: 'phone', question: true, decision: 'add' },
    ]);
    expect(asked.accepted).toHaveLength(1);
    const same = planImport('partners', text, register, { duplicates: { 2: 'skip' } });
    expect(same.accepted).toEqual([]);
    expect(same.matched[0].decision).toBe('skip');
  });

  it('skips a partner found by email unless the person chooses to update it or add it anyway', () => {
    const text = 'name,email,notes\nอบต.แม่แรม,saraban@maeram.go.th,ย้ายที่ทำการใหม่\n';
    const skipped = planImport('partners', text, register);
    expect(skipped.matched).toMatchObject([{ id: 'P-0001', question: false, decision: 'skip' }]);
    expect(skipped.accepted).toEqual([]);

    const updating = planImport('partners', text, register, { duplicates: { 2: 'update' } });
    const applied = applyImport(register, updating);
    expect(applied.added).toEqual([]);
    expect(applied.updated.map((entry) => [entry.id, entry.row.notes])).toEqual([['P-0001', 'ย้ายที่ทำการใหม่']]);
    const p1 = applied.register.tables.partners.find((row) => cellText(row.id) === 'P-0001');
    expect(p1?.name).toBe('อบต.แม่แรม');
    expect(p1?.website).toBe('https://www.maeram.go.th');

    const adding = planImport('partners', text, register, { duplicates: { 2: 'add' } });
    expect(applyImport(register, adding).added).toHaveLength(1);
  });

  it('adopts a grid read from another tab the same way as a CSV', () => {
    const grid = [
      ['รายชื่อภาคีที่ติดต่อ', null],
      ['ชื่อหน่วยงาน', 'โทรศัพท์'],
      ['โรงเรียนบ้านห้วยทราย', 812345678],
    ];
    const plan = planImport('partners', grid, register);
    expect(plan.headerLine).toBe(2);
    expect(plan.accepted[0].row).toMatchObject({ name: 'โรงเรียนบ้านห้วยทราย', phone: '081-234-5678' });
  });
});

describe('the nearest allowed choice', () => {
  it.each([
    ['หน่วยงานรัฐ', 'gov_agency'],
    ['บริษัทเอกชน', 'private'],
    ['วัดป่า', 'religious'],
  ])('reads %s as %s', (text, key) => {
    expect(nearestEnumValue('sector', text)).toBe(key);
  });

  it.each([['S9'], ['xyz'], ['ก']])('proposes nothing for %s', (text) => {
    expect(nearestEnumValue('strategy', text)).toBeUndefined();
  });
});
