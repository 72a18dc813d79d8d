import type { Bilingual, Language } from '../i18n/language';
import { ENUMS, type EnumName, type EnumValue } from '../schema/enums';
import { quotedSheet, type SheetLayout } from './layout';
import type { Grid } from './settingsArea';

/** Relationship states the per-partner formulas write; not typed by people, so not a schema enum. */
export const RELATIONSHIP_STATES: readonly (Bilingual & { key: RelationshipState })[] = [
  { key: 'fresh', en: 'Fresh', th: 'ใกล้ชิด' },
  { key: 'cooling', en: 'Cooling', th: 'เริ่มห่าง' },
  { key: 'stale', en: 'Stale', th: 'ห่างหาย' },
  { key: 'never', en: 'Never contacted', th: 'ยังไม่เคยติดต่อ' },
];

export type RelationshipState = 'fresh' | 'cooling' | 'stale' | 'never';

/** A list the Lists sheet holds: every schema enum, then the relationship states. */
export type ListName = EnumName | 'relationship_state';

function listValues(name: ListName): readonly (Bilingual & { key: string })[] {
  return name === 'relationship_state' ? RELATIONSHIP_STATES : (ENUMS[name] as readonly EnumValue[]);
}

const LIST_NAMES: readonly ListName[] = [...(Object.keys(ENUMS) as EnumName[]), 'relationship_state'];

/** Row (1-based) of each list's first value; the header is row 1. */
const FIRST_ROW: ReadonlyMap<ListName, number> = (() => {
  const rows = new Map<ListName, number>();
  let next = 2;
  for (const name of LIST_NAMES) {
    rows.set(name, next);
    next += listValues(name).length;
  }
  return rows;
})();

/**
 * The hidden Lists sheet: list | key | th | en | label. Column E holds the label in the
 * register's language; dropdowns and formulas read it, so a language switch rewrites this
 * sheet and the enum cells, never a formula.
 */
export function listsGrid(language: Language): Grid {
  const rows: Grid = [['list', 'key', 'th', 'en', language === 'th' ? 'ป้ายที่ใช้' : 'label']];
  for (const name of LIST_NAMES) {
    for (const value of listValues(name)) rows.push([name, value.key, value.th, value.en, value[language]]);
  }
  return rows;
}

/** The cell holding the current-language label of a list value, e.g. `'Lists'!$E$5`. */
export function labelRef(layout: SheetLayout, name: ListName, key: string): string {
  const index = listValues(name).findIndex((value) => value.key === key);
  if (index < 0) throw new Error(`unknown ${name} value ${key}`);
  return `${quotedSheet(layout.listsSheet)}!$E$${(FIRST_ROW.get(name) as number) + index}`;
}

/** The range of a list's current-language labels, for dropdowns and MATCH. */
export function labelsRange(layout: SheetLayout, name: ListName): string {
  const first = FIRST_ROW.get(name) as number;
  return `${quotedSheet(layout.listsSheet)}!$E$${first}:$E$${first + listValues(name).length - 1}`;
}

/** Label in a language of a list value (the key itself if unknown). */
export function listLabel(name: ListName, key: string, language: Language): string {
  return listValues(name).find((value) => value.key === key)?.[language] ?? key;
}
