import Papa from 'papaparse';
import type { Grid } from '../table/grid';

/** A CSV file as a grid of text cells, with what made it unreadable, if anything. */
export interface ParsedCsv {
  /** Row i is line i + 1 as a spreadsheet shows it; blank lines keep their place (readers skip them). */
  grid: Grid;
  /** A quote left open or a similar fault: the file can't be trusted, so it is refused whole. */
  broken?: { line: number; detail: string };
}

/**
 * Parses CSV text with papaparse (delimiter given, or guessed: comma, semicolon or tab). Lines count as
 * records, so a quoted cell spanning lines is one line, as a spreadsheet shows it.
 */
export function parseCsv(text: string, options: { delimiter?: string } = {}): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    // Files a person brings may use ; or tab (Excel in some locales); the register's own files always use commas.
    ...(options.delimiter ? { delimiter: options.delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
  });
  const grid: Grid = parsed.data;
  // A final line break leaves one empty record behind.
  while (grid.length > 0 && grid[grid.length - 1].length === 1 && grid[grid.length - 1][0] === '') grid.pop();
  const fault = parsed.errors.find((error) => error.type === 'Quotes');
  const result: ParsedCsv = { grid };
  if (fault) result.broken = { line: (fault.row ?? 0) + 1, detail: fault.message };
  return result;
}
