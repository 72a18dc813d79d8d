import { describe, expect, it } from 'vitest';
import { beYearToCe, normaliseDate, repairSheetsBeDate } from '../../../shared/normalise/date';

function date(raw: string | number): string | undefined {
  const result = normaliseDate(raw);
  return result.ok ? result.value : undefined;
}

function codeOf(raw: string | number): string | undefined {
  const result = normaliseDate(raw);
  return result.ok ? undefined : result.reason.code;
}

describe('normalising dates', () => {
  it.each([
    ['2025-06-15', '2025-06-15'],
    ['2025-6-5', '2025-06-05'],
    ['2025/06/15', '2025-06-15'],
    ['2025-06-15T10:30:00Z', '2025-06-15'],
    ['15/06/2568', '2025-06-15'],
    ['1/7/2568', '2025-07-01'],
    ['15-06-2568', '2025-06-15'],
    ['15.06.2025', '2025-06-15'],
    ['15/06/2025', '2025-06-15'],
    ['2568-06-15', '2025-06-15'],
    ['๑๕/๐๖/๒๕๖๘', '2025-06-15'],
  ])('reads the numeric date %j as %j (day first, Buddhist Era above 2400)', (raw, expected) => {
    expect(date(raw)).toBe(expected);
  });

  it.each([
    ['17 มกราคม 2569', '2026-01-17'],
    ['17 ม.ค. 2569', '2026-01-17'],
    ['17 ม. ค. 2569', '2026-01-17'],
    ['17 มค 2569', '2026-01-17'],
    ['17มกราคม2569', '2026-01-17'],
    ['๑๗ ม.ค. ๒๕๖๙', '2026-01-17'],
    ['17 มกราคม พ.ศ. 2569', '2026-01-17'],
    ['17 มกราคม พ.ศ.2569', '2026-01-17'],
    ['วันที่ 17 เดือนมกราคม ปี 2569', '2026-01-17'],
    ['17 มกราคม ปี พ.ศ. 2569', '2026-01-17'],
    ['17-Jan-2026', '2026-01-17'],
    ['วันจันทร์ที่ 17 มกราคม พ.ศ. 2569', '2026-01-17'],
    ['วันที่ 1 ก.พ. 2568', '2025-02-01'],
    ['29 กุมภาพันธ์ 2567', '2024-02-29'],
    ['3 มี.ค. 2568', '2025-03-03'],
    ['3 เม.ย. 2568', '2025-04-03'],
    ['3 พ.ค. 2568', '2025-05-03'],
    ['3 มิ.ย. 2568', '2025-06-03'],
    ['3 ก.ค. 2568', '2025-07-03'],
    ['3 ส.ค. 2568', '2025-08-03'],
    ['3 ก.ย. 2568', '2025-09-03'],
    ['3 ต.ค. 2568', '2025-10-03'],
    ['3 พ.ย. 2568', '2025-11-03'],
    ['31 ธันวาคม 2568', '2025-12-31'],
    ['31 ธ.ค. 2568', '2025-12-31'],
    ['1 มกราคม ค.ศ. 2026', '2026-01-01'],
    ['17 January 2026', '2026-01-17'],
    ['17 Jan 2026', '2026-01-17'],
    ['January 17, 2026', '2026-01-17'],
    ['Sept 3, 2025', '2025-09-03'],
    ['Mon, 17 Jan 2026', '2026-01-17'],
    ['17th January 2026', '2026-01-17'],
  ])('reads the written date %j as %j', (raw, expected) => {
    expect(date(raw)).toBe(expected);
  });

  it('reads a spreadsheet serial day number', () => {
    expect(date(45823)).toBe('2025-06-15');
    expect(date(45823.75)).toBe('2025-06-15');
    expect(date(182989)).toBeUndefined(); // 2401-01-01 would read back as a Buddhist Era year
  });

  it.each([['31/02/2568'], ['29/02/2568'], ['31/04/2025'], ['13/13/2568'], ['0/1/2568'], ['32 มกราคม 2569']])(
    'refuses the impossible date %j with date.impossible',
    (raw) => {
      expect(codeOf(raw)).toBe('date.impossible');
      const result = normaliseDate(raw);
      if (!result.ok) expect(result.reason.message.th).toContain(raw);
    },
  );

  it.each([['15/06/68'], ['17 ม.ค. 69']])(
    'refuses the two-digit year in %j rather than guessing it',
    (raw) => {
      const result = normaliseDate(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.code).toBe('date.invalid');
        expect(result.reason.message.en).toContain('two-digit year');
      }
    },
  );

  it.each([
    ['hello'],
    ['วันที่ผิด'],
    ['17 foo 2025'],
    ['2025'],
    ['15/06'],
    [''],
    ['12/05/202'],
    ['1/1/1066'],
    [-5],
    [Number.NaN],
  ])('refuses the unreadable %j with date.invalid', (raw) => {
    expect(codeOf(raw)).toBe('date.invalid');
  });
});

describe('Buddhist Era years', () => {
  it('turns a Buddhist Era year into the Common Era and leaves a CE year alone', () => {
    expect(beYearToCe(2568)).toBe(2025);
    expect(beYearToCe(2569)).toBe(2026);
    expect(beYearToCe(2025)).toBe(2025);
  });

  it('repairs a date Sheets stored with the Buddhist Era year as the CE year', () => {
    expect(repairSheetsBeDate('2568-06-15')).toEqual({ iso: '2025-06-15', repaired: true });
    expect(repairSheetsBeDate('2568-06-15T00:00:00.000Z')).toEqual({
      iso: '2025-06-15T00:00:00.000Z',
      repaired: true,
    });
  });

  it('leaves a date that needs no repair as it is', () => {
    expect(repairSheetsBeDate('2025-06-15')).toEqual({ iso: '2025-06-15', repaired: false });
    expect(repairSheetsBeDate('not a date')).toEqual({ iso: 'not a date', repaired: false });
  });

  it('does not invent 29 February in a year that has none', () => {
    // 2564 is a leap year in the CE calendar Sheets used; 2021 is not.
    expect(repairSheetsBeDate('2564-02-29')).toEqual({ iso: '2564-02-29', repaired: false });
  });
});
