import { describe, expect, it } from 'vitest';
import { schoolRegister } from '../../../shared/rollup/schoolRegister';
import { titlesToRead } from '../../../shared/rollup/schoolTabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { syntheticRegister } from './syntheticRegister';

const settings = { ...DEFAULT_SETTINGS, as_of: '2026-03-31' };

function grids(language: 'th' | 'en', serialDates = false) {
  return syntheticRegister({
    seed: 7,
    partners: 12,
    activities: 40,
    language,
    asOf: '2026-03-31',
    serialDates,
  });
}

describe('a school register read for the district', () => {
  it('is the same canonical register whether its tabs and labels are Thai or English', () => {
    const thai = schoolRegister({ tabs: grids('th') }, settings);
    const english = schoolRegister({ tabs: grids('en') }, settings);
    expect(thai.ok && english.ok).toBe(true);
    if (!thai.ok || !english.ok) return;
    expect(thai.value.missingTabs).toEqual([]);
    expect(thai.value.register.language).toBe('th');
    expect(english.value.register.language).toBe('en');
    expect(thai.value.register.tables).toEqual(english.value.register.tables);
    expect(thai.value.register.tables.partners).toHaveLength(12);
    expect(thai.value.register.tables.activities[0].strategy).toMatch(/^S[1-6]$/);
    expect(['active', 'prospect', 'dormant', 'ended']).toContain(
      thai.value.register.tables.partners[0].status,
    );
  });

  it('reads dates given as spreadsheet serial days as the same ISO dates', () => {
    const text = schoolRegister({ tabs: grids('th') }, settings);
    const serial = schoolRegister({ tabs: grids('th', true) }, settings);
    if (!text.ok || !serial.ok) throw new Error('unreadable');
    expect(serial.value.register.tables.activities.map((a) => a.date)).toEqual(
      text.value.register.tables.activities.map((a) => a.date),
    );
    expect(serial.value.register.tables.partners[0].updated_at).toBe(
      text.value.register.tables.partners[0].updated_at,
    );
  });

  it('never reads contacts, nor keeps partner names, emails or phones', () => {
    const all = grids('th');
    expect(Object.values(titlesToRead(Object.keys(all)))).not.toContain('ผู้ติดต่อ');
    const register = schoolRegister({ tabs: all }, settings);
    if (!register.ok) throw new Error('unreadable');
    const text = JSON.stringify(register.value.register);
    expect(text).not.toContain('สมศรี');
    expect(text).not.toContain('@partner');
    expect(text).not.toContain('หน่วยงานภาคี');
    expect(register.value.register.tables.contacts).toEqual([]);
  });

  it('says a spreadsheet without a Partners tab is not a register', () => {
    const result = schoolRegister({ tabs: { Sheet1: [['a', 'b']] } }, settings);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('school.not_register');
      expect(result.reason.message.th).toContain('ไม่ใช่ทะเบียน');
    }
  });

  it('names the missing column of an older register in both languages', () => {
    const all = grids('en');
    all.Activities = all.Activities.map((row) => row.filter((_, c) => c !== 4)); // drop the Partners column
    const result = schoolRegister({ tabs: all }, settings);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('school.old_schema');
      expect(result.reason.message.en).toContain('Partners');
      expect(result.reason.message.th).toContain('กิจกรรม');
    }
  });

  it('calls a tab whose header holds a #REF! error broken', () => {
    const all = grids('th');
    const resourcesTab = 'ทรัพยากร';
    all[resourcesTab] = [['#REF!', ...all[resourcesTab][0].slice(1)], ...all[resourcesTab].slice(1)];
    const result = schoolRegister({ tabs: all }, settings);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('school.broken_tab');
      expect(result.reason.message.en).toContain('#REF!');
    }
  });
});
