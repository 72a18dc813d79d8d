import { afterEach, describe, expect, it } from 'vitest';
import {
  characterNgrams,
  compareThai,
  matchesQuery,
  searchText,
  searchTokens,
  thaiCollator,
} from '../../../shared/search/thaiSearch';

describe('Thai-aware search', () => {
  it('splits Thai text, which has no spaces, into words', () => {
    const tokens = searchTokens('องค์การบริหารส่วนตำบลแม่แรม');
    // ICU's dictionary decides the exact cuts; these words are in every version of it.
    expect(tokens.join('')).toBe('องค์การบริหารส่วนตำบลแม่แรม');
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    expect(tokens).toContain('ตำบล');
    expect(tokens).toContain('บริหาร');
  });

  it('folds case, Latin accents and Thai digits, and drops punctuation', () => {
    expect(searchTokens('Café LANNA, เขต ๑!')).toEqual(['cafe', 'lanna', 'เขต', '1']);
  });

  it('finds a partner by any Thai word of its name, or by several', () => {
    const name = 'องค์การบริหารส่วนตำบลแม่แรม';
    expect(matchesQuery(name, 'แม่แรม')).toBe(true);
    expect(matchesQuery(name, 'ตำบล แม่แรม')).toBe(true);
    expect(matchesQuery(name, 'ตำบลแม่แรม')).toBe(true);
    expect(matchesQuery(name, 'เชียงใหม่')).toBe(false);
    expect(matchesQuery(name, 'แม่แรม เชียงใหม่')).toBe(false);
  });

  it('matches the start or the inside of a Latin word, ignoring case and accents', () => {
    expect(matchesQuery('Café Lanna Soft', 'cafe lan')).toBe(true);
    expect(matchesQuery('Café Lanna Soft', 'SOF')).toBe(true);
    expect(matchesQuery('Café Lanna Soft', 'annas')).toBe(false);
    expect(matchesQuery('Café Lanna Soft', 'hotel')).toBe(false);
  });

  it('finds mixed Thai and Latin text and Thai digits', () => {
    const office = 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1 (ESA office)';
    expect(matchesQuery(office, 'เขต ๑')).toBe(true);
    expect(matchesQuery(office, 'esa เชียงใหม่')).toBe(true);
    expect(matchesQuery(office, 'ประถม')).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery('วัดพระธาตุดอยคำ', '  ')).toBe(true);
  });

  it('accepts a text prepared once for many queries', () => {
    const prepared = searchText('โรงเรียนบ้านแม่แรม');
    expect(matchesQuery(prepared, 'บ้าน')).toBe(true);
    expect(matchesQuery(prepared, 'ดอนแก้ว')).toBe(false);
  });
});

describe('Thai search without Intl.Segmenter (as on some Apps Script runtimes)', () => {
  const Segmenter = Intl.Segmenter;
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', { value: Segmenter, configurable: true, writable: true });
  });

  function withoutSegmenter(): void {
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
  }

  it('falls back to character bigrams for Thai and whole words for Latin', () => {
    withoutSegmenter();
    expect(searchTokens('แม่แรม Lanna')).toEqual([...characterNgrams('แม่แรม'), 'lanna']);
    expect(characterNgrams('แม่แรม')).toEqual(['แม', 'ม่', '่แ', 'แร', 'รม']);
    expect(characterNgrams('ก')).toEqual(['ก']);
  });

  it('splits again, the fallback way, a text first prepared with the segmenter', () => {
    const name = 'องค์การบริหารส่วนตำบลแม่แรม';
    expect(matchesQuery(name, 'ตำบล')).toBe(true);
    withoutSegmenter();
    expect(matchesQuery(name, 'ตำบล')).toBe(true);
    expect(matchesQuery(name, 'ลแ')).toBe(true);
    expect(matchesQuery(name, 'เชียง')).toBe(false);
  });

  it('still finds partners by Thai words and Latin prefixes', () => {
    withoutSegmenter();
    const name = 'องค์การบริหารส่วนตำบลแม่แรม';
    expect(matchesQuery(name, 'ตำบลแม่แรม')).toBe(true);
    expect(matchesQuery(name, 'ตำบล แม่แรม')).toBe(true);
    expect(matchesQuery(name, 'เชียงใหม่')).toBe(false);
    expect(matchesQuery('Lanna Soft', 'lan')).toBe(true);
  });
});

describe('Thai sorting', () => {
  it('sorts Thai names in dictionary order, by consonant before a leading vowel', () => {
    const names = ['โรงเรียนบ้านแม่แรม', 'กองทุน', 'เทศบาลตำบลริมใต้', 'ชมรมผู้ปกครอง', 'วัดพระธาตุดอยคำ', 'ไก่'];
    expect([...names].sort(compareThai)).toEqual([
      'กองทุน',
      'ไก่',
      'ชมรมผู้ปกครอง',
      'เทศบาลตำบลริมใต้',
      'โรงเรียนบ้านแม่แรม',
      'วัดพระธาตุดอยคำ',
    ]);
    expect(thaiCollator().resolvedOptions().locale).toMatch(/^th/);
  });
});
