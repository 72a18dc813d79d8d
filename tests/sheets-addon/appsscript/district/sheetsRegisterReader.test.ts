import { describe, expect, it } from 'vitest';
import { schoolRegister } from '../../../../shared/rollup/schoolRegister';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { SheetsRegisterReader } from '../../../../sheets-addon/appsscript/sheetsRegisterReader';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';
import { createSheetsApiDouble, type ServedSpreadsheet } from './sheetsApiDouble';

const AS_OF = '2026-03-31';

function served(): Map<string, ServedSpreadsheet> {
  return new Map([
    [
      'th',
      {
        tabs: syntheticRegister({
          seed: 1,
          partners: 500,
          activities: 5000,
          language: 'th',
          asOf: AS_OF,
          serialDates: true,
        }),
        shared: true,
      },
    ],
    [
      'en',
      {
        tabs: syntheticRegister({
          seed: 1,
          partners: 500,
          activities: 5000,
          language: 'en',
          asOf: AS_OF,
          serialDates: true,
        }),
        shared: true,
      },
    ],
    ['private', { tabs: {}, shared: false }],
  ]);
}

describe('reading a register through the Sheets API', () => {
  it('costs three service calls for 500 partners and 5,000 activities, and asks for no contact, name, phone or email', () => {
    const files = served();
    const { api, log } = createSheetsApiDouble((id) => files.get(id));
    const read = new SheetsRegisterReader(api).read('th');
    expect(log.calls.map((call) => call.method)).toEqual(['get', 'values.batchGet', 'values.batchGet']);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.grids.tabs).sort()).toEqual(
      ['กิจกรรม', 'ข้อตกลงความร่วมมือ', 'ตัวชี้วัด', 'ทรัพยากร', 'ภาคีเครือข่าย'].sort(),
    );
    // Partners: id, sector, network type, status, created, updated — never the name (B), email (G) or phone (H).
    const partnerColumns = log.ranges.filter(
      (range) => range.startsWith("'ภาคีเครือข่าย'!") && !range.endsWith('1:1'),
    );
    expect(partnerColumns.map((range) => range.split('!')[1])).toEqual([
      'A:A',
      'C:C',
      'D:D',
      'E:E',
      'R:R',
      'S:S',
    ]);
    expect(log.ranges.some((range) => range.includes('ผู้ติดต่อ'))).toBe(false);
    expect(JSON.stringify(read.grids)).not.toMatch(/หน่วยงานภาคี|@partner|053-121-456/);
    const register = schoolRegister(read.grids, { ...DEFAULT_SETTINGS, as_of: AS_OF });
    expect(register.ok && register.value.register.tables.activities.length).toBe(5000);
  });

  it('reads a register in English the same as its Thai twin', () => {
    const files = served();
    const { api } = createSheetsApiDouble((id) => files.get(id));
    const reader = new SheetsRegisterReader(api);
    const settings = { ...DEFAULT_SETTINGS, as_of: AS_OF };
    const [thai, english] = ['th', 'en'].map((id) => {
      const read = reader.read(id);
      if (!read.ok) throw new Error('unreadable');
      const register = schoolRegister(read.grids, settings);
      if (!register.ok) throw new Error('not a register');
      return register.value.register.tables;
    });
    expect(english).toEqual(thai);
  });

  it('turns the API’s permission and not-found errors into statuses a person can act on', () => {
    const files = served();
    const { api, log } = createSheetsApiDouble((id) => files.get(id));
    const reader = new SheetsRegisterReader(api);
    const denied = reader.read('private');
    const missing = reader.read('gone');
    expect(denied.ok || denied.reason.code).toBe('school.no_access');
    expect(missing.ok || missing.reason.code).toBe('school.not_found');
    expect(log.calls).toHaveLength(2); // each failed on its first call
  });
});
