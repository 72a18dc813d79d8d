import { describe, expect, it } from 'vitest';
import { defaultColumnKeys, defaultLayout, layoutFromHeaders } from '../../../shared/metrics/layout';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';
import { registerWorkbook } from '../../../shared/metrics/registerGrids';
import { tabDef } from '../../../shared/schema/tabs';
import { expectedPartnerCell, expectedSummaryCell, sameFigure } from '../../formulas/expectedFigures';
import { loadWorkbook } from '../../formulas/formulaEngine';
import { fixtureRegister } from './fixtureRegister';

describe('layout', () => {
  it('finds columns from a header row in any order, by label in either language or alias', () => {
    const headers = ['ภาคีเครือข่าย', 'Date', 'ชื่อกิจกรรม', 'รหัส', 'ขั้นการมีส่วนร่วม'];
    const layout = layoutFromHeaders('th', { activities: headers });
    expect(layout.columns.activities).toMatchObject({
      partner_ids: 1,
      date: 2,
      title: 3,
      id: 4,
      participation_stage: 5,
    });
    // Columns the header row lacks are placed after it, never on top of a user's column.
    expect(layout.columns.activities.strategy).toBeGreaterThan(5);
  });

  it('recognises the formula columns of Partners by their labels', () => {
    const partners = [...defaultColumnKeys('partners')].reverse();
    const headers = partners.map(
      (key) =>
        PARTNER_FORMULA_COLUMNS.find((c) => c.key === key)?.label.en ??
        tabDef('partners').columns.find((c) => c.key === key)?.label.en ??
        key,
    );
    const layout = layoutFromHeaders('en', { partners: headers });
    expect(layout.columns.partners.engagement_score).toBe(1);
    expect(layout.columns.partners.id).toBe(partners.length);
  });

  it('keeps every figure equal to compute() when a user has reordered the columns', () => {
    const register = fixtureRegister();
    const shuffled = (keys: string[]) => [...keys.slice(3), ...keys.slice(0, 3)].reverse();
    const layout = layoutFromHeaders('th', {
      partners: shuffled(defaultColumnKeys('partners')),
      activities: shuffled(defaultColumnKeys('activities')),
      resources: shuffled(defaultColumnKeys('resources')),
    });
    expect(layout.columns.activities.id).not.toBe(defaultLayout('th').columns.activities.id);
    const workbook = registerWorkbook(register, '2025-11-01', layout);
    const engine = loadWorkbook(workbook);
    const mismatches: string[] = [];
    workbook.metrics.partners.forEach((partner, index) => {
      for (const column of PARTNER_FORMULA_COLUMNS) {
        const actual = engine.valueAt(layout.sheets.partners, index + 2, layout.columns.partners[column.key]);
        if (!sameFigure(actual, expectedPartnerCell(column.key, partner, 'th')))
          mismatches.push(`${partner.id}.${column.key}`);
      }
    });
    for (const [key, address] of Object.entries(workbook.summary.cells)) {
      const expected = expectedSummaryCell(key, workbook.metrics, workbook.layout.language);
      if (expected !== undefined && !sameFigure(engine.value(workbook.sheets[0].name, address), expected))
        mismatches.push(key);
    }
    expect(mismatches).toEqual([]);
  });
});
