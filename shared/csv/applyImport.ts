import { allocateIds } from '../ids/ids';
import { cellText, type Register, type Row } from '../register/register';
import { DATA_TAB_KEYS, type DataTabKey } from '../schema/tabs';
import type { ImportPlan, PlannedRow } from './importPlanTypes';

/** What applying an import did. */
export interface AppliedImport {
  /** The register with the new rows appended and counters advanced (the input is not changed). */
  register: Register;
  /** Each added row with its new id and the file line it came from. */
  added: { tab: DataTabKey; id: string; line: number }[];
  /** The new rows per tab, in the order they are appended. */
  newRows: Record<DataTabKey, Row[]>;
  /** Ids of existing rows the file's lines were matched to (and not added again). */
  matched: string[];
  /** Existing rows the file updated, as they now read, with the line that updated each. */
  updated: { tab: DataTabKey; id: string; line: number; row: Row }[];
}

/** A copy of a planned row whose placeholders of planned partners (`#new:12`) are their new ids. */
function withPartnerIds(planned: Row, idOfRef: ReadonlyMap<string, string>): Row {
  const row: Row = { ...planned };
  for (const key of REFERENCE_KEYS) {
    const value = row[key];
    if (typeof value === 'string' && value.includes('#')) {
      row[key] = value
        .split(',')
        .map((item) => idOfRef.get(item) ?? item)
        .join(',');
    }
  }
  return row;
}

/** An existing row with a line's filled cells put over its own (its id and creation kept). */
function updatedRow(existing: Row, from: Row): Row {
  const row: Row = { ...existing };
  for (const [key, cell] of Object.entries(from)) {
    if (key === 'id' || key === 'created_at' || cell === null || cell === undefined || cell === '') continue;
    row[key] = cell;
  }
  return row;
}

/** Columns that may name a planned partner by its placeholder (`#new:12`). */
const REFERENCE_KEYS = ['partner_id', 'partner_ids'] as const;

/**
 * Adds a plan's accepted and related rows to the register: ids given in the file are kept (the
 * plan only keeps free ones), the rest are allocated after the tab's counter (never reused),
 * and placeholders of planned partners become their new ids. Pure.
 */
export function applyImport(register: Register, plan: ImportPlan): AppliedImport {
  // Each tab's planned rows, in file order; grouped in one pass rather than filtered once per tab.
  const plannedByTab = new Map<DataTabKey, PlannedRow[]>();
  for (const planned of [plan.accepted, plan.related]) {
    for (const entry of planned) {
      const rows = plannedByTab.get(entry.tab);
      if (rows) rows.push(entry);
      else plannedByTab.set(entry.tab, [entry]);
    }
  }
  // Placeholders are looked up only by other tabs' rows and by updates: a partner list alone
  // would fill a map of 40,000 placeholders nobody reads.
  const referenced = plan.updates.length > 0 || [...plannedByTab.keys()].some((tab) => tab !== 'partners');
  const tables = { ...register.tables };
  const counters = { ...register.counters };
  const newRows = Object.fromEntries(DATA_TAB_KEYS.map((key) => [key, [] as Row[]])) as Record<
    DataTabKey,
    Row[]
  >;
  const added: AppliedImport['added'] = [];
  const idOfRef = new Map<string, string>();
  // Partners first: the other tabs' planned rows point at them.
  for (const tab of DATA_TAB_KEYS) {
    const rows = plannedByTab.get(tab);
    if (!rows) continue;
    rows.sort((a, b) => a.line - b.line);
    const copies = rows.map((entry) => withPartnerIds(entry.row, idOfRef));
    const kept = copies.filter((row) => cellText(row.id) !== '');
    const { ids, counter } = allocateIds(
      tab,
      counters[tab],
      [...tables[tab], ...kept],
      copies.length - kept.length,
    );
    let next = 0;
    copies.forEach((row, i) => {
      if (cellText(row.id) === '') row.id = ids[next++];
      const ref = rows[i].ref;
      if (ref && referenced) idOfRef.set(ref, row.id as string);
      added.push({ tab, id: row.id as string, line: rows[i].line });
    });
    counters[tab] = counter;
    tables[tab] = [...tables[tab], ...copies];
    newRows[tab] = copies;
  }
  const updated: AppliedImport['updated'] = [];
  for (const update of plan.updates) {
    const rows = tables[update.tab];
    const at = rows.findIndex((row) => cellText(row.id) === update.id);
    if (at < 0) continue;
    const row = updatedRow(rows[at], withPartnerIds(update.row, idOfRef));
    tables[update.tab] = [...rows.slice(0, at), row, ...rows.slice(at + 1)];
    updated.push({ tab: update.tab, id: update.id, line: update.line, row });
  }
  return {
    register: { ...register, tables, counters },
    added,
    newRows,
    matched: [...new Set(plan.matched.filter((entry) => entry.decision !== 'add').map((entry) => entry.id))],
    updated,
  };
}
