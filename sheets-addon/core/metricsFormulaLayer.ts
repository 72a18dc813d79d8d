import { LINKS_SHEET } from '../../shared/metrics/layout';
import { listsGrid } from '../../shared/metrics/listsArea';
import { linksGrid, partnerFormulaCells, partnerFormulaColumns } from '../../shared/metrics/partnerFormulas';
import { settingsGrid } from '../../shared/metrics/settingsArea';
import { starterIndicatorRows } from '../../shared/metrics/starterIndicators';
import { summarySheet } from '../../shared/summary/summaryGrid';
import type { FormulaLayer } from './formulaLayer';

/**
 * The register's formulas from the metrics module: per-partner columns over the hidden Links
 * sheet, the Settings and Lists sheets the formulas read, starter indicators, and the Summary.
 */
export const metricsFormulaLayer: FormulaLayer = {
  formulaColumns: (tab) => (tab === 'partners' ? partnerFormulaColumns : []),
  formulaCells(tab, layout, row) {
    if (tab === 'partners') return partnerFormulaCells(layout, row);
    return {};
  },
  starterRows(tab, layout, language, firstRow) {
    return tab === 'indicators' ? starterIndicatorRows(layout, language, firstRow) : [];
  },
  settingsGrid,
  listsGrid,
  summary(register, layout, asOf) {
    const { grid, tables, kinds } = summarySheet(register, layout, asOf);
    return { grid, tables, kinds };
  },
  helperSheets: (register, layout) => [{ name: LINKS_SHEET, grid: linksGrid(register, layout) }],
  helperSources: ['activities'],
};
