import { computeMetrics } from '../metrics/compute';
import type { Register } from '../register/register';
import { ENUMS } from '../schema/enums';
import type { Settings } from '../settings/settings';
import { roleFigureKey } from './figures';
import type { NetworkFiguresOf } from './schoolFigures';

/**
 * A school's district figures, taken from the metrics module's `computeMetrics` — the one
 * definition of each metric the Summary and the formulas also use — at the district's as-of date.
 */
export const networkFigures: NetworkFiguresOf = (
  register: Register,
  settings: Settings & { as_of: string },
) => {
  const { network } = computeMetrics(register, settings, settings.as_of);
  const live = network.partners_live;
  return {
    partners: live,
    // Active is a status; its share is over partners not ended, like every rate.
    active_share: live === 0 ? null : (network.by_status.active ?? 0) / live,
    sector_diversity: network.sector_diversity,
    resource_dependency: network.resource_dependency,
    strategy_coverage: network.strategies_covered,
    stale_share: network.stale_share,
    expiring_agreements: network.agreements_expiring,
    indicator_achievement: network.indicator_achievement,
    roles_exercised: network.roles_exercised,
    ...Object.fromEntries(
      ENUMS.admin_role.map((role) => [roleFigureKey(role.key), network.role_activities[role.key]]),
    ),
  } as ReturnType<NetworkFiguresOf>;
};
