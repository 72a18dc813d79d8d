import type { DataTabKey } from '../schema/tabs';
import type { GridCell } from '../table/grid';
import { GOOGLE_CONTACTS_HEADER, googleContactsLine, isGoogleContactsHeader } from './googleContacts';
import { findHeaderIndex, HEADER_SEARCH_LINES } from './headerLine';
import type { ImportChoices } from './importChoices';
import { MAX_IMPORT_ROWS } from './limits';

/** The header line of a file being imported, as found (or chosen). */
export interface FoundHeader {
  /** Its 0-based index among the file's lines (title rows above it are left out). */
  index: number;
  /** Its cells, trimmed; for a Google Contacts export, the contacts header it is read as. */
  cells: string[];
  /** The file's own first line when it is a Google Contacts export, read by its own layout. */
  google?: readonly GridCell[];
}

/** Takes each data line (0-based index among the file's lines) once the header is known. */
export type LineVisitor = (cells: readonly GridCell[], index: number) => void;

function trimmed(line: readonly GridCell[] | undefined): string[] {
  return (line ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
}

/**
 * A file's lines as an import reads them, fed one at a time: the first few are held until the
 * header line is known (among the first HEADER_SEARCH_LINES, or the person's choice), then
 * `onHeader` says what takes the data lines below it, which are handed on as they come and not
 * kept. Lines past MAX_IMPORT_ROWS are only counted: such a file is refused whole.
 */
export function importLineFeed(
  tab: DataTabKey,
  choices: ImportChoices,
  onHeader: (header: FoundHeader) => LineVisitor | undefined,
): { add: LineVisitor; end(): void } {
  const chosen = choices.headerLine;
  const validChoice = chosen !== undefined && Number.isInteger(chosen) && chosen >= 1;
  // With this many lines read, the header is known.
  const enough = Math.max(HEADER_SEARCH_LINES, validChoice ? chosen + 1 : 0);
  let held: GridCell[][] | undefined = [];
  let visit: LineVisitor | undefined;
  let headerIndex = -1;
  let google: ((line: readonly GridCell[]) => GridCell[]) | undefined;

  const pass = (cells: readonly GridCell[], index: number) => {
    if (visit && index > headerIndex && index <= MAX_IMPORT_ROWS)
      visit(google ? google(cells) : cells, index);
  };
  const decide = (lines: GridCell[][]) => {
    if (tab === 'contacts' && isGoogleContactsHeader(lines[0])) {
      google = googleContactsLine(lines[0]);
      headerIndex = 0;
      visit = onHeader({ index: 0, cells: GOOGLE_CONTACTS_HEADER, google: lines[0] });
    } else {
      // The person's header line when it is inside the file, else the line found.
      headerIndex = validChoice && chosen < lines.length ? chosen - 1 : findHeaderIndex(tab, lines);
      visit = onHeader({ index: headerIndex, cells: trimmed(lines[headerIndex]) });
    }
    lines.forEach(pass);
    held = undefined;
  };
  return {
    add(cells, index) {
      if (!held) return pass(cells, index);
      held.push(cells as GridCell[]);
      // A Google Contacts export is known by its first line; other headers after the first lines.
      if (held.length >= enough || (held.length === 1 && tab === 'contacts' && isGoogleContactsHeader(cells)))
        decide(held);
    },
    end() {
      if (held) decide(held);
    },
  };
}
