import { describe, expect, it } from 'vitest';
import { defaultLayout } from '../../../../shared/metrics/layout';
import type { Register } from '../../../../shared/register/register';
import { summaryChartPlaces } from '../../../../shared/rollup/charts';
import { schoolRegister } from '../../../../shared/rollup/schoolRegister';
import { ENUMS } from '../../../../shared/schema/enums';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { summarySheet } from '../../../../shared/summary/summaryGrid';
import { MemoryChartCanvas } from '../../../../sheets-addon/core/charts/chartCanvas';
import { drawSummaryCharts } from '../../../../sheets-addon/core/charts/summaryCharts';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';

const column = (row: number, column: number, rows: number) => ({ row, column, rows, columns: 1 });

describe('the Summary charts', () => {
  it('draws one native chart per placed table and replaces them on regeneration, keeping a person’s own', () => {
    const canvas = new MemoryChartCanvas();
    canvas.sheets.set('สรุปผล', [
      {
        title: 'กราฟของครู',
        kind: 'pie',
        categories: column(1, 1, 1),
        series: [],
        anchor: { row: 1, column: 1 },
      },
    ]);
    const places = {
      sector_mix: { labels: column(20, 1, 12), values: column(20, 2, 12) },
      strategy_coverage: { labels: column(34, 1, 6), values: column(34, 2, 6) },
      participation_ladder: { labels: column(42, 1, 5), values: column(42, 2, 5) },
      relationship_freshness: { labels: column(49, 1, 4), values: column(49, 2, 4) },
      resources_by_source: { labels: column(55, 1, 0), values: column(55, 2, 0) },
    };
    drawSummaryCharts(canvas, 'สรุปผล', places, 'th', 6);
    drawSummaryCharts(canvas, 'สรุปผล', places, 'th', 6);
    const charts = canvas.sheets.get('สรุปผล') ?? [];
    expect(charts.map((chart) => [chart.title, chart.kind])).toEqual([
      ['กราฟของครู', 'pie'],
      ['สัดส่วนภาคีตามภาคส่วน', 'pie'],
      ['กิจกรรมตามกลยุทธ์ S1–S6 (12 เดือน)', 'column'],
      ['บันไดการมีส่วนร่วม', 'column'],
      ['ความสดของความสัมพันธ์', 'pie'],
    ]);
    expect(charts[2].categories).toEqual(column(34, 1, 6));
    expect(charts[2].series[0].range).toEqual(column(34, 2, 6));
    expect(new Set(charts.slice(1).map((chart) => chart.anchor.row)).size).toBe(4);
    drawSummaryCharts(canvas, 'สรุปผล', places, 'en', 6);
    expect(canvas.sheets.get('สรุปผล')?.map((chart) => chart.title)).toContain('Partners by sector');
    expect(canvas.sheets.get('สรุปผล')).toHaveLength(5);
  });
});

describe('the Summary charts over the real Summary builder', () => {
  it('point at the sector totals, strategy counts, ladder and freshness the builder wrote', () => {
    const register = syntheticSchool();
    const built = summarySheet(register, defaultLayout('en'), '2026-03-31');
    const places = summaryChartPlaces(built.tables);
    const canvas = new MemoryChartCanvas();
    drawSummaryCharts(canvas, 'Summary', places, 'en', 8);
    const charts = canvas.sheets.get('Summary') ?? [];
    expect(charts.map((chart) => chart.title)).toEqual([
      'Partners by sector',
      'Activities by strategy S1–S6 (12 months)',
      'Administrator role profile (12 months)',
      'Participation ladder',
      'Relationship freshness',
    ]);
    const at = (range: { row: number; column: number }) => built.grid[range.row - 1]?.[range.column - 1];
    const strategy = charts[1];
    expect(strategy.categories.rows).toBe(6);
    expect(at(strategy.categories)).toBe(ENUMS.strategy[0].en);
    expect(String(at(strategy.series[0].range))).toMatch(/^=/);
    expect(at(charts[0].categories)).toBe(ENUMS.sector[0].en);
    expect(charts[0].categories.rows).toBe(ENUMS.sector.length);
    const roles = charts[2];
    expect(roles.categories.rows).toBe(ENUMS.admin_role.length);
    expect(at(roles.categories)).toBe(ENUMS.admin_role[0].en);
    expect(String(at(roles.series[0].range))).toMatch(/^=COUNTIFS/);
    expect(at(charts[3].categories)).toBe(0);
    expect(charts[3].categories.rows).toBe(6);
  });
});

function syntheticSchool(): Register {
  const grids = syntheticRegister({
    seed: 4,
    partners: 30,
    activities: 90,
    language: 'en',
    asOf: '2026-03-31',
  });
  const read = schoolRegister({ tabs: grids }, { ...DEFAULT_SETTINGS, as_of: '2026-03-31' });
  if (!read.ok) throw new Error(read.reason.message.en);
  return read.value.register;
}
