import type { Language } from '../../shared/i18n/language';
import type { PartnerMetrics } from '../../shared/metrics/compute';
import { serialOf } from '../../shared/metrics/dates';
import { listLabel } from '../../shared/metrics/listsArea';
import { summaryValue } from '../../shared/summary/summaryValues';

/** What a Summary cell must show, by its key, given `compute`'s result. */
export const expectedSummaryCell = summaryValue;

/** A per-partner cell as the sheet shows it: dates as serials, states as labels, blanks as ''. */
export function expectedPartnerCell(key: string, partner: PartnerMetrics, language: Language): unknown {
  const value = partner[key as keyof PartnerMetrics];
  if (key === 'last_contact') return serialOf(value) ?? '';
  if (key === 'relationship_state') return listLabel('relationship_state', value as string, language);
  return value ?? '';
}

/** Engine values and computed values are equal: numbers to 10 significant digits (HyperFormula rounds results there), empty cells as ''. */
export function sameFigure(actual: unknown, expected: unknown): boolean {
  const a = actual === null ? '' : actual;
  if (typeof expected === 'number' && typeof a === 'number')
    return Math.abs(a - expected) <= 1e-8 * Math.max(1, Math.abs(expected));
  return a === expected;
}
