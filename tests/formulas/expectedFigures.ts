import type { Language } from '../../shared/i18n/language';
import type { MetricsResult, PartnerMetrics } from '../../shared/metrics/compute';
import { serialOf } from '../../shared/metrics/dates';
import { listLabel } from '../../shared/metrics/listsArea';

/** What a Summary cell must show, by its key, given `compute`'s result; undefined for cells that are not figures. */
export function expectedSummaryCell(key: string, metrics: MetricsResult): unknown {
  const net = metrics.network as unknown as Record<string, unknown>;
  const [head, ...rest] = key.split('.');
  if (head === 'as_of' || head === 'only_outputs_warning' || head === 'strategy_gap') return undefined;
  if (head === 'most_connected')
    return metrics.network.most_connected.map((e) => `${e.id} (${e.links})`).join(', ');
  if (head === 'isolated') return metrics.network.isolated.join(', ');
  if (head === 'last_reflection') return serialOf(metrics.network.last_reflection) ?? '';
  if (head === 'by_sector' || head === 'by_status')
    return (net[head] as Record<string, number>)[rest[0]] ?? 0;
  if (head === 'by_sector_type') return metrics.network.by_sector_type[rest[0]]?.[rest[1]] ?? 0;
  if (head === 'indicators_by_level') {
    const value = metrics.network.indicators_by_level[rest[0]][rest[1] as 'met'];
    return value ?? '';
  }
  let value: unknown = net[head];
  for (const part of rest) value = (value as Record<string, unknown>)[part];
  return value ?? '';
}

/** A per-partner cell as the sheet shows it: dates as serials, states as labels, blanks as ''. */
export function expectedPartnerCell(key: string, partner: PartnerMetrics, language: Language): unknown {
  const value = partner[key as keyof PartnerMetrics];
  if (key === 'last_contact') return serialOf(value) ?? '';
  if (key === 'relationship_state') return listLabel('relationship_state', value as string, language);
  return value ?? '';
}

/** Engine values and computed values are equal: numbers to 1e-9, empty cells as ''. */
export function sameFigure(actual: unknown, expected: unknown): boolean {
  const a = actual === null ? '' : actual;
  if (typeof expected === 'number' && typeof a === 'number')
    return Math.abs(a - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return a === expected;
}
