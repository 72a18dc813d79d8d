import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { apiOver, smallRegister } from './registerOver';

describe('searching the register from the sidebar', () => {
  it('finds a partner by what people type: an abbreviation of its name, or its phone in any format', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    expect(api.searchRecords('อบต.ดอนแก้ว').map((r) => r.id)).toEqual(['P-0001']);
    expect(api.searchRecords('รร.บ้านห้วยทราย').map((r) => r.id)).toEqual(['P-0002']);
    expect(api.searchRecords('+66 53 121 234').map((r) => r.id)).toEqual(['P-0001']);
    expect(api.searchRecords('0531 21234').map((r) => r.id)).toEqual(['P-0001']);
  });

  it('lists partners and contacts together, each naming its tab and a second line in both languages', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    api.addRecord('contact', { partner_id: 'P-0002', name: 'นางมาลัย ดอนแก้ว', role: 'ครู' });
    expect(api.searchRecords('ดอนแก้ว')).toEqual([
      {
        tab: 'partners',
        id: 'P-0001',
        name: 'องค์การบริหารส่วนตำบลดอนแก้ว',
        detail: { th: 'องค์กรปกครองส่วนท้องถิ่น', en: 'Local administrative organisation' },
      },
      {
        tab: 'contacts',
        id: 'C-0003',
        name: 'นางมาลัย ดอนแก้ว',
        detail: { th: 'ครู · โรงเรียนบ้านห้วยทราย', en: 'ครู · โรงเรียนบ้านห้วยทราย' },
      },
    ]);
    expect(api.searchRecords('081 234 5678').map((r) => r.id)).toEqual(['C-0001']);
  });

  it('finds activities and the other tabs too, each with its date and partners in words', () => {
    const api = apiOver(new MemoryWorkbook());
    smallRegister(api);
    expect(api.searchRecords('อบรมครู')).toEqual([
      {
        tab: 'activities',
        id: 'A-0002',
        name: 'อบรมครู',
        detail: { th: '1 ก.ค. 2568 · องค์การบริหารส่วนตำบลดอนแก้ว', en: '1 Jul 2025 · องค์การบริหารส่วนตำบลดอนแก้ว' },
      },
    ]);
    expect(api.searchRecords('ประชุม').map((r) => r.detail.th)).toEqual([
      '15 มิ.ย. 2568 · องค์การบริหารส่วนตำบลดอนแก้ว, โรงเรียนบ้านห้วยทราย',
    ]);
  });
});
