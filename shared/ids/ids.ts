import type { Row } from '../register/register';
import { type DataTabKey, tabDef } from '../schema/tabs';

const ID_DIGITS = 4;

/** `P-0001` for the first partner; numbers past 9999 simply grow (`P-10000`). */
export function formatId(tab: DataTabKey, n: number): string {
  return `${tabDef(tab).idPrefix}-${String(n).padStart(ID_DIGITS, '0')}`;
}

/** The number of an id of this tab (`P-0012` → 12), or undefined when it is not one. */
export function idNumber(tab: DataTabKey, id: unknown): number | undefined {
  if (typeof id !== 'string') return undefined;
  const match = /^([A-Z])-(\d+)$/.exec(id.trim().toUpperCase());
  if (!match || match[1] !== tabDef(tab).idPrefix) return undefined;
  return Number(match[2]);
}

/**
 * Issues `count` new ids after both the stored counter and any id already present, so an
 * id is never reused — not after a deletion, nor when a person typed an id by hand.
 */
export function allocateIds(
  tab: DataTabKey,
  counter: number,
  existing: readonly Row[],
  count: number,
): { ids: string[]; counter: number } {
  let highest = counter;
  for (const row of existing) highest = Math.max(highest, idNumber(tab, row.id) ?? 0);
  const ids = Array.from({ length: count }, (_, i) => formatId(tab, highest + 1 + i));
  return { ids, counter: highest + count };
}
