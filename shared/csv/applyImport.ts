import { allocateIds } from '../ids/ids';
import { cellText, type Register, type Row } from '../register/register';
import { DATA_TAB_KEYS, type DataTabKey } from '../schema/tabs';
import type { ImportPlan, PlannedRow } from './importPlan';

/** What applying an import did. */
export interface AppliedImport {
  /** The register with the new rows appended and counters advanced (the input is not changed). */
  register: Register;
  /** Each added row with its new id and the file line it came from. */
  added: { tab: DataTabKey; id: string; line: number }[];
  /** The new rows per tab, in the order they are appended. */
  newRows: Record<DataTabKey, Row[]>;
  /** Ids of existing rows the file's lines were matched to. */
  matched: string[];
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
  for (const entry of [...plan.accepted, ...plan.related]) {
    const rows = plannedByTab.get(entry.tab);
    if (rows) rows.push(entry);
    else plannedByTab.set(entry.tab, [entry]);
  }
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
    const copies = rows.map((entry) => {
      const row: Row = { ...entry.row };
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
    });
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
      if (ref) idOfRef.set(ref, row.id as string);
      added.push({ tab, id: row.id as string, line: rows[i].line });
    });
    counters[tab] = counter;
    tables[tab] = [...tables[tab], ...copies];
    newRows[tab] = copies;
  }
  return {
    register: { ...register, tables, counters },
    added,
    newRows,
    matched: [...new Set(plan.matched.map((entry) => entry.id))],
  };
}
