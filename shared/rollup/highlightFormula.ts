import { columnLetter } from '../table/columnLetter';
import { WEAKEST_QUANTILE } from './districtModel';

/**
 * The conditional-format test (without the leading `=`, for the column's first school cell) that
 * is true when the school is in the district's weakest quarter on that figure — the same
 * `standing` the model computes, written with COUNTIF so Sheets, Excel and LibreOffice agree.
 */
export function weakestFormula(
  column: number,
  firstRow: number,
  lastRow: number,
  better: 'higher' | 'lower',
): string {
  const letter = columnLetter(column);
  const range = `${letter}$${firstRow}:${letter}$${lastRow}`;
  const cell = `${letter}${firstRow}`;
  // Values strictly worse than the cell: below it when higher is better, above when lower is.
  const worseCount = `COUNTIF(${range},${better === 'higher' ? '"<"' : '">"'}&${cell})`;
  // IF, not AND, guards the blank cell: AND evaluates every argument, and COUNTIF with a blank
  // criterion is an error in some engines. IF without an else is FALSE in all three.
  return (
    `IF(ISNUMBER(${cell}),AND(COUNT(${range})>=2,MAX(${range})>MIN(${range}),` +
    `${worseCount}+(COUNTIF(${range},${cell})-1)/2<=${WEAKEST_QUANTILE}*(COUNT(${range})-1)))`
  );
}

/** The test (without `=`) for a school row that could not be read: a status but no partner figure. */
export function unreadableFormula(statusColumn: number, partnersColumn: number, firstRow: number): string {
  return `AND(${columnLetter(statusColumn)}${firstRow}<>"",ISBLANK(${columnLetter(partnersColumn)}${firstRow}))`;
}
