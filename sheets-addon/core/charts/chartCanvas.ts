import type { ChartSpec } from '../../../shared/rollup/charts';

/**
 * The narrow port for native charts, beside the Workbook port: the Apps Script adapter draws them
 * with EmbeddedChartBuilder; the local host keeps them as data (an .xlsx need not carry charts).
 */
export interface ChartCanvas {
  /**
   * Replaces, on one sheet, the charts whose titles the generator uses with these specs; charts
   * a person added with other titles stay. Costs one read of the sheet's charts plus one call per
   * chart removed or inserted — a handful, whatever the number of rows.
   */
  replaceCharts(sheet: string, owned: readonly string[], charts: readonly ChartSpec[]): void;
}

/** Charts kept as data: for tests and the local host. */
export class MemoryChartCanvas implements ChartCanvas {
  readonly sheets = new Map<string, ChartSpec[]>();

  replaceCharts(sheet: string, owned: readonly string[], charts: readonly ChartSpec[]): void {
    const kept = (this.sheets.get(sheet) ?? []).filter((chart) => !owned.includes(chart.title));
    this.sheets.set(sheet, [...kept, ...charts]);
  }
}
