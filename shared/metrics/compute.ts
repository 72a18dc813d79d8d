import { cellText, listItems, type Register, type Row } from '../register/register';
import { ENUMS } from '../schema/enums';
import type { Settings } from '../settings/settings';
import { dayNumber, isoOfDay, todayIso } from './dates';
import type { RelationshipState } from './listsArea';

/** "Last 12 months" is (as-of − 365 days, as-of]. */
export const YEAR_DAYS = 365;
/** Activities in 12 months that give the full frequency part of the engagement score. */
export const FULL_FREQUENCY = 12;
/** The participation ladder has five stages. */
export const STAGES = ENUMS.participation_stage.map((stage) => stage.key);
/** How many partners the "most connected" list names. */
export const MOST_CONNECTED_COUNT = 3;

/** Every per-partner figure, as the Partners formula columns show it. */
export interface PartnerMetrics {
  id: string;
  activities_all: number;
  activities_12m: number;
  /** ISO date, or null when never contacted. */
  last_contact: string | null;
  days_since_contact: number | null;
  relationship_state: RelationshipState;
  participation_depth: number;
  resources_count: number;
  resources_value: number;
  active_agreement: boolean;
  agreement_expiring: boolean;
  engagement_score: number;
}

/** Indicator figures of one level (output, outcome, impact). */
export interface LevelAchievement {
  indicators: number;
  /** With a numeric target and actual. */
  measured: number;
  /** Measured and meeting the target in its direction. */
  met: number;
  /** met ÷ measured, or null when none is measured. */
  achievement: number | null;
}

/** The network figures the Summary shows. */
export interface NetworkMetrics {
  partners_total: number;
  /** Partners whose status is not `ended`: the base of every rate. */
  partners_live: number;
  /** Status key (or '' for blank) → partners. */
  by_status: Record<string, number>;
  /** Live partners: sector key (or '') → network type key (or '') → count. */
  by_sector_type: Record<string, Record<string, number>>;
  /** Live partners per sector key ('' for blank). */
  by_sector: Record<string, number>;
  sector_diversity: number | null;
  resources_total_value: number;
  resource_dependency: number | null;
  /** Strategy key → activities in the last 12 months. */
  strategy_activities: Record<string, number>;
  strategies_covered: number;
  strategy_gaps: string[];
  /** Administrator role key → activities in the last 12 months that list it (an activity may list several). */
  role_activities: Record<string, number>;
  /** Roles with at least one activity in the last 12 months (of `ENUMS.admin_role`). */
  roles_exercised: number;
  /** Roles played in no activity of the last 12 months. */
  role_gaps: string[];
  /** participation_ladder[d] = live partners with depth d (0–5). */
  participation_ladder: number[];
  /** Live partners per relationship state. */
  relationship_states: Record<RelationshipState, number>;
  contacted_share: number | null;
  stale_share: number | null;
  agreements_active: number;
  agreements_expiring: number;
  indicators_by_level: Record<string, LevelAchievement>;
  indicator_achievement: number | null;
  only_outputs_measured: boolean;
  open_pdsa: number;
  /** Reflections dated in the last 12 months. */
  reflections_12m: number;
  last_reflection: string | null;
  last_reflection_lesson: string | null;
  co_links: number;
  network_density: number | null;
  most_connected: (NamedPartner & { links: number })[];
  isolated: NamedPartner[];
}

/** A partner in a figure's list: its id for programs, its name for people. */
export interface NamedPartner {
  id: string;
  name: string;
}

/** Both sets of figures, with the date they were computed at. */
export interface MetricsResult {
  as_of: string;
  partners: PartnerMetrics[];
  network: NetworkMetrics;
}

interface CountedActivity {
  day: number;
  partners: string[];
  stage: string;
  strategy: string;
  roles: string[];
}

const isEnded = (row: Row) => cellText(row.status) === 'ended';
const numberOf = (cell: unknown) => (typeof cell === 'number' && Number.isFinite(cell) ? cell : null);
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Every metric of the register at `settings.as_of` (today when null). Only what happened on or
 * before the as-of date counts; the formulas in the sheets follow the same definitions.
 */
export function computeMetrics(
  register: Register,
  settings: Settings,
  today: string = todayIso(),
): MetricsResult {
  const asOfIso = settings.as_of ?? today;
  const asOf = dayNumber(asOfIso) as number;
  const t = register.tables;

  const activities: CountedActivity[] = [];
  for (const a of t.activities) {
    const day = dayNumber(a.date);
    if (day === null || day > asOf) continue;
    activities.push({
      day,
      partners: listItems(a.partner_ids),
      stage: cellText(a.participation_stage),
      strategy: cellText(a.strategy),
      roles: listItems(a.admin_roles),
    });
  }
  const byPartner = new Map<string, CountedActivity[]>();
  for (const a of activities) {
    for (const id of new Set(a.partners)) {
      const list = byPartner.get(id) ?? [];
      list.push(a);
      byPartner.set(id, list);
    }
  }

  const resourcesBy = new Map<string, { count: number; value: number }>();
  let resourcesTotal = 0;
  for (const r of t.resources) {
    const day = dayNumber(r.date);
    if (day === null || day > asOf) continue;
    const value = numberOf(r.value) ?? 0;
    resourcesTotal += value;
    const id = cellText(r.partner_id);
    const entry = resourcesBy.get(id) ?? { count: 0, value: 0 };
    entry.count += 1;
    entry.value += value;
    resourcesBy.set(id, entry);
  }

  const activeAgreement = (m: Row) => {
    if (cellText(m.status) !== 'active') return false;
    const expires = dayNumber(m.expires);
    return expires === null || expires >= asOf;
  };
  const expiring = (m: Row) => {
    const expires = dayNumber(m.expires);
    return activeAgreement(m) && expires !== null && expires <= asOf + settings.expiring_days;
  };

  const w = settings.weights;
  const partners: PartnerMetrics[] = t.partners.map((p) => {
    const id = cellText(p.id);
    const mine = id === '' ? [] : (byPartner.get(id) ?? []);
    const last = mine.reduce<number | null>((max, a) => (max === null || a.day > max ? a.day : max), null);
    const days = last === null ? null : asOf - last;
    const state: RelationshipState =
      days === null
        ? 'never'
        : days <= settings.fresh_days
          ? 'fresh'
          : days > settings.stale_days
            ? 'stale'
            : 'cooling';
    const depth = new Set(mine.map((a) => a.stage).filter((stage) => STAGES.includes(stage as never))).size;
    const n12 = mine.filter((a) => a.day > asOf - YEAR_DAYS).length;
    const resources = resourcesBy.get(id) ?? { count: 0, value: 0 };
    const agreements = t.agreements.filter((m) => id !== '' && cellText(m.partner_id) === id);
    const active = agreements.some(activeAgreement);
    const recency =
      days === null
        ? 0
        : Math.max(
            0,
            Math.min(1, (settings.stale_days - days) / (settings.stale_days - settings.fresh_days)),
          );
    return {
      id,
      activities_all: mine.length,
      activities_12m: n12,
      last_contact: last === null ? null : isoOfDay(last),
      days_since_contact: days,
      relationship_state: state,
      participation_depth: depth,
      resources_count: resources.count,
      resources_value: resources.value,
      active_agreement: active,
      agreement_expiring: agreements.some(expiring),
      engagement_score:
        w.recency * recency +
        w.frequency * Math.min(1, n12 / FULL_FREQUENCY) +
        (w.depth * depth) / STAGES.length +
        w.resources * (resources.count > 0 ? 1 : 0) +
        w.agreement * (active ? 1 : 0),
    };
  });

  return {
    as_of: asOfIso,
    partners,
    network: networkMetrics(register, partners, activities, asOf, resourcesTotal, activeAgreement, expiring),
  };
}

function networkMetrics(
  register: Register,
  partners: PartnerMetrics[],
  activities: CountedActivity[],
  asOf: number,
  resourcesTotal: number,
  activeAgreement: (m: Row) => boolean,
  expiring: (m: Row) => boolean,
): NetworkMetrics {
  const t = register.tables;
  const rows = t.partners;
  const liveIndex = rows.map((p, i) => (isEnded(p) ? -1 : i)).filter((i) => i >= 0);
  const live = liveIndex.length;

  const by_status: Record<string, number> = {};
  for (const p of rows) by_status[cellText(p.status)] = (by_status[cellText(p.status)] ?? 0) + 1;
  const by_sector: Record<string, number> = {};
  const by_sector_type: Record<string, Record<string, number>> = {};
  for (const i of liveIndex) {
    const sector = cellText(rows[i].sector);
    const type = cellText(rows[i].network_type);
    by_sector[sector] = (by_sector[sector] ?? 0) + 1;
    by_sector_type[sector] ??= {};
    by_sector_type[sector][type] = (by_sector_type[sector][type] ?? 0) + 1;
  }
  const sumSquares = Object.values(by_sector).reduce((sum, count) => sum + count * count, 0);

  const maxSource = Math.max(0, ...partners.map((p) => p.resources_value));

  const strategy_activities: Record<string, number> = {};
  for (const s of ENUMS.strategy) strategy_activities[s.key] = 0;
  for (const a of activities) {
    if (a.day > asOf - YEAR_DAYS && a.strategy in strategy_activities) strategy_activities[a.strategy] += 1;
  }
  const strategy_gaps = Object.keys(strategy_activities).filter((key) => strategy_activities[key] === 0);

  const role_activities: Record<string, number> = {};
  for (const r of ENUMS.admin_role) role_activities[r.key] = 0;
  for (const a of activities) {
    if (a.day <= asOf - YEAR_DAYS) continue;
    for (const role of new Set(a.roles)) if (role in role_activities) role_activities[role] += 1;
  }
  const role_gaps = Object.keys(role_activities).filter((key) => role_activities[key] === 0);

  const participation_ladder = [0, 0, 0, 0, 0, 0];
  const relationship_states = { fresh: 0, cooling: 0, stale: 0, never: 0 };
  for (const i of liveIndex) {
    participation_ladder[partners[i].participation_depth] += 1;
    relationship_states[partners[i].relationship_state] += 1;
  }

  const indicators_by_level: Record<string, LevelAchievement> = {};
  for (const level of ENUMS.indicator_level) {
    const mine = t.indicators.filter((row) => cellText(row.level) === level.key);
    const measured = mine.filter((row) => numberOf(row.target) !== null && numberOf(row.actual) !== null);
    const met = measured.filter((row) => {
      const target = row.target as number;
      const actual = row.actual as number;
      return cellText(row.direction) === 'lower' ? actual <= target : actual >= target;
    }).length;
    indicators_by_level[level.key] = {
      indicators: mine.length,
      measured: measured.length,
      met,
      achievement: share(met, measured.length),
    };
  }
  const levels = Object.values(indicators_by_level);
  const measuredAll = levels.reduce((sum, l) => sum + l.measured, 0);
  const metAll = levels.reduce((sum, l) => sum + l.met, 0);

  const openPhases = ['plan', 'do', 'study'];
  const open_pdsa = t.reflections.filter((row) => {
    if (!openPhases.includes(cellText(row.phase))) return false;
    const due = dayNumber(row.due);
    return due === null || due >= asOf;
  }).length;
  let lastReflection: Row | null = null;
  let lastDay: number | null = null;
  for (const row of t.reflections) {
    const day = dayNumber(row.date);
    if (day === null || day > asOf) continue;
    if (lastDay === null || day > lastDay) {
      lastDay = day;
      lastReflection = row;
    }
  }

  const graph = coParticipation(rows, liveIndex, activities);

  return {
    partners_total: rows.length,
    partners_live: live,
    by_status,
    by_sector_type,
    by_sector,
    sector_diversity: live === 0 ? null : 1 - sumSquares / (live * live),
    resources_total_value: resourcesTotal,
    resource_dependency: resourcesTotal > 0 ? maxSource / resourcesTotal : null,
    strategy_activities,
    strategies_covered: ENUMS.strategy.length - strategy_gaps.length,
    strategy_gaps,
    role_activities,
    roles_exercised: ENUMS.admin_role.length - role_gaps.length,
    role_gaps,
    participation_ladder,
    relationship_states,
    contacted_share: share(relationship_states.fresh, live),
    stale_share: share(relationship_states.stale + relationship_states.never, live),
    agreements_active: t.agreements.filter(activeAgreement).length,
    agreements_expiring: t.agreements.filter(expiring).length,
    indicators_by_level,
    indicator_achievement: share(metAll, measuredAll),
    only_outputs_measured:
      indicators_by_level.output.measured > 0 &&
      indicators_by_level.outcome.measured + indicators_by_level.impact.measured === 0,
    open_pdsa,
    reflections_12m: t.reflections.filter((row) => {
      const day = dayNumber(row.date);
      return day !== null && day <= asOf && day > asOf - YEAR_DAYS;
    }).length,
    last_reflection: lastDay === null ? null : isoOfDay(lastDay),
    last_reflection_lesson: lastReflection === null ? null : cellText(lastReflection.lesson) || null,
    ...graph,
  };
}

/** Live partners linked when they took part in the same activity (up to the as-of date). */
function coParticipation(rows: Row[], liveIndex: number[], activities: CountedActivity[]) {
  const liveIds = new Set(liveIndex.map((i) => cellText(rows[i].id)).filter((id) => id !== ''));
  const names = new Map(liveIndex.map((i) => [cellText(rows[i].id), cellText(rows[i].name)]));
  const named = (id: string): NamedPartner => ({ id, name: names.get(id) ?? '' });
  const neighbours = new Map<string, Set<string>>();
  for (const id of liveIds) neighbours.set(id, new Set());
  for (const a of activities) {
    const present = [...new Set(a.partners)].filter((id) => liveIds.has(id));
    for (const x of present) for (const y of present) if (x !== y) neighbours.get(x)?.add(y);
  }
  let degreeSum = 0;
  for (const set of neighbours.values()) degreeSum += set.size;
  const links = degreeSum / 2;
  const n = liveIds.size;
  const ranked = [...neighbours.entries()]
    .map(([id, set]) => ({ ...named(id), links: set.size }))
    .filter((entry) => entry.links > 0)
    .sort((a, b) => b.links - a.links || (a.id < b.id ? -1 : 1));
  return {
    co_links: links,
    network_density: n < 2 ? null : links / ((n * (n - 1)) / 2),
    most_connected: ranked.slice(0, MOST_CONNECTED_COUNT),
    isolated: [...neighbours.entries()]
      .filter(([, set]) => set.size === 0)
      .map(([id]) => id)
      .sort()
      .map(named),
  };
}
