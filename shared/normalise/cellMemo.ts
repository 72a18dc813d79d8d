import type { Cell } from '../register/register';
import type { Result } from '../result';
import type { ColumnDef, ColumnType } from '../schema/columns';

/**
 * Column types whose cells a file may repeat (a switchboard number on many lines, the same
 * enum label, one date, the same province and district). Text is remembered too, not for its
 * reading, which is cheap, but so that every line's "เชียงใหม่" is one kept string rather than
 * 40,000 copies the garbage collector must carry; a column of names, nearly all distinct,
 * stops being remembered after its trial.
 */
const REMEMBERED_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'phone',
  'email',
  'url',
  'enum',
  'date',
  'line_id',
  'text',
  'longtext',
]);

/** Lookups of a column after which its memo is kept only if it pays (see MIN_HIT_SHARE). */
const TRIAL_LOOKUPS = 1000;
/** The share of lookups a column's memo must answer from memory to be kept after the trial. */
const MIN_HIT_SHARE = 0.25;

interface ColumnMemo {
  results: Map<string, Result<Cell>> | undefined;
  lookups: number;
  hits: number;
}

/**
 * Normalised cells remembered while one batch of rows (an import) is read, so each distinct
 * text of a column is normalised once and stored as one string: a 50,000-line file repeats
 * phones, enum labels, dates and places many times, and parsing a phone number is the costliest
 * step of a line. A result depends only on the column and the text, so reusing it changes nothing. A column whose
 * texts hardly repeat (every line its own email) stops being remembered after a trial of
 * TRIAL_LOOKUPS: holding them would only cost memory and garbage collection. Keep one per
 * batch, not for the process.
 */
export class CellMemo {
  private readonly byColumn = new Map<ColumnDef, ColumnMemo>();

  /** The result `normalise` gave for this text of this column before, else its result now (remembered). */
  cell(
    column: ColumnDef,
    text: string,
    normalise: (column: ColumnDef, text: string) => Result<Cell>,
  ): Result<Cell> {
    if (!REMEMBERED_TYPES.has(column.type)) return normalise(column, text);
    let memo = this.byColumn.get(column);
    if (!memo) {
      memo = { results: new Map(), lookups: 0, hits: 0 };
      this.byColumn.set(column, memo);
    }
    const { results } = memo;
    if (!results) return normalise(column, text);
    memo.lookups++;
    const known = results.get(text);
    if (known) {
      memo.hits++;
      return known;
    }
    const result = normalise(column, text);
    if (memo.lookups === TRIAL_LOOKUPS && memo.hits < TRIAL_LOOKUPS * MIN_HIT_SHARE) memo.results = undefined;
    else results.set(text, result);
    return result;
  }
}
