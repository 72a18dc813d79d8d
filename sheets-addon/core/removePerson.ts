import { type Reason, reason } from '../../shared/i18n/reason';
import { listItems } from '../../shared/register/register';
import { mapHeaders } from '../../shared/schema/columnLookup';
import { CONTACTS } from '../../shared/schema/tabs';
import { forgetCaptureRows, tombstoneCaptures } from './capture/captureLog';
import { markColumnOf, markedIds } from './capture/captureMarks';
import type { RepairReport } from './contract';
import { ADDON_MESSAGES } from './messages';
import { readRegisterProperties } from './registerProperties';
import { REMOVE_PERSON_MESSAGES } from './removePersonMessages';
import { findDataSheet } from './sheetLocator';
import { rewriteSnapshots, type Snapshot } from './snapshots';
import type { SheetCell, Workbook } from './workbook';

/** The contact columns that identify a person (PDPA): no copy of these may outlive the removal. */
const PERSONAL_COLUMNS = ['name', 'email', 'phone', 'line_id'] as const;

export type RemovePersonOutcome = { ok: true; report: RepairReport } | { ok: false; reason: Reason };

/**
 * PDPA erasure of one contact: deletes their row from the Contacts tab, the capture log lines
 * that point at it, and every copy in the undo snapshots (their row is taken out of each stored
 * Contacts grid; a snapshot still holding their name, email, phone or LINE ID anywhere is dropped),
 * so no restore brings them back. Holds the document lock. An unknown id changes nothing.
 * Costs a fixed number of service calls (one row deletion, one rewrite each of log and snapshots).
 */
export function removePerson(workbook: Workbook, contactId: string): RemovePersonOutcome {
  return workbook.withLock(() => removeLocked(workbook, contactId));
}

function removeLocked(workbook: Workbook, contactId: string): RemovePersonOutcome {
  const stored = readRegisterProperties(workbook.getProperties());
  if (!stored.isRegister)
    return { ok: false, reason: reason('register.not_set_up', ADDON_MESSAGES.notRegister) };
  const language = stored.language ?? stored.settings.language;
  const id = sameId(contactId);
  const notFound = {
    ok: false as const,
    reason: reason('person.not_found', REMOVE_PERSON_MESSAGES.notFound, { id: contactId }),
  };
  const sheet = findDataSheet(workbook.listSheets(), CONTACTS, language);
  if (!sheet || id === '') return notFound;

  const [header = [], ...lines] = workbook.readValues(sheet);
  const at = mapHeaders(
    'contacts',
    header.map((cell) => (cell === null ? '' : String(cell))),
  ).indexOf;
  if (at.id === undefined) return notFound;
  // Sheet rows (2…) carrying the id; a hand-typed copy of the id is removed as well.
  const rows = lines.flatMap((line, i) => (sameId(line[at.id]) === id ? [i + 2] : []));
  if (rows.length === 0) return notFound;

  const personal = new Set<string>();
  for (const row of rows) {
    for (const key of PERSONAL_COLUMNS) {
      const index = at[key];
      if (index === undefined) continue;
      for (const item of listItems(plainText(lines[row - 2][index]))) personal.add(item);
    }
  }
  const name = plainText(lines[rows[0] - 2][at.name ?? -1]);

  const cleaned = rewriteSnapshots(workbook, (snapshot) => withoutPerson(snapshot, id, rows, personal));
  const forgotten = forgetCaptureRows(workbook, language, [id]);
  const markAt = markColumnOf(header);
  if (markAt !== undefined)
    tombstoneCaptures(
      workbook,
      language,
      rows.flatMap((row) => markedIds(lines[row - 2][markAt - 1])),
    );
  // Bottom-up, so the rows still to delete keep their numbers.
  for (const row of [...rows].reverse()) workbook.deleteRows(sheet, row, 1);

  const changes: Reason[] = [reason('person.removed', REMOVE_PERSON_MESSAGES.removed, { id, name, sheet })];
  if (forgotten > 0)
    changes.push(
      reason('person.capture_log', REMOVE_PERSON_MESSAGES.captureLogForgotten, { count: forgotten }),
    );
  if (cleaned > 0)
    changes.push(reason('person.snapshots', REMOVE_PERSON_MESSAGES.snapshotsCleaned, { count: cleaned }));
  return { ok: true, report: { changes, snapshotId: null } };
}

/**
 * A snapshot without the person: their lines leave its Contacts grids, and a grid that starts
 * below a deleted row starts one row higher (so undoing an import still clears the right rows).
 * Null — drop it — when any of their personal values still appears anywhere in it.
 */
function withoutPerson(
  snapshot: Snapshot,
  id: string,
  deletedRows: readonly number[],
  personal: ReadonlySet<string>,
): Snapshot | null {
  const sheets = snapshot.sheets.map((entry) => {
    if (entry.tab !== CONTACTS.key) return entry;
    const grid = entry.grid.filter((line) => !line.some((cell) => sameId(cell) === id));
    const fromRow = entry.fromRow ?? 1;
    const above = deletedRows.filter((row) => row < fromRow).length;
    return { ...entry, grid, ...(entry.fromRow !== undefined ? { fromRow: fromRow - above } : {}) };
  });
  // Row changes about them go; any other copy of their details drops the whole restore point.
  const rows = snapshot.rows?.filter((change) => !(change.tab === CONTACTS.key && sameId(change.id) === id));
  const cellsOfRows = (rows ?? []).flatMap((change) => [
    ...Object.values(change.before ?? {}),
    ...Object.values(change.after ?? {}),
  ]);
  const mentions =
    sheets.some((entry) =>
      entry.grid.some((line) => line.some((cell) => mentionsAny(plainText(cell), personal))),
    ) || cellsOfRows.some((cell) => mentionsAny(plainText(cell), personal));
  // A restore point left with nothing to undo is no restore point.
  if (mentions || (rows && rows.length === 0 && sheets.length === 0)) return null;
  return rows ? { ...snapshot, sheets, rows } : { ...snapshot, sheets };
}

function mentionsAny(text: string, values: ReadonlySet<string>): boolean {
  if (text === '') return false;
  for (const value of values) if (text.includes(value)) return true;
  return false;
}

/** A cell's text without the apostrophe that marks text (snapshots keep it). */
function plainText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell).trim();
  return text.startsWith("'") ? text.slice(1).trim() : text;
}

/** Ids compare as typed by people: spaces and case aside (`c-0001 ` is `C-0001`). */
function sameId(cell: SheetCell | undefined): string {
  return plainText(cell).toUpperCase();
}
