import { cellText, listItems, type Register } from '../register/register';
import type { Settings } from '../settings/settings';
import type { NetworkFiguresOf } from './schoolFigures';

const DAY_MS = 86_400_000;

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The district figures computed directly from DESIGN's definitions. Interim: it stands in until
 * the metrics module's `compute` lands, then `networkFigures` maps that instead (one definition
 * of each metric); the roll-up only ever sees the `NetworkFiguresOf` shape.
 */
export const interimNetworkFigures: NetworkFiguresOf = (
  register: Register,
  settings: Settings & { as_of: string },
) => {
  const asOf = settings.as_of;
  const live = register.tables.partners.filter(
    (p) => cellText(p.status) !== 'ended' && cellText(p.id) !== '',
  );

  const sectors = new Map<string, number>();
  for (const p of live)
    sectors.set(cellText(p.sector) || 'other', (sectors.get(cellText(p.sector) || 'other') ?? 0) + 1);
  let sumSquares = 0;
  for (const count of sectors.values()) sumSquares += (count / live.length) ** 2;

  const bySource = new Map<string, number>();
  let totalValue = 0;
  for (const r of register.tables.resources) {
    const value = typeof r.value === 'number' ? r.value : 0;
    totalValue += value;
    const source = cellText(r.partner_id);
    bySource.set(source, (bySource.get(source) ?? 0) + value);
  }

  const strategies = new Set<string>();
  const lastContact = new Map<string, string>();
  for (const a of register.tables.activities) {
    const date = cellText(a.date);
    if (date === '' || date > asOf) continue;
    const age = days(date, asOf);
    if (age < 365 && cellText(a.strategy) !== '') strategies.add(cellText(a.strategy));
    for (const id of listItems(a.partner_ids)) {
      if ((lastContact.get(id) ?? '') < date) lastContact.set(id, date);
    }
  }
  const stale = live.filter((p) => {
    const last = lastContact.get(cellText(p.id));
    return last === undefined || days(last, asOf) > settings.stale_days;
  }).length;

  const expiring = register.tables.agreements.filter((m) => {
    const expires = cellText(m.expires);
    const status = cellText(m.status);
    return (
      expires !== '' &&
      status !== 'terminated' &&
      expires >= asOf &&
      days(asOf, expires) <= settings.expiring_days
    );
  }).length;

  const achievements: number[] = [];
  for (const i of register.tables.indicators) {
    if (typeof i.target !== 'number' || typeof i.actual !== 'number' || i.target === 0) continue;
    achievements.push(
      cellText(i.direction) === 'lower' ? (i.actual === 0 ? 1 : i.target / i.actual) : i.actual / i.target,
    );
  }

  return {
    partners: live.length,
    active_share: share(live.filter((p) => cellText(p.status) === 'active').length, live.length),
    sector_diversity: live.length === 0 ? null : 1 - sumSquares,
    resource_dependency: totalValue === 0 ? null : Math.max(...bySource.values()) / totalValue,
    strategy_coverage: strategies.size,
    stale_share: share(stale, live.length),
    expiring_agreements: expiring,
    indicator_achievement:
      achievements.length === 0 ? null : achievements.reduce((a, b) => a + b, 0) / achievements.length,
  };
};
