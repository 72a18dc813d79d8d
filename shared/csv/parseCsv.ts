import Papa from 'papaparse';
import type { Bilingual } from '../i18n/language';
import type { Grid } from '../table/grid';
import { quoteFaultWords } from './messages';

/** A CSV file as a grid of text cells, with what made it unreadable, if anything. */
export interface ParsedCsv {
  /** Row i is line i + 1 as a spreadsheet shows it; blank lines keep their place (readers skip them). */
  grid: Grid;
  /** A quote left open or a similar fault: the file can't be trusted, so it is refused whole. */
  broken?: CsvFault;
}

/** Where and how a CSV file is broken (line counted as a spreadsheet shows it). */
export interface CsvFault {
  line: number;
  detail: Bilingual;
}

interface CsvOptions {
  delimiter?: string;
}

function papaOptions(text: string, options: CsvOptions): Papa.ParseConfig<string[]> {
  return {
    skipEmptyLines: false,
    // Without a carriage return the line break can only be \n, which is what papaparse's guess
    // (a pattern run over the first megabyte) would conclude.
    ...(text.includes('\r') ? {} : { newline: '\n' as const }),
    // Files a person brings may use ; or tab (Excel in some locales); the register's own files always use commas.
    ...(options.delimiter ? { delimiter: options.delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
  };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The empty record a final line break leaves behind (and blank lines after it). */
function isEmptyRecord(line: readonly string[]): boolean {
  return line.length === 1 && line[0] === '';
}

/**
 * Parses CSV text with papaparse (delimiter given, or guessed: comma, semicolon or tab). Lines count as
 * records, so a quoted cell spanning lines is one line, as a spreadsheet shows it.
 */
export function parseCsv(text: string, options: CsvOptions = {}): ParsedCsv {
  const input = withoutBom(text);
  const parsed = Papa.parse<string[]>(input, papaOptions(input, options));
  const grid: Grid = parsed.data;
  while (grid.length > 0 && isEmptyRecord(grid[grid.length - 1] as string[])) grid.pop();
  const fault = parsed.errors.find((error) => error.type === 'Quotes');
  const result: ParsedCsv = { grid };
  if (fault) result.broken = { line: (fault.row ?? 0) + 1, detail: quoteFaultWords(fault.code) };
  return result;
}

/**
 * parseCsv one record at a time: `visit` sees each line as it is parsed (index 0 = line 1) and
 * may keep it or let it die young, so a 50,000-line file is never held as a whole grid. Empty
 * records a final line break leaves are not visited, as parseCsv drops them; returns the
 * number of lines and the first fault, if any.
 */
export function streamCsv(
  text: string,
  visit: (line: string[], index: number) => void,
  options: CsvOptions = {},
): { lines: number; broken?: CsvFault } {
  let index = 0;
  // Empty records are held back until a line with content shows they are not the file's end.
  let pendingEmpty = 0;
  let broken: CsvFault | undefined;
  const input = withoutBom(text);
  Papa.parse<string[]>(input, {
    ...papaOptions(input, options),
    step: (results) => {
      const line = results.data;
      if (!broken) {
        const fault = results.errors.find((error) => error.type === 'Quotes');
        // In step mode papaparse counts rows from the step, so the line is this record's.
        if (fault) broken = { line: index + pendingEmpty + 1, detail: quoteFaultWords(fault.code) };
      }
      if (isEmptyRecord(line)) {
        pendingEmpty++;
        return;
      }
      for (; pendingEmpty > 0; pendingEmpty--) visit([''], index++);
      visit(line, index++);
    },
  });
  return broken ? { lines: index, broken } : { lines: index };
}
