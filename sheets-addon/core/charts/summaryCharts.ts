import type { Language } from '../../../shared/i18n/language';
import {
  SUMMARY_CHART_TITLES,
  type SummaryChartTable,
  type SummaryTablePlace,
  summaryCharts,
} from '../../../shared/rollup/charts';
import type { ChartCanvas } from './chartCanvas';

/**
 * Draws the Summary tab's native charts (sector mix, strategy coverage, participation ladder,
 * relationship freshness, resources by source) over the tables the Summary builder placed,
 * replacing the ones drawn before and leaving a person's own charts alone. The builder says
 * where each table's labels and values landed; charts go in a column to the right of them.
 */
export function drawSummaryCharts(
  canvas: ChartCanvas,
  sheet: string,
  places: Partial<Record<SummaryChartTable, SummaryTablePlace>>,
  language: Language,
  anchorColumn: number,
): void {
  canvas.replaceCharts(sheet, SUMMARY_CHART_TITLES, summaryCharts(places, language, anchorColumn));
}
