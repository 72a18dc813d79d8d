import type { Bilingual, Language } from '../i18n/language';
import { ENUMS, enumSpan } from '../schema/enums';
import { DISTRICT_LAYOUT, type DistrictTable } from './districtTable';
import type { FigureKey } from './figures';

/** A block of cells on the chart's own sheet (1-based), without its header. */
export interface ChartRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * A native chart described as data, so any host can draw it (EmbeddedChartBuilder in Sheets).
 * Categories and every series are single columns of the same height.
 */
export interface ChartSpec {
  /** Stable title: regenerating replaces the chart with this title, and only that one. */
  title: string;
  kind: 'bar' | 'column' | 'pie';
  categories: ChartRange;
  series: { name: string; range: ChartRange }[];
  /** Top-left cell the chart is anchored at. */
  anchor: { row: number; column: number };
  /** Axis bounds for figures on a fixed scale (shares 0–1, strategies 0–6). */
  axis?: { min: number; max: number };
  percent?: boolean;
}

/** Rows of sheet a chart occupies, so charts stacked down a sheet do not overlap. */
export const CHART_HEIGHT_ROWS = 20;

interface DistrictChartDef {
  figure: FigureKey;
  title: Bilingual;
  axis?: ChartSpec['axis'];
  percent?: boolean;
}

const DISTRICT_CHARTS: readonly DistrictChartDef[] = [
  { figure: 'partners', title: { th: 'จำนวนภาคีเครือข่ายรายโรงเรียน', en: 'Partners per school' } },
  {
    figure: 'strategy_coverage',
    title: {
      th: `กลยุทธ์ที่ครอบคลุม (จาก ${ENUMS.strategy.length}) รายโรงเรียน`,
      en: `Strategy coverage (of ${ENUMS.strategy.length}) per school`,
    },
    axis: { min: 0, max: 6 },
  },
  {
    figure: 'active_share',
    title: { th: 'สัดส่วนภาคีที่ดำเนินงานร่วม รายโรงเรียน', en: 'Active share per school' },
    axis: { min: 0, max: 1 },
    percent: true,
  },
  {
    figure: 'stale_share',
    title: { th: 'สัดส่วนภาคีที่ห่างหาย รายโรงเรียน', en: 'Stale share per school' },
    axis: { min: 0, max: 1 },
    percent: true,
  },
];

/**
 * The District tab's charts: a bar per school for a few figures, stacked to the right of the
 * ranking block. They read the school-name column and one figure column over the school rows;
 * the total row is left out so it does not dwarf the schools.
 */
export function districtCharts(table: DistrictTable): ChartSpec[] {
  const rows = table.schoolRows.length;
  if (rows === 0) return [];
  const column = table.ranking.column + table.ranking.header.length + 1;
  const schoolColumn = (index: number): ChartRange => ({
    row: DISTRICT_LAYOUT.firstSchoolRow,
    column: index,
    rows,
    columns: 1,
  });
  return DISTRICT_CHARTS.map((chart, position) => {
    const figure = table.columns.findIndex((candidate) => candidate.id === chart.figure);
    return {
      title: chart.title[table.language],
      kind: 'bar',
      categories: schoolColumn(DISTRICT_LAYOUT.nameColumn),
      series: [{ name: table.columns[figure].label, range: schoolColumn(figure + 1) }],
      anchor: { row: DISTRICT_LAYOUT.headerRow + position * CHART_HEIGHT_ROWS, column },
      ...(chart.axis ? { axis: chart.axis } : {}),
      ...(chart.percent ? { percent: true } : {}),
    };
  });
}

/** The Summary tables the Summary charts draw, each a label column and one count or value column. */
export type SummaryChartTable =
  | 'sector_mix'
  | 'strategy_coverage'
  | 'role_profile'
  | 'participation_ladder'
  | 'relationship_freshness'
  | 'resources_by_source';

/** Where the Summary builder put one table's labels and values (rows below its header). */
export interface SummaryTablePlace {
  labels: ChartRange;
  values: ChartRange;
}

const SUMMARY_CHARTS: readonly {
  table: SummaryChartTable;
  kind: ChartSpec['kind'];
  title: Bilingual;
  series: Bilingual;
}[] = [
  {
    table: 'sector_mix',
    kind: 'pie',
    title: { th: 'สัดส่วนภาคีตามภาคส่วน', en: 'Partners by sector' },
    series: { th: 'ภาคี', en: 'Partners' },
  },
  {
    table: 'strategy_coverage',
    kind: 'column',
    title: {
      th: `กิจกรรมตามกลยุทธ์ ${enumSpan('strategy')} (12 เดือน)`,
      en: `Activities by strategy ${enumSpan('strategy')} (12 months)`,
    },
    series: { th: 'กิจกรรม', en: 'Activities' },
  },
  {
    table: 'role_profile',
    kind: 'bar',
    title: { th: 'โปรไฟล์บทบาทผู้บริหาร (12 เดือน)', en: 'Administrator role profile (12 months)' },
    series: { th: 'กิจกรรม', en: 'Activities' },
  },
  {
    table: 'participation_ladder',
    kind: 'column',
    title: { th: 'บันไดการมีส่วนร่วม', en: 'Participation ladder' },
    series: { th: 'ภาคี', en: 'Partners' },
  },
  {
    table: 'relationship_freshness',
    kind: 'pie',
    title: { th: 'ความสดของความสัมพันธ์', en: 'Relationship freshness' },
    series: { th: 'ภาคี', en: 'Partners' },
  },
  {
    table: 'resources_by_source',
    kind: 'bar',
    title: { th: 'มูลค่าทรัพยากรตามผู้สนับสนุน', en: 'Resources by source' },
    series: { th: 'มูลค่า (บาท)', en: 'Value (THB)' },
  },
];

/**
 * The Summary tab's native charts — sector mix, strategy coverage, role profile, participation ladder,
 * relationship freshness, resources by source — over wherever the Summary builder placed those
 * tables; a table it did not place, or that is empty, gets no chart.
 */
export function summaryCharts(
  places: Partial<Record<SummaryChartTable, SummaryTablePlace>>,
  language: Language,
  anchorColumn: number,
): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const chart of SUMMARY_CHARTS) {
    const place = places[chart.table];
    if (!place || place.labels.rows === 0) continue;
    specs.push({
      title: chart.title[language],
      kind: chart.kind,
      categories: place.labels,
      series: [{ name: chart.series[language], range: place.values }],
      anchor: { row: 1 + specs.length * CHART_HEIGHT_ROWS, column: anchorColumn },
    });
  }
  return specs;
}

/** Every title a District chart may carry, in both languages: what a regeneration replaces. */
export const DISTRICT_CHART_TITLES: readonly string[] = DISTRICT_CHARTS.flatMap((chart) => [
  chart.title.th,
  chart.title.en,
]);

/** Every title a Summary chart may carry, in both languages. */
export const SUMMARY_CHART_TITLES: readonly string[] = SUMMARY_CHARTS.flatMap((chart) => [
  chart.title.th,
  chart.title.en,
]);

/** Where the Summary builder put a table: its title row, its height (title + header + body), its width. */
export interface SummaryTableAt {
  row: number;
  rows: number;
  columns: number;
}

/**
 * The chart places inside the Summary builder's tables: labels in the first column, the values
 * in the second (partners by sector: the last, the sector totals); a table's trailing "blank"
 * row is left out of the sector pie. The Summary has no resources-by-source table yet, so that
 * chart is drawn only once one is placed.
 */
export function summaryChartPlaces(
  tables: Readonly<Record<string, SummaryTableAt>>,
): Partial<Record<SummaryChartTable, SummaryTablePlace>> {
  const places: Partial<Record<SummaryChartTable, SummaryTablePlace>> = {};
  const body = (at: SummaryTableAt, valueColumn: number, dropLast = 0): SummaryTablePlace => {
    const rows = Math.max(0, at.rows - 2 - dropLast);
    return {
      labels: { row: at.row + 2, column: 1, rows, columns: 1 },
      values: { row: at.row + 2, column: valueColumn, rows, columns: 1 },
    };
  };
  const from: Record<SummaryChartTable, string> = {
    sector_mix: 'by_sector_type',
    strategy_coverage: 'strategy_activities',
    role_profile: 'role_activities',
    participation_ladder: 'participation_ladder',
    relationship_freshness: 'relationship_states',
    resources_by_source: 'resources_by_source',
  };
  for (const [chart, table] of Object.entries(from) as [SummaryChartTable, string][]) {
    const at = tables[table];
    if (!at) continue;
    places[chart] = chart === 'sector_mix' ? body(at, at.columns, 1) : body(at, 2);
  }
  return places;
}
