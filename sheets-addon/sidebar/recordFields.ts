import type { ColumnDef } from '../../shared/schema/columns';
import { type DataTabKey, tabDef } from '../../shared/schema/tabs';
import type { RecordKind } from '../core/contract';

/** The tab each kind of record goes to. */
export const TAB_OF_KIND: Record<RecordKind, DataTabKey> = {
  partner: 'partners',
  contact: 'contacts',
  activity: 'activities',
};

/**
 * The columns the sidebar's forms ask for, in order: what a person knows when adding by hand.
 * Ids, timestamps and source pages are filled by the register or the extension.
 */
const FORM_COLUMN_KEYS: Record<RecordKind, readonly string[]> = {
  partner: [
    'name',
    'sector',
    'network_type',
    'status',
    'website',
    'email',
    'phone',
    'line_id',
    'province',
    'notes',
  ],
  contact: ['partner_id', 'name', 'role', 'email', 'phone', 'line_id', 'preferred_channel', 'notes'],
  activity: [
    'date',
    'title',
    'type',
    'partner_ids',
    'strategy',
    'participation_stage',
    'admin_roles',
    'participants',
    'outputs',
    'outcomes',
    'owner',
  ],
};

/** The schema's column definitions for a form, so labels, types and choices come from one place. */
export function formColumns(kind: RecordKind): ColumnDef[] {
  const def = tabDef(TAB_OF_KIND[kind]);
  return FORM_COLUMN_KEYS[kind]
    .map((key) => def.columns.find((column) => column.key === key))
    .filter((column): column is ColumnDef => column !== undefined);
}

/** Columns whose values tell whether a new partner is already in the register. */
export const DUPLICATE_KEYS: readonly string[] = ['name', 'website', 'email', 'phone'];
