import { describe, expect, it } from 'vitest';
import {
  findAddress,
  findDate,
  findEmails,
  findLineIds,
  findPhones,
} from '../../../shared/extract/textFacts';

const values = (matches: { value: string }[]) => matches.map((match) => match.value);

describe('emails in running text', () => {
  it.each([
    ['somchai [at] school [dot] ac [dot] th', 'somchai@school.ac.th'],
    ['somchai(at)school.ac.th', 'somchai@school.ac.th'],
    ['Somchai {at} School (dot) ac (dot) th', 'somchai@school.ac.th'],
    ['somchai (แอท) school (ดอท) ac (ดอท) th', 'somchai@school.ac.th'],
    ['somchai at school dot ac dot th', 'somchai@school.ac.th'],
    ['อีเมลsomchai＠school.ac.th', 'somchai@school.ac.th'],
    ['Info@School.AC.TH.', 'info@school.ac.th'],
  ])('%s is read as %s', (text, email) => {
    expect(values(findEmails(text))).toEqual([email]);
  });

  it('prose with "at" and no spelled-out dot is not an email', () => {
    expect(findEmails('meet at noon at the school')).toEqual([]);
  });
});

describe('Thai phone numbers in running text', () => {
  it.each([
    ['โทร. 053-297-200', '+6653297200'],
    ['โทรศัพท์ 0 5312 1555', '+6653121555'],
    ['มือถือ 081 234 5678', '+66812345678'],
    ['Tel +66 2 123 4567', '+6621234567'],
    ['โทร ๐๘๑-๒๓๔-๕๖๗๘', '+66812345678'],
    ['(053) 121 555', '+6653121555'],
  ])('%s is read as %s', (text, phone) => {
    expect(values(findPhones(text))).toEqual([phone]);
  });

  it('an extension after ต่อ is kept beside the bare number', () => {
    expect(findPhones('053-297-200 ต่อ 101')).toEqual([
      expect.objectContaining({ value: '+6653297200', extension: '101' }),
    ]);
  });

  it('a fax number is not proposed as a phone', () => {
    expect(values(findPhones('โทรศัพท์ 053-121-555 โทรสาร 053-121-556 Fax: 02-123-4568'))).toEqual([
      '+6653121555',
    ]);
  });

  it('two numbers side by side are read as two', () => {
    expect(values(findPhones('053-121-555, 081-234-5678'))).toEqual(['+6653121555', '+66812345678']);
  });

  it('a postal code, a year or an id number is not a phone', () => {
    expect(findPhones('50180 ปี 2568 เลขที่ 1234567890123')).toEqual([]);
  });
});

describe('LINE IDs in running text', () => {
  it.each([
    ['LINE Official: @bandonkaew', '@bandonkaew'],
    ['Line ID: somchai.j', 'somchai.j'],
    ['ไลน์ @rimnuea', '@rimnuea'],
    ['ไอดีไลน์: teacher_01', 'teacher_01'],
  ])('%s is read as %s', (text, id) => {
    expect(values(findLineIds(text))).toEqual([id]);
  });

  it('the word online is not a LINE label', () => {
    expect(findLineIds('ระบบ online: register')).toEqual([]);
  });
});

describe('addresses in running text', () => {
  it('a postal code after a province gives the address, province and district', () => {
    expect(findAddress('ที่อยู่: 45 หมู่ 2 ตำบลริมเหนือ อำเภอแม่ริม จังหวัดเชียงใหม่ 50180 โทร 053')).toEqual({
      address: '45 หมู่ 2 ตำบลริมเหนือ อำเภอแม่ริม จังหวัดเชียงใหม่ 50180',
      postalCode: '50180',
      province: 'เชียงใหม่',
      district: 'แม่ริม',
      start: 0,
    });
  });

  it('abbreviations and English province names are recognised', () => {
    expect(findAddress('99 ม.1 ต.บ้านกลาง อ.เมือง จ.ลำพูน ๕๑๐๐๐')).toMatchObject({
      province: 'ลำพูน',
      postalCode: '51000',
      district: 'เมือง',
    });
    expect(findAddress('12 Nimmanhaemin Rd., Chiang Mai 50200')).toMatchObject({
      province: 'เชียงใหม่',
      postalCode: '50200',
    });
  });

  it('five digits with no province before them are not a postal code', () => {
    expect(findAddress('ผู้เข้าชม 50180 ครั้ง')).toBeUndefined();
  });
});

describe('dates in running text', () => {
  it('a Thai date range in the Buddhist Era gives its first day in ISO', () => {
    expect(findDate('วันที่ 17–18 มกราคม 2569 ณ คณะศึกษาศาสตร์')?.value).toBe('2026-01-17');
  });

  it('abbreviated Thai months with พ.ศ. and English dates are read', () => {
    expect(findDate('วันที่ 5 มี.ค. พ.ศ. 2568')?.value).toBe('2025-03-05');
    expect(findDate('Saturday 7 June 2025')?.value).toBe('2025-06-07');
  });
});
