/**
 * The most data rows one CSV file may bring in; a bigger file is refused whole, before any
 * row is read. 50,000 is the size the CSV benchmark measures (≤ 1 s CPU, ≤ 100 MB); enforced in planImport.
 */
export const MAX_IMPORT_ROWS = 50_000;
