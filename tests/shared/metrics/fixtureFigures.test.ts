import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute';
import { serialOf } from '../../../shared/metrics/dates';
import { registerWorkbook } from '../../../shared/metrics/registerGrids';
import { loadWorkbook } from '../../formulas/formulaEngine';
import { fixtureRegister } from './fixtureRegister';

const AS_OF = '2025-11-01';

describe('the fixture register at 2025-11-01, checked by hand', () => {
  const register = fixtureRegister();
  const metrics = computeMetrics(register, { ...register.settings, as_of: AS_OF });
  const partner = (id: string) => metrics.partners.find((p) => p.id === id);

  it('counts a partner’s activities, last contact and depth from every activity listing it', () => {
    // P-0001 is in A-0001 (2025-05-20, plan) and A-0005 (2025-09-18, evaluate).
    expect(partner('P-0001')).toMatchObject({
      activities_all: 2,
      activities_12m: 2,
      last_contact: '2025-09-18',
      days_since_contact: 44,
      relationship_state: 'fresh',
      participation_depth: 2,
      resources_count: 2,
      resources_value: 400_000,
    });
  });

  it('calls a partner last seen 140 days ago cooling and one seen 361 days ago stale', () => {
    expect(partner('P-0002')).toMatchObject({
      last_contact: '2025-06-14',
      days_since_contact: 140,
      relationship_state: 'cooling',
    });
    expect(partner('P-0006')).toMatchObject({
      activities_12m: 1,
      days_since_contact: 361,
      relationship_state: 'stale',
    });
  });

  it('gives the network figures of the Summary', () => {
    const net = metrics.network;
    expect(net.partners_live).toBe(8);
    expect(net.sector_diversity).toBeCloseTo(0.875, 12); // eight partners, eight sectors
    expect(net.resources_total_value).toBe(530_000);
    expect(net.resource_dependency).toBeCloseTo(400_000 / 530_000, 12); // P-0001 gave 400,000 of 530,000
    expect(net.strategy_gaps).toEqual([]);
    expect(net.strategy_activities.S4).toBe(2);
    expect(net.participation_ladder).toEqual([0, 4, 3, 1, 0, 0]);
    // Fresh: P-0001, P-0003, P-0004, P-0008 (2025-09-18) and P-0005 (2025-10-10); P-0007 was last seen 2025-07-02.
    expect(net.contacted_share).toBe(5 / 8);
    expect(net.stale_share).toBe(1 / 8);
    expect(net.co_links).toBe(9);
    expect(net.network_density).toBeCloseTo(9 / 28, 12);
    expect(net.most_connected).toEqual([
      { id: 'P-0001', name: 'องค์การบริหารส่วนตำบลแม่แรม', links: 4 },
      { id: 'P-0003', name: 'มหาวิทยาลัยเชียงใหม่ คณะศึกษาศาสตร์', links: 4 },
      { id: 'P-0004', name: 'โรงเรียนบ้านแม่แรม', links: 4 },
    ]);
    expect(net.isolated.map((partner) => partner.id)).toEqual(['P-0002', 'P-0005', 'P-0006']);
  });

  it('shows the same figures through the formulas in the sheets', () => {
    const workbook = registerWorkbook(register, AS_OF);
    const engine = loadWorkbook(workbook);
    const partners = workbook.layout.sheets.partners;
    const column = workbook.layout.columns.partners;
    expect(engine.valueAt(partners, 2, column.last_contact)).toBe(serialOf('2025-09-18'));
    expect(engine.valueAt(partners, 3, column.relationship_state)).toBe('เริ่มห่าง');
    expect(engine.valueAt(partners, 4, column.participation_depth)).toBe(3);
    const summary = workbook.sheets[0].name;
    expect(engine.value(summary, workbook.summary.cells.sector_diversity)).toBeCloseTo(0.875, 12);
    expect(engine.value(summary, workbook.summary.cells.contacted_share)).toBe(0.625);
    expect(engine.value(summary, workbook.summary.cells['participation_ladder.1'])).toBe(4);
  });
});
