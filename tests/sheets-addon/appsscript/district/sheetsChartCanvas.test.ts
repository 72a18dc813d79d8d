import { describe, expect, it } from 'vitest';
import { reason } from '../../../../shared/i18n/reason';
import { DISTRICT_CHART_TITLES, districtCharts } from '../../../../shared/rollup/charts';
import { buildDistrict } from '../../../../shared/rollup/districtModel';
import { districtTable } from '../../../../shared/rollup/districtTable';
import { type RoleFigureKey, roleFigureKey } from '../../../../shared/rollup/figures';
import type { SchoolResult } from '../../../../shared/rollup/schoolResult';
import { ENUMS } from '../../../../shared/schema/enums';
import { SheetsChartCanvas } from '../../../../sheets-addon/appsscript/sheetsChartCanvas';
import { CallLog } from '../../../doubles/appsScriptDouble';

interface BuiltChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: number[];
}

/** Just the chart surface of a sheet (EmbeddedChart/EmbeddedChartBuilder), recording each call. */
function chartSheet(existing: BuiltChart[]) {
  const log = new CallLog();
  const charts = [...existing];
  const asEmbedded = (chart: BuiltChart) => ({
    chart,
    getOptions: () => ({ get: (key: string) => chart.options[key] }),
  });
  const sheet = {
    getCharts: () => {
      log.call('getCharts', 'District');
      return charts.map(asEmbedded);
    },
    removeChart: (embedded: { chart: BuiltChart }) => {
      log.call('removeChart', 'District');
      charts.splice(charts.indexOf(embedded.chart), 1);
    },
    insertChart: (chart: BuiltChart) => {
      log.call('insertChart', 'District');
      charts.push(chart);
    },
    getRange: (row: number, column: number, rows: number, columns: number) =>
      `R${row}C${column}:${rows}x${columns}`,
    newChart: () => {
      const chart: BuiltChart = { type: '', ranges: [], options: {}, position: [] };
      const builder = {
        setChartType(type: string) {
          chart.type = type;
          return builder;
        },
        addRange(range: string) {
          chart.ranges.push(range);
          return builder;
        },
        setNumHeaders: () => builder,
        setPosition(...position: number[]) {
          chart.position = position;
          return builder;
        },
        setOption(key: string, value: unknown) {
          chart.options[key] = value;
          return builder;
        },
        build: () => chart,
      };
      return builder;
    },
  };
  const spreadsheet = { getSheetByName: (name: string) => (name === 'District' ? sheet : null) };
  return { log, charts, spreadsheet };
}

function result(index: number, partners: number): SchoolResult {
  return {
    index,
    name: `School ${index}`,
    ref: `r${index}`,
    key: `k${index}`,
    status: 'ok',
    reason: reason('school.ok', { th: 'อ่านได้', en: 'Read' }),
    figures: {
      partners,
      active_share: 0.5,
      sector_diversity: 0.5,
      resource_dependency: 0.5,
      strategy_coverage: 4,
      stale_share: 0.2,
      expiring_agreements: 0,
      indicator_achievement: null,
      roles_exercised: 3,
      ...(Object.fromEntries(ENUMS.admin_role.map((role) => [roleFigureKey(role.key), 1])) as Record<
        RoleFigureKey,
        number
      >),
      last_update: '2026-03-01',
    },
    readAt: '2026-03-31T00:00:00Z',
    modifiedAt: null,
  };
}

describe('native charts through EmbeddedChartBuilder', () => {
  it('replaces only the charts the roll-up owns, in a handful of calls', () => {
    const mine: BuiltChart = {
      type: 'BAR',
      ranges: [],
      options: { title: DISTRICT_CHART_TITLES[1] },
      position: [],
    };
    const theirs: BuiltChart = { type: 'PIE', ranges: [], options: { title: 'My own chart' }, position: [] };
    const double = chartSheet([mine, theirs]);
    const table = districtTable(buildDistrict([result(0, 5), result(1, 9), result(2, 2)]), 'en');
    const specs = districtCharts(table);
    new SheetsChartCanvas({
      spreadsheet: double.spreadsheet as never,
      chartTypes: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE' } as never,
    }).replaceCharts('District', DISTRICT_CHART_TITLES, specs);
    expect(double.charts.map((chart) => chart.options.title)).toEqual([
      'My own chart',
      'Partners per school',
      'Strategy coverage (of 6) per school',
      'Active share per school',
      'Stale share per school',
    ]);
    // Names in column A and the figure's own column, over the three school rows.
    expect(double.charts[1].ranges).toEqual(['R3C1:3x1', 'R3C6:3x1']);
    expect(double.charts[2].options['hAxis.viewWindow']).toEqual({ min: 0, max: 6 });
    expect(double.charts[4].options['hAxis.format']).toBe('percent');
    expect(double.log.byMethod()).toEqual({ getCharts: 1, removeChart: 1, insertChart: 4 });
  });
});
