import type { FormulaLayer } from './formulaLayer';
import { metricsFormulaLayer } from './metricsFormulaLayer';

/** The formula layer both hosts use: the one line that chooses where the register's formulas come from. */
export const registerFormulaLayer: FormulaLayer = metricsFormulaLayer;
