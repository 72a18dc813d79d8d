/**
 * Characters that make a spreadsheet (Sheets, Excel, LibreOffice) read a cell as a formula
 * or a signed number, including their full-width look-alikes that some programs fold.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Whether text, if written as it is, could become a formula. Leading spaces don't hide it. */
export function isFormulaLike(text: string): boolean {
  const first = text.replace(/^[ \u00A0\u3000]+/, '').charAt(0);
  return TRIGGERS.has(first) || TRIGGERS.has(text.charAt(0));
}

/**
 * Makes a value safe to store as text in a sheet or CSV: formula-like text gets a leading
 * apostrophe, which Sheets and Excel read as "this is text" and do not display.
 * Used by every writer; nothing typed by a stranger becomes a formula.
 */
export function neutraliseFormulaText<T>(value: T): T | string {
  return typeof value === 'string' && isFormulaLike(value) ? `'${value}` : value;
}
