import type { FormulaLayer } from './formulaLayer';
import { interimFormulaLayer } from './interimFormulaLayer';

/** The formula layer both hosts use: the one line that chooses where the register's formulas come from. */
export const registerFormulaLayer: FormulaLayer = interimFormulaLayer;
