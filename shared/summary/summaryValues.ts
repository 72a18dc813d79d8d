import type { Language } from '../i18n/language';
import type { MetricsResult } from '../metrics/compute';
import { serialOf } from '../metrics/dates';
import { networkMetric } from '../metrics/definitions';
import { isolatedText, mostConnectedText } from './partnerLists';
import { SUMMARY_TEXT } from './summaryText';

/**
 * The value a Summary cell shows, by its key, from `compute`'s result: cached results of the
 * .xlsx export, and what tests expect of the formulas. Dates are spreadsheet serials, missing
 * figures ''. The as-of echo, the outputs-only warning and the gap flags are in the register's
 * language.
 */
export function summaryValue(
  key: string,
  metrics: MetricsResult,
  language: Language,
): string | number | boolean {
  const net = metrics.network as unknown as Record<string, unknown>;
  const [head, ...rest] = key.split('.');
  if (head === 'as_of') return serialOf(metrics.as_of) ?? '';
  if (head === 'only_outputs_warning')
    return metrics.network.only_outputs_measured
      ? networkMetric('only_outputs_measured').explanation[language]
      : '';
  if (head === 'strategy_gap')
    return metrics.network.strategy_activities[rest[0]] === 0 ? SUMMARY_TEXT.gapFlag[language] : '';
  if (head === 'role_gap')
    return metrics.network.role_activities[rest[0]] === 0 ? SUMMARY_TEXT.roleGapFlag[language] : '';
  if (head === 'most_connected') return mostConnectedText(metrics.network);
  if (head === 'isolated') return isolatedText(metrics.network);
  if (head === 'last_reflection') return serialOf(metrics.network.last_reflection) ?? '';
  if (head === 'by_sector' || head === 'by_status')
    return (net[head] as Record<string, number>)[rest[0]] ?? 0;
  if (head === 'by_sector_type') return metrics.network.by_sector_type[rest[0]]?.[rest[1]] ?? 0;
  let value: unknown = net[head];
  for (const part of rest) value = (value as Record<string, unknown> | undefined)?.[part];
  return (value ?? '') as string | number | boolean;
}
