import { neutraliseFormulaText } from '../text/formulaText';

/**
 * Text as a sheet cell holds it: formula-like text gets a leading apostrophe (Sheets and Excel
 * read it as "this is text"), and so does text that itself starts with an apostrophe, so
 * reading it back strips exactly one.
 */
export function sheetText(text: string): string {
  return text.startsWith("'") ? `'${text}` : String(neutraliseFormulaText(text));
}

/** The text a sheet cell means: one leading apostrophe (the "this is text" mark) removed. */
export function textOfSheetCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** A cell that holds a formula (written by the formula layer), not a value. */
export function isFormulaCell(cell: unknown): boolean {
  return typeof cell === 'string' && cell.startsWith('=');
}
