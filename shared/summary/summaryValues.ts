import type { MetricsResult } from '../metrics/compute';
import { serialOf } from '../metrics/dates';

/**
 * The value a Summary cell shows, by its key, from `compute`'s result: cached results of the
 * .xlsx export, and what tests expect of the formulas. Dates are spreadsheet serials, missing
 * figures ''. Undefined for cells that are not figures (the as-of echo, warnings, gap flags).
 */
export function summaryValue(key: string, metrics: MetricsResult): string | number | boolean | undefined {
  const net = metrics.network as unknown as Record<string, unknown>;
  const [head, ...rest] = key.split('.');
  if (head === 'as_of' || head === 'only_outputs_warning' || head === 'strategy_gap' || head === 'role_gap')
    return undefined;
  if (head === 'most_connected')
    return metrics.network.most_connected.map((e) => `${e.id} (${e.links})`).join(', ');
  if (head === 'isolated') return metrics.network.isolated.join(', ');
  if (head === 'last_reflection') return serialOf(metrics.network.last_reflection) ?? '';
  if (head === 'by_sector' || head === 'by_status')
    return (net[head] as Record<string, number>)[rest[0]] ?? 0;
  if (head === 'by_sector_type') return metrics.network.by_sector_type[rest[0]]?.[rest[1]] ?? 0;
  let value: unknown = net[head];
  for (const part of rest) value = (value as Record<string, unknown> | undefined)?.[part];
  return (value ?? '') as string | number | boolean;
}
