import { NETWORK_METRICS } from '../metrics/definitions';
import type { FigureKind } from '../metrics/figureFormats';

/**
 * What a Summary cell holds, by its key (`cells` of the Summary): the headline figure's own kind,
 * the as-of date, counts in the tables except the achievement shares, text for warnings and gaps.
 */
export function summaryCellKind(key: string): FigureKind {
  const [head, ...rest] = key.split('.');
  if (head === 'as_of') return 'date';
  if (head === 'only_outputs_warning' || head === 'strategy_gap' || head === 'role_gap') return 'text';
  if (head === 'indicators_by_level' && rest[1] === 'achievement') return 'share';
  const metric = NETWORK_METRICS.find((m) => m.key === head);
  if (metric && metric.format !== 'table') return metric.format;
  return 'count';
}
