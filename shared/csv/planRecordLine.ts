import type { Reason } from '../i18n/reason';
import { listCellItems } from '../normalise/cell';
import { normaliseReference } from '../normalise/reference';
import { normaliseRow } from '../normalise/row';
import type { ColumnDef } from '../schema/columns';
import { tabDef } from '../schema/tabs';
import type { TabRecord } from '../table/readTab';
import { csvReason, matchedLine, rowReason, withColumn } from './importReasons';
import { contentKey, decide, earlierLine, type ImportState, keepIdIfFree } from './importState';
import type { LineOutcome } from './lineOutcome';
import { resolvePartner } from './resolvePartner';

function isReference(column: ColumnDef): boolean {
  return column.type === 'partner_ref' || column.type === 'partner_refs' || column.type === 'activity_ref';
}

/** A reference cell's ids (partners given by name resolved), or its problems. */
function resolveReferences(
  state: ImportState,
  column: ColumnDef,
  value: string,
  reasons: Reason[],
): string | null {
  const { tab } = state;
  if (column.type === 'activity_ref') {
    const id = normaliseReference('activities', value);
    if (!id.ok) reasons.push(withColumn(tab, column.key, id.reason));
    else if (!state.register.ids.activities.has(id.value))
      reasons.push(withColumn(tab, column.key, csvReason('import.activity_unknown', { value: id.value })));
    else return id.value;
    return null;
  }
  const items = column.type === 'partner_refs' ? listCellItems(column, value) : [value];
  const ids: string[] = [];
  for (const item of items) {
    const partner = resolvePartner(state, { text: item.trim() });
    if ('problem' in partner) reasons.push(withColumn(tab, column.key, partner.problem));
    else if (!ids.includes(partner.id)) ids.push(partner.id);
  }
  return ids.length > 0 ? ids.join(',') : null;
}

/**
 * A line of activities, agreements, resources, indicators or reflections: references checked
 * (partners given by name resolved), then refused, a repeat, the same as a record already in
 * the register (skipped or added again as the person decides), or a new record.
 */
export function planRecordLine(state: ImportState, record: TabRecord): LineOutcome {
  const { tab } = state;
  const { line } = record;
  const reasons: Reason[] = [];
  const resolved: Record<string, string | null> = {};
  const raw: Record<string, unknown> = { ...record.raw };
  for (const column of tabDef(tab).columns) {
    if (!isReference(column)) continue;
    const value = raw[column.key];
    raw[column.key] = null;
    if (value === null || value === undefined || String(value).trim() === '') continue;
    resolved[column.key] = resolveReferences(state, column, String(value), reasons);
  }
  const { row, problems } = normaliseRow(tab, raw, state.memo);
  for (const problem of problems) reasons.push(problem.reason);
  if (reasons.length > 0) return { line, rejected: rowReason(reasons) };
  Object.assign(row, resolved);
  const content = contentKey(tab, row);
  const repeats = earlierLine(state, line, content);
  if (repeats !== undefined) return { line, repeats };
  const existing = state.register.content.get(content);
  let matched: LineOutcome['matched'];
  if (existing !== undefined) {
    // The same content: nothing to update, only to add again or not.
    const decision = decide(state, line, 'skip', ['skip', 'add']);
    const why = csvReason('import.same_row', { id: existing });
    matched = matchedLine(line, existing, why, 'content', decision, ['skip', 'add']);
    if (decision === 'skip') return { line, matched };
  }
  keepIdIfFree(state, row);
  return { line, matched, accepted: { line, tab, row } };
}
