import type { ColumnDef } from './columns';
import { foldLabel } from './headerText';
import { type DataTabKey, tabDef } from './tabs';

const lookupCache = new Map<DataTabKey, Map<string, ColumnDef>>();

function lookupFor(tab: DataTabKey): Map<string, ColumnDef> {
  const cached = lookupCache.get(tab);
  if (cached) return cached;
  const map = new Map<string, ColumnDef>();
  const columns = tabDef(tab).columns;
  // Keys win over labels, labels over aliases, so an alias can never hijack a column.
  const layers: ((col: ColumnDef) => readonly string[])[] = [
    (col) => [col.key],
    (col) => [col.label.th, col.label.en],
    (col) => col.aliases ?? [],
  ];
  for (const names of layers) {
    for (const col of columns) {
      for (const name of names(col)) {
        const folded = foldLabel(name);
        if (!map.has(folded)) map.set(folded, col);
      }
    }
  }
  lookupCache.set(tab, map);
  return map;
}

/** The column a header names (by key, Thai or English label, or a known alias), if any. */
export function columnForHeader(tab: DataTabKey, header: string): ColumnDef | undefined {
  return lookupFor(tab).get(foldLabel(header));
}

/** How a header row maps to columns: the index of each column key, and the headers not understood. */
export interface HeaderMapping {
  /** Column key → index in the header row (the first such header wins). */
  indexOf: Record<string, number>;
  /** Headers (with their index) that name no column of the tab. */
  unknown: { index: number; header: string }[];
  /** Headers that name a column already named by an earlier header. */
  repeated: { index: number; header: string; key: string }[];
}

export function mapHeaders(tab: DataTabKey, headers: readonly string[]): HeaderMapping {
  const mapping: HeaderMapping = { indexOf: {}, unknown: [], repeated: [] };
  headers.forEach((header, index) => {
    if (foldLabel(header) === '') return;
    const col = columnForHeader(tab, header);
    if (!col) mapping.unknown.push({ index, header });
    else if (col.key in mapping.indexOf) mapping.repeated.push({ index, header, key: col.key });
    else mapping.indexOf[col.key] = index;
  });
  return mapping;
}
