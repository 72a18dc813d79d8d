import { mapHeaders } from '../schema/columnLookup';
import { foldLabel } from '../schema/headerText';
import { DATA_TABS, type DataTabKey } from '../schema/tabs';

/**
 * The tabs the roll-up reads, and the columns it keeps from each. Contacts and reflections
 * are never read: the district gets aggregate figures only, never a person (PDPA), and
 * partner names are dropped too, since an `expert` partner is an individual.
 */
export const ROLLUP_COLUMNS = {
  partners: ['id', 'sector', 'network_type', 'status', 'created_at', 'updated_at'],
  activities: [
    'id',
    'date',
    'type',
    'partner_ids',
    'strategy',
    'participation_stage',
    'admin_roles',
    'participants',
  ],
  agreements: ['id', 'partner_id', 'kind', 'signed', 'expires', 'status'],
  resources: ['id', 'date', 'partner_id', 'type', 'value', 'activity_id'],
  indicators: ['id', 'strategy', 'level', 'direction', 'target', 'actual', 'achievement'],
} as const satisfies Partial<Record<DataTabKey, readonly string[]>>;

/** A tab the roll-up reads. */
export type RollupTabKey = keyof typeof ROLLUP_COLUMNS;

export const ROLLUP_TABS = Object.keys(ROLLUP_COLUMNS) as RollupTabKey[];

/** Columns without which a tab's figures mean nothing: their absence marks an older register. */
export const REQUIRED_COLUMNS: Record<RollupTabKey, readonly string[]> = {
  partners: ['id', 'status'],
  activities: ['date', 'partner_ids'],
  agreements: ['expires'],
  resources: ['partner_id', 'value'],
  indicators: ['target', 'actual'],
};

const titleLookup = new Map<string, DataTabKey>();
for (const tab of DATA_TABS) {
  for (const name of [tab.key, tab.label.th, tab.label.en, ...(tab.aliases ?? [])]) {
    const folded = foldLabel(name);
    if (!titleLookup.has(folded)) titleLookup.set(folded, tab.key);
  }
}

/** The data tab a sheet's title names (key, Thai or English label, or alias), if any. */
export function tabForTitle(title: string): DataTabKey | undefined {
  return titleLookup.get(foldLabel(title));
}

/**
 * Which of a spreadsheet's sheet titles the roll-up reads, one per tab (the first title that
 * names it wins, so a copy such as "Partners (old)" never shadows the real tab).
 */
export function titlesToRead(titles: readonly string[]): Partial<Record<RollupTabKey, string>> {
  const chosen: Partial<Record<RollupTabKey, string>> = {};
  for (const title of titles) {
    const key = tabForTitle(title);
    if (key && key in ROLLUP_COLUMNS && !(key in chosen)) chosen[key as RollupTabKey] = title;
  }
  return chosen;
}

/**
 * The positions (0-based, in header order) of the columns the roll-up keeps from a tab with this
 * header row: what a reader asks for, so names, phones and emails never leave the school's file.
 */
export function columnsToRead(tab: RollupTabKey, headers: readonly string[]): number[] {
  const { indexOf } = mapHeaders(tab, headers);
  return ROLLUP_COLUMNS[tab]
    .map((key) => indexOf[key])
    .filter((index): index is number => index !== undefined)
    .sort((a, b) => a - b);
}
