import type { Language } from '../../shared/i18n/language';
import { figureNumberFormat } from '../../shared/metrics/figureFormats';
import { summaryChartPlaces } from '../../shared/rollup/charts';
import type { ChartCanvas } from './charts/chartCanvas';
import { drawSummaryCharts } from './charts/summaryCharts';
import type { FormulaLayer, SummaryContent } from './formulaLayer';
import { readRegister } from './readRegister';
import { readRegisterProperties } from './registerProperties';
import { findGeneratedSheet, generatedSheetName } from './sheetLocator';
import type { ColumnFormat, Grid, Workbook } from './workbook';

/** Charts sit one blank column to the right of the Summary's widest table. */
function summaryChartColumn(grid: Grid): number {
  return Math.max(1, ...grid.map((line) => line.length)) + 2;
}

/** Each Summary figure's Sheets number format, one cell each (a count, a share, money, a date). */
function summaryFormats(summary: SummaryContent, language: Language): ColumnFormat[] {
  const formats: ColumnFormat[] = [];
  for (const { row, column, kind } of summary.kinds ?? []) {
    const format = figureNumberFormat(kind, 'sheets', language);
    if (format) formats.push({ span: { column, fromRow: row, rows: 1 }, format });
  }
  return formats;
}

/** Redraws the Summary sheet's native charts over the tables just written there. */
export function drawSummarySheetCharts(
  charts: ChartCanvas,
  name: string,
  summary: SummaryContent,
  language: Language,
): void {
  drawSummaryCharts(
    charts,
    name,
    summaryChartPlaces(summary.tables),
    language,
    summaryChartColumn(summary.grid),
  );
}

/**
 * Rebuilds the Summary sheet from the register — one read per tab, one clear and one write,
 * whatever the number of rows — and redraws its native charts where a canvas is given.
 */
export function buildSummary(
  workbook: Workbook,
  layer: FormulaLayer,
  now: string,
  charts?: ChartCanvas,
): string {
  const register = readRegister(workbook);
  const layout = readRegisterProperties(workbook.getProperties()).layout;
  const language = register.language;
  const sheets = workbook.listSheets();
  const name = findGeneratedSheet(sheets, 'summary', language) ?? generatedSheetName('summary', language);
  if (!sheets.some((sheet) => sheet.name === name)) workbook.createSheet(name);
  if (!layout) return name;
  const summary = layer.summary(register, layout, register.settings.as_of ?? now.slice(0, 10));
  workbook.clearSheet(name);
  workbook.writeValues(name, 1, 1, summary.grid);
  workbook.setFormats(name, summaryFormats(summary, language));
  if (charts) drawSummarySheetCharts(charts, name, summary, language);
  return name;
}
