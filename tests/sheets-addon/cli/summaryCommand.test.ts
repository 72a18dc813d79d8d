import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureFolder, runNetreg } from './netregRun';

let cwd: string;
beforeEach(() => {
  cwd = fixtureFolder('netreg-summary-');
});

const run = (...args: string[]) => runNetreg(cwd, args);

describe('netreg summary', () => {
  it('prints the network figures as JSON keyed by metric, at the pinned as-of date', async () => {
    const { code, out } = await run('summary', '--json', '--as-of', '2025-11-01');
    expect(code).toBe(0);
    const figures = JSON.parse(out);
    expect(figures).toMatchObject({
      as_of: '2025-11-01',
      partners_live: 8,
      co_links: 9,
      strategies_covered: 6,
    });
    expect(figures.sector_diversity).toBeCloseTo(0.875, 12);
    expect(figures.isolated.map((partner: { id: string }) => partner.id)).toEqual([
      'P-0002',
      'P-0005',
      'P-0006',
    ]);
  });

  it('names partners in its lists by their names, never by internal ids', async () => {
    const { out } = await run('summary', '--as-of', '2025-11-01', '--lang', 'th');
    expect(out).toContain('องค์การบริหารส่วนตำบลแม่แรม (4), มหาวิทยาลัยเชียงใหม่ คณะศึกษาศาสตร์ (4)');
    expect(out).toContain('วัดพระธาตุดอยคำ, บริษัท ล้านนาซอฟต์ จำกัด');
    expect(out).not.toMatch(/P-\d{4}/);
  });

  it('prints a readable table in the language asked for, with each figure explained', async () => {
    const english = await run('summary', '--as-of', '2025-11-01', '--lang', 'en');
    expect(english.out).toMatch(/Sector diversity +0\.88 +1 − Σp²/);
    expect(english.out).toMatch(/Contacted recently +63%/);
    const thai = await run('summary', '--as-of', '2025-11-01', '--lang', 'th');
    expect(thai.out).toContain('ความหลากหลายของภาคส่วน');
    expect(thai.out).toContain('สรุปผลเครือข่าย ณ วันที่ 1 พ.ย. 2568');
  });

  it('refuses an as-of day that does not exist (2024-02-30) with the reason in both languages', async () => {
    const { code, err } = await run('summary', '--as-of', '2024-02-30');
    expect(code).toBe(2);
    expect(err).toContain('"2024-02-30" does not exist in the calendar');
    expect(err).toContain('ไม่มีวันที่ "2024-02-30" ในปฏิทิน');
  });

  it('reads a Buddhist Era as-of date as the same day in the Common Era, not 543 years later', async () => {
    const buddhist = await run('summary', '--json', '--as-of', '2568-11-01');
    expect(buddhist.code).toBe(0);
    const figures = JSON.parse(buddhist.out);
    expect(figures.as_of).toBe('2025-11-01');
    expect(figures).toEqual(JSON.parse((await run('summary', '--json', '--as-of', '2025-11-01')).out));
  });

  it('refuses an as-of date that is not a date, in both languages', async () => {
    const { code, err } = await run('summary', '--as-of', '2025-13-01');
    expect(code).toBe(2);
    expect(err).toContain('YYYY-MM-DD');
    expect(err).toContain('ปปปป-ดด-วว');
  });
});
