/// <reference types="google-apps-script" />
import type { ChartRange, ChartSpec } from '../../shared/rollup/charts';
import type { ChartCanvas } from '../core/charts/chartCanvas';

/** The Apps Script pieces the chart adapter uses, passed in so a recording double can stand in. */
export interface ChartServices {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  chartTypes: Pick<typeof GoogleAppsScript.Charts.ChartType, 'BAR' | 'COLUMN' | 'PIE'>;
}

/**
 * Native Sheets charts through EmbeddedChartBuilder. Replacing costs one `getCharts`, one
 * `removeChart` per chart of ours already there and one `insertChart` per new one.
 */
export class SheetsChartCanvas implements ChartCanvas {
  constructor(private readonly services: ChartServices) {}

  replaceCharts(name: string, owned: readonly string[], charts: readonly ChartSpec[]): void {
    const sheet = this.services.spreadsheet.getSheetByName(name);
    if (!sheet) return;
    for (const chart of sheet.getCharts()) {
      const title = chart.getOptions().get('title');
      if (typeof title === 'string' && owned.includes(title)) sheet.removeChart(chart);
    }
    const range = (r: ChartRange) => sheet.getRange(r.row, r.column, r.rows, r.columns);
    for (const spec of charts) {
      const type = {
        bar: this.services.chartTypes.BAR,
        column: this.services.chartTypes.COLUMN,
        pie: this.services.chartTypes.PIE,
      }[spec.kind];
      let builder = sheet
        .newChart()
        .setChartType(type)
        .addRange(range(spec.categories))
        .setNumHeaders(0)
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption('title', spec.title)
        .setOption('legend', { position: spec.kind === 'pie' ? 'right' : 'none' });
      for (const series of spec.series) builder = builder.addRange(range(series.range));
      // Bars run along the horizontal axis; columns along the vertical one.
      const axis = spec.kind === 'bar' ? 'hAxis' : 'vAxis';
      if (spec.axis)
        builder = builder.setOption(`${axis}.viewWindow`, { min: spec.axis.min, max: spec.axis.max });
      if (spec.percent) builder = builder.setOption(`${axis}.format`, 'percent');
      sheet.insertChart(builder.build());
    }
  }
}
