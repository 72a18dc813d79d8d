import { cellText, listItems, type Register } from '../register/register';
import { DATA_TABS, type DataTabKey } from '../schema/tabs';
import { tableReason } from './messages';
import type { TabProblem } from './readTab';

/** A problem found across the register: in a tab, on a line. */
export type RegisterProblem = TabProblem & { tab: DataTabKey };

/**
 * What no single cell shows: rows without an id, an id used twice, a partner or activity
 * reference that points at nothing. `lines` gives each row's file line (header = line 1).
 */
export function registerProblems(
  register: Register,
  lines: Record<DataTabKey, readonly number[]>,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const ids = {
    partners: new Set(register.tables.partners.map((row) => cellText(row.id))),
    activities: new Set(register.tables.activities.map((row) => cellText(row.id))),
  };
  for (const tab of DATA_TABS) {
    const firstLine = new Map<string, number>();
    register.tables[tab.key].forEach((row, index) => {
      const line = lines[tab.key][index] ?? index + 2;
      const id = cellText(row.id);
      if (id === '') problems.push({ tab: tab.key, line, column: 'id', reason: tableReason('id.missing') });
      else if (firstLine.has(id)) {
        problems.push({
          tab: tab.key,
          line,
          column: 'id',
          reason: tableReason('id.duplicate', { id, first: firstLine.get(id)! }),
        });
      } else firstLine.set(id, line);
      for (const column of tab.columns) {
        const target =
          column.type === 'partner_ref' || column.type === 'partner_refs'
            ? ids.partners
            : column.type === 'activity_ref'
              ? ids.activities
              : undefined;
        if (!target) continue;
        for (const ref of listItems(row[column.key])) {
          if (!target.has(ref)) {
            problems.push({
              tab: tab.key,
              line,
              column: column.key,
              reason: tableReason('ref.dangling', { column: column.label, id: ref }),
            });
          }
        }
      }
    });
  }
  return problems;
}
