import { describe, expect, it } from 'vitest';
import { foldPersonName } from '../../../shared/match/personName';

describe('folding person names', () => {
  it.each([
    ['นายสมชาย ใจดี', 'สมชายใจดี'],
    ['นาย สมชาย  ใจดี', 'สมชายใจดี'],
    ['นางสาวอรุณี แสงทอง', 'อรุณีแสงทอง'],
    ['น.ส.อรุณี แสงทอง', 'อรุณีแสงทอง'],
    ['นางมาลี ดีงาม', 'มาลีดีงาม'],
    ['ดร.อนันต์ ศรีสุข', 'อนันต์ศรีสุข'],
    ['ผศ.ดร.อนันต์ ศรีสุข', 'อนันต์ศรีสุข'],
    ['รศ. อนันต์ ศรีสุข', 'อนันต์ศรีสุข'],
    ['ศ.อนันต์ ศรีสุข', 'อนันต์ศรีสุข'],
    ['ครูสมศรี มีสุข', 'สมศรีมีสุข'],
    ['คุณครูสมศรี มีสุข', 'สมศรีมีสุข'],
    ['ว่าที่ร้อยตรีวิชัย กล้าหาญ', 'วิชัยกล้าหาญ'],
    ['ว่าที่ ร.ต.วิชัย กล้าหาญ', 'วิชัยกล้าหาญ'],
    ['รองศาสตราจารย์ ดร.อนันต์ ศรีสุข', 'อนันต์ศรีสุข'],
    ['Mr. John Smith', 'johnsmith'],
    ['Mrs Jane Smith', 'janesmith'],
    ['Ms. Jane Smith', 'janesmith'],
    ['Dr Jane Smith', 'janesmith'],
    ['JANE SMITH', 'janesmith'],
  ])('folds %j to %j', (name, fold) => {
    expect(foldPersonName(name)).toBe(fold);
  });

  it('keeps given names that begin like a title', () => {
    expect(foldPersonName('คุณากร ใจดี')).toBe('คุณากรใจดี');
    expect(foldPersonName('Drew Barry')).toBe('drewbarry');
    expect(foldPersonName('Mrinal Sen')).toBe('mrinalsen');
  });

  it('keeps a title that stands alone', () => {
    expect(foldPersonName('ครู')).toBe('ครู');
  });
});
