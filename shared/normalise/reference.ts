import { formatId } from '../ids/ids';
import { ok, type Result } from '../result';
import type { DataTabKey } from '../schema/tabs';
import { refuse } from './refusal';

const REFERENCE_KINDS = {
  partners: { prefix: 'P', what: { th: 'ภาคีเครือข่าย', en: 'partner' } },
  activities: { prefix: 'A', what: { th: 'กิจกรรม', en: 'activity' } },
} as const satisfies Partial<Record<DataTabKey, unknown>>;

/** A tab whose rows other rows point at by id. */
export type ReferencedTab = keyof typeof REFERENCE_KINDS;

/**
 * The id a reference cell points at, written the register's way: `p-1` and `P-0001` both give
 * `P-0001`. Anything else, a name included, is refused with `ref.not_id`; callers resolve
 * names to ids themselves.
 */
export function normaliseReference(tab: ReferencedTab, raw: string): Result<string> {
  const { prefix, what } = REFERENCE_KINDS[tab];
  const match = /^([a-z])\s*-?\s*0*(\d{1,9})$/i.exec(String(raw ?? '').trim());
  if (!match || match[1].toUpperCase() !== prefix || Number(match[2]) === 0) {
    return refuse('ref.not_id', raw, { what, example: formatId(tab, 1) });
  }
  return ok(formatId(tab, Number(match[2])));
}
