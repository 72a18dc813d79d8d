import { reason } from '../../../shared/i18n/reason';
import { type RoleFigureKey, roleFigureKey, type SchoolFigures } from '../../../shared/rollup/figures';
import type { SchoolResult } from '../../../shared/rollup/schoolResult';
import { ENUMS } from '../../../shared/schema/enums';

/** School `index` as the roll-up read it: middling figures overridden by `figures`, or unreadable when null. */
export function school(index: number, figures: Partial<SchoolFigures> | null): SchoolResult {
  const base: SchoolFigures = {
    partners: 10,
    active_share: 0.5,
    sector_diversity: 0.5,
    resource_dependency: 0.5,
    strategy_coverage: 3,
    stale_share: 0.5,
    expiring_agreements: 0,
    indicator_achievement: 0.5,
    roles_exercised: 3,
    ...(Object.fromEntries(ENUMS.admin_role.map((role) => [roleFigureKey(role.key), 1])) as Record<
      RoleFigureKey,
      number
    >),
    last_update: '2026-01-01',
  };
  return {
    index,
    name: `โรงเรียน ${index}`,
    ref: `ref-${index}`,
    key: `key-${index}`,
    status: figures ? 'ok' : 'unreadable',
    reason: reason('x', { th: 'x', en: 'x' }),
    figures: figures ? ({ ...base, ...figures } as SchoolFigures) : null,
    readAt: '2026-03-31T00:00:00Z',
    modifiedAt: null,
  };
}
