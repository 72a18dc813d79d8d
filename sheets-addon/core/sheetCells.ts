import { isFormulaLike } from '../../shared/text/formulaText';
import type { SheetCell } from './workbook';

/**
 * A value read from a sheet, ready to be written back unchanged: text that would turn into a
 * formula (or lose its leading apostrophe) is marked as text with an apostrophe.
 */
export function valueForWrite(value: SheetCell): SheetCell {
  if (typeof value !== 'string') return value;
  return isFormulaLike(value) || value.startsWith("'") ? `'${value}` : value;
}

/** A cell as read, formula first: the form a snapshot keeps and a restore writes. */
export function mergedCell(value: SheetCell, formula: string | undefined): SheetCell {
  return formula ? formula : valueForWrite(value);
}

/** Whether a cell holds anything a person typed. */
export function isBlank(value: SheetCell | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
