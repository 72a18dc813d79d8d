import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../../shared/search/thaiSearch';

const BOTH_WAYS: [full: string, short: string][] = [
  ['องค์การบริหารส่วนตำบลดอนแก้ว', 'อบต.ดอนแก้ว'],
  ['เทศบาลตำบลสันผีเสื้อ', 'ทต.สันผีเสื้อ'],
  ['เทศบาลเมืองแม่โจ้', 'ทม.แม่โจ้'],
  ['องค์การบริหารส่วนจังหวัดเชียงใหม่', 'อบจ.เชียงใหม่'],
  ['โรงเรียนบ้านห้วยทราย', 'รร.บ้านห้วยทราย'],
  ['สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1', 'สพป.เชียงใหม่ เขต 1'],
  ['สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงใหม่', 'สพม.เชียงใหม่'],
  ['โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านแม่', 'รพ.สต.บ้านแม่'],
  ['มหาวิทยาลัยเชียงใหม่', 'ม.เชียงใหม่'],
];

describe('Thai organisation abbreviations in search', () => {
  it.each(BOTH_WAYS)('%s is found by %s, and the other way round', (full, short) => {
    expect(matchesQuery(full, short)).toBe(true);
    expect(matchesQuery(short, full)).toBe(true);
  });

  it('accepts the abbreviation typed with a space or without its dot where no Thai word looks alike', () => {
    expect(matchesQuery('องค์การบริหารส่วนตำบลดอนแก้ว', 'อบต ดอนแก้ว')).toBe(true);
    expect(matchesQuery('องค์การบริหารส่วนตำบลดอนแก้ว', 'อบต. ดอนแก้ว')).toBe(true);
    expect(matchesQuery('โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านแม่', 'รพสต.บ้านแม่')).toBe(true);
  });

  it('does not read a month, a village number or a word as an abbreviation', () => {
    expect(matchesQuery('ประชุม 5 ม.ค. 2568', 'มหาวิทยาลัย')).toBe(false);
    expect(matchesQuery('บ้านเลขที่ 9 ม. 5', 'มหาวิทยาลัย')).toBe(false);
    expect(matchesQuery('วัดธรรมาราม', 'โรงเรียน')).toBe(false);
    expect(matchesQuery('เทศบาลตำบลสันผีเสื้อ', 'ทม.สันผีเสื้อ')).toBe(false);
  });
});
