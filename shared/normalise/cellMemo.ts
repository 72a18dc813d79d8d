import type { Cell } from '../register/register';
import type { Result } from '../result';
import type { ColumnDef, ColumnType } from '../schema/columns';

/**
 * Column types whose cells a file repeats (a switchboard number on many lines, the same enum
 * label, one date) and whose reading is costly enough to be worth a look-up. Free text is
 * left out: names are nearly all distinct, so remembering them would only hold memory.
 */
const REMEMBERED_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'phone',
  'email',
  'url',
  'enum',
  'date',
  'line_id',
]);

/**
 * Normalised cells remembered while one batch of rows (an import) is read, so each distinct
 * text of a column is normalised once: a 50,000-line file repeats phones, enum labels and
 * dates many times, and parsing a phone number is the costliest step of a line. A result
 * depends only on the column and the text, so reusing it changes nothing. Keep one per batch,
 * not for the process: it grows with the distinct values it sees.
 */
export class CellMemo {
  private readonly byColumn = new Map<ColumnDef, Map<string, Result<Cell>>>();

  /** The result `normalise` gave for this text of this column before, else its result now (remembered). */
  cell(column: ColumnDef, text: string, normalise: () => Result<Cell>): Result<Cell> {
    if (!REMEMBERED_TYPES.has(column.type)) return normalise();
    let results = this.byColumn.get(column);
    if (!results) {
      results = new Map();
      this.byColumn.set(column, results);
    }
    const known = results.get(text);
    if (known) return known;
    const result = normalise();
    results.set(text, result);
    return result;
  }
}
