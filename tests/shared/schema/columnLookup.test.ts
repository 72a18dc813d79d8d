import { describe, expect, it } from 'vitest';
import { columnForHeader, mapHeaders } from '../../../shared/schema/columnLookup';
import { enumKeyOf, enumLabel } from '../../../shared/schema/enumLookup';
import { DATA_TABS } from '../../../shared/schema/tabs';

describe('finding columns by header', () => {
  it('finds a column by its key, its Thai label, its English label or an alias', () => {
    expect(columnForHeader('partners', 'name')?.key).toBe('name');
    expect(columnForHeader('partners', 'ชื่อหน่วยงาน')?.key).toBe('name');
    expect(columnForHeader('partners', 'Partner name')?.key).toBe('name');
    expect(columnForHeader('partners', ' E-mail ')?.key).toBe('email');
    expect(columnForHeader('activities', 'จำนวนผู้เข้าร่วม')?.key).toBe('participants');
  });

  it('maps a reordered header row by meaning, not by position', () => {
    const mapping = mapHeaders('activities', ['กิจกรรม', 'วันที่', 'ภาคีเครือข่าย', 'Unknown column']);
    expect(mapping.indexOf).toEqual({ title: 0, date: 1, partner_ids: 2 });
    expect(mapping.unknown).toEqual([{ index: 3, header: 'Unknown column' }]);
  });

  it('never lets an alias take a column another column names by label', () => {
    for (const tab of DATA_TABS) {
      for (const col of tab.columns) {
        expect(columnForHeader(tab.key, col.label.th)?.key).toBe(col.key);
        expect(columnForHeader(tab.key, col.label.en)?.key).toBe(col.key);
      }
    }
  });
});

describe('enum values', () => {
  it('accepts a key, a Thai label or an English label', () => {
    expect(enumKeyOf('participation_stage', 'ร่วมลงทุนและดำเนินการ')).toBe('implement');
    expect(enumKeyOf('participation_stage', 'Planning')).toBe('plan');
    expect(enumKeyOf('strategy', 's3')).toBe('S3');
    expect(enumKeyOf('strategy', 'S9')).toBeUndefined();
  });

  it('shows the label of the register language', () => {
    expect(enumLabel('sector', 'higher_ed', 'th')).toBe('สถาบันอุดมศึกษา');
    expect(enumLabel('sector', 'higher_ed', 'en')).toBe('University');
  });
});
