import { YEAR_DAYS } from '../metrics/compute';
import { columnRange, comparedRange, type SheetLayout } from '../metrics/layout';
import { type ListName, labelRef } from '../metrics/listsArea';
import { settingRef } from '../metrics/settingsArea';
import type { DataTabKey } from '../schema/tabs';

/** References a network formula needs: the register's columns, settings, labels and other Summary cells. */
export interface FormulaRefs {
  col(tab: DataTabKey, key: string): string;
  /** The rows of a column a SUMPRODUCT compares one by one (see `comparedRange`). */
  rows(tab: DataTabKey, key: string): string;
  asOf: string;
  setting: typeof settingRef extends (layout: SheetLayout, key: infer K) => string
    ? (key: K) => string
    : never;
  label(list: ListName, key: string): string;
  /** The Summary cell of another figure, e.g. `$B$5`. */
  cell(key: string): string;
}

export function formulaRefs(layout: SheetLayout, cell: (key: string) => string): FormulaRefs {
  return {
    col: (tab, key) => columnRange(layout, tab, key),
    rows: (tab, key) => comparedRange(layout, tab, key),
    asOf: settingRef(layout, 'as_of_effective'),
    setting: (key) => settingRef(layout, key),
    label: (list, key) => labelRef(layout, list, key),
    cell,
  };
}

/**
 * Activities of the last 12 months whose role list names the role label, as an expression.
 * COUNTIFS reads only the used rows in every engine (a whole-column array formula does not).
 * The label is matched inside the list cell with wildcards: no role label contains another,
 * nor a wildcard character, so a match is exactly that role (checked by a test).
 */
export function roleActivities(roles: string, dates: string, label: string, asOf: string): string {
  return `COUNTIFS(${roles},"*"&${label}&"*",${dates},">"&(${asOf}-${YEAR_DAYS}),${dates},"<="&${asOf})`;
}

const notEnded = (f: FormulaRefs) =>
  `${f.col('partners', 'status')},"<>"&${f.label('partner_status', 'ended')}`;

/** Portable formulas of the network figures; each one reads the register live. */
export const NETWORK_FORMULAS = {
  partners_total: (f: FormulaRefs) => `=COUNTA(${f.col('partners', 'id')})-1`,
  partners_live: (f: FormulaRefs) =>
    `=COUNTA(${f.col('partners', 'id')})-1-COUNTIFS(${f.col('partners', 'status')},${f.label('partner_status', 'ended')})`,
  status: (f: FormulaRefs, key: string) =>
    `=COUNTIFS(${f.col('partners', 'status')},${f.label('partner_status', key)})`,
  sector: (f: FormulaRefs, key: string) =>
    `=COUNTIFS(${f.col('partners', 'sector')},${f.label('sector', key)},${notEnded(f)})`,
  sectorType: (f: FormulaRefs, sector: string, type: string) =>
    `=COUNTIFS(${f.col('partners', 'sector')},${f.label('sector', sector)},${f.col('partners', 'network_type')},${f.label('network_type', type)},${notEnded(f)})`,
  sector_diversity: (f: FormulaRefs, sectorCounts: string) =>
    `=IF(${f.cell('partners_live')}=0,"",1-SUMSQ(${sectorCounts})/${f.cell('partners_live')}^2)`,
  resources_total_value: (f: FormulaRefs) =>
    `=SUMIFS(${f.col('resources', 'value')},${f.col('resources', 'date')},"<="&${f.asOf})`,
  resource_dependency: (f: FormulaRefs) =>
    `=IF(${f.cell('resources_total_value')}<=0,"",MAX(${f.col('partners', 'resources_value')})/${f.cell('resources_total_value')})`,
  strategy: (f: FormulaRefs, key: string) =>
    `=COUNTIFS(${f.col('activities', 'strategy')},${f.label('strategy', key)},${f.col('activities', 'date')},">"&(${f.asOf}-${YEAR_DAYS}),${f.col('activities', 'date')},"<="&${f.asOf})`,
  strategies_covered: (_f: FormulaRefs, strategyCounts: string) => `=COUNTIF(${strategyCounts},">0")`,
  /** Activities of the last 12 months whose role list names the role. */
  role: (f: FormulaRefs, key: string) =>
    `=${roleActivities(f.col('activities', 'admin_roles'), f.col('activities', 'date'), f.label('admin_role', key), f.asOf)}`,
  roles_exercised: (_f: FormulaRefs, roleCounts: string) => `=COUNTIF(${roleCounts},">0")`,
  ladder: (f: FormulaRefs, depth: number) =>
    `=COUNTIFS(${f.col('partners', 'participation_depth')},${depth},${notEnded(f)})`,
  state: (f: FormulaRefs, key: string) =>
    `=COUNTIFS(${f.col('partners', 'relationship_state')},${f.label('relationship_state', key)},${notEnded(f)})`,
  contacted_share: (f: FormulaRefs) =>
    `=IF(${f.cell('partners_live')}=0,"",${f.cell('relationship_states.fresh')}/${f.cell('partners_live')})`,
  stale_share: (f: FormulaRefs) =>
    `=IF(${f.cell('partners_live')}=0,"",(${f.cell('relationship_states.stale')}+${f.cell('relationship_states.never')})/${f.cell('partners_live')})`,
  agreements_active: (f: FormulaRefs) => {
    const inForce = `${f.col('agreements', 'status')},${f.label('agreement_status', 'active')}`;
    return `=COUNTIFS(${inForce})-COUNTIFS(${inForce},${f.col('agreements', 'expires')},"<"&${f.asOf})`;
  },
  agreements_expiring: (f: FormulaRefs) =>
    `=COUNTIFS(${f.col('agreements', 'status')},${f.label('agreement_status', 'active')},${f.col('agreements', 'expires')},">="&${f.asOf},${f.col('agreements', 'expires')},"<="&(${f.asOf}+${f.setting('expiring_days')}))`,
  levelIndicators: (f: FormulaRefs, level: string) =>
    `=COUNTIFS(${f.col('indicators', 'level')},${f.label('indicator_level', level)})`,
  levelMeasured: (f: FormulaRefs, level: string) =>
    `=SUMPRODUCT((${f.rows('indicators', 'level')}=${f.label('indicator_level', level)})*ISNUMBER(${f.rows('indicators', 'target')})*ISNUMBER(${f.rows('indicators', 'actual')}))`,
  levelMet: (f: FormulaRefs, level: string) => {
    const target = f.rows('indicators', 'target');
    const actual = f.rows('indicators', 'actual');
    const direction = f.rows('indicators', 'direction');
    const lower = f.label('indicator_direction', 'lower');
    return `=SUMPRODUCT((${f.rows('indicators', 'level')}=${f.label('indicator_level', level)})*ISNUMBER(${target})*ISNUMBER(${actual})*((${direction}=${lower})*(${actual}<=${target})+(${direction}<>${lower})*(${actual}>=${target})))`;
  },
  levelAchievement: (f: FormulaRefs, level: string) =>
    `=IF(${f.cell(`indicators_by_level.${level}.measured`)}=0,"",${f.cell(`indicators_by_level.${level}.met`)}/${f.cell(`indicators_by_level.${level}.measured`)})`,
  indicator_achievement: (_f: FormulaRefs, measured: string, met: string) =>
    `=IF(SUM(${measured})=0,"",SUM(${met})/SUM(${measured}))`,
  only_outputs_measured: (f: FormulaRefs) =>
    `=AND(${f.cell('indicators_by_level.output.measured')}>0,${f.cell('indicators_by_level.outcome.measured')}+${f.cell('indicators_by_level.impact.measured')}=0)`,
  open_pdsa: (f: FormulaRefs) => {
    const phase = f.rows('reflections', 'phase');
    const due = f.rows('reflections', 'due');
    const open = ['plan', 'do', 'study'].map((key) => `(${phase}=${f.label('pdsa_phase', key)})`).join('+');
    return `=SUMPRODUCT((${open})*(1-ISNUMBER(${due})*(${due}<${f.asOf})))`;
  },
  last_reflection: (f: FormulaRefs) => {
    const latest = `MAXIFS(${f.col('reflections', 'date')},${f.col('reflections', 'date')},"<="&${f.asOf})`;
    return `=IF(${latest}=0,"",${latest})`;
  },
  last_reflection_lesson: (f: FormulaRefs) =>
    `=IF(${f.cell('last_reflection')}="","",INDEX(${f.col('reflections', 'lesson')},MATCH(${f.cell('last_reflection')},${f.col('reflections', 'date')},0))&"")`,
};
