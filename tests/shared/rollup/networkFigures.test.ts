import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute';
import { normaliseRow } from '../../../shared/normalise/row';
import { emptyCounters, emptyTables, type Register } from '../../../shared/register/register';
import { networkFigures } from '../../../shared/rollup/networkFigures';
import { schoolRegister } from '../../../shared/rollup/schoolRegister';
import { mapHeaders } from '../../../shared/schema/columnLookup';
import { DATA_TABS } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { syntheticRegister } from './syntheticRegister';

const settings = { ...DEFAULT_SETTINGS, as_of: '2026-03-31' };

/** The whole register, every column of every tab, as the add-on itself reads it. */
function fullRegister(grids: ReturnType<typeof syntheticRegister>): Register {
  const tables = emptyTables();
  for (const tab of DATA_TABS) {
    const [header, ...rows] = grids[tab.label.th];
    const { indexOf } = mapHeaders(tab.key, header.map(String));
    tables[tab.key] = rows.map(
      (cells) =>
        normaliseRow(tab.key, Object.fromEntries(Object.entries(indexOf).map(([key, c]) => [key, cells[c]])))
          .row,
    );
  }
  return { language: 'th', tables, counters: emptyCounters(), settings };
}

describe('a school’s district figures', () => {
  it('are the metrics module’s figures, even though the roll-up reads only the columns they need', () => {
    for (const seed of [1, 2, 3]) {
      const grids = syntheticRegister({
        seed,
        partners: 60,
        activities: 300,
        language: 'th',
        asOf: settings.as_of,
      });
      const reduced = schoolRegister({ tabs: grids }, settings);
      if (!reduced.ok) throw new Error(reduced.reason.message.en);
      const full = computeMetrics(fullRegister(grids), settings, settings.as_of).network;
      const figures = networkFigures(reduced.value.register, settings);
      expect(figures).toEqual({
        partners: full.partners_live,
        active_share: (full.by_status.active ?? 0) / full.partners_live,
        sector_diversity: full.sector_diversity,
        resource_dependency: full.resource_dependency,
        strategy_coverage: full.strategies_covered,
        stale_share: full.stale_share,
        expiring_agreements: full.agreements_expiring,
        indicator_achievement: full.indicator_achievement,
        roles_exercised: full.roles_exercised,
        role_initiator: full.role_activities.initiator,
        role_coordinator: full.role_activities.coordinator,
        role_facilitator: full.role_activities.facilitator,
        role_change_leader: full.role_activities.change_leader,
        role_participation_promoter: full.role_activities.participation_promoter,
        role_evaluator_learner: full.role_activities.evaluator_learner,
      });
      expect(full.roles_exercised).toBeGreaterThan(0);
    }
  });
});
