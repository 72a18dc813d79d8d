import type { Bilingual, Language } from '../i18n/language';
import { enumLabel } from '../schema/enumLookup';
import { ENUMS, type EnumName } from '../schema/enums';
import { roleActivities } from '../summary/networkFormulas';
import { type MetricsResult, YEAR_DAYS } from './compute';
import { columnRange, rowCell, type SheetLayout } from './layout';
import { labelRef } from './listsArea';
import { settingRef } from './settingsArea';

/** A starter indicator: tied to a strategy, its `actual` a live formula; the target is the user's. */
export interface StarterIndicator {
  key: string;
  strategy: 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6';
  level: 'output' | 'outcome' | 'impact';
  direction: 'higher' | 'lower';
  name: Bilingual;
  unit: Bilingual;
  actual: (layout: SheetLayout) => string;
  /** A target the research sets (most are the school's own to set, and start empty). */
  target?: number;
  /** The same figure computed in TypeScript. */
  compute: (metrics: MetricsResult) => number | null;
}

const ended = (l: SheetLayout) => labelRef(l, 'partner_status', 'ended');
const live = (l: SheetLayout) =>
  `(COUNTA(${columnRange(l, 'partners', 'id')})-1-COUNTIFS(${columnRange(l, 'partners', 'status')},${ended(l)}))`;
const inLastYear = (l: SheetLayout, tab: 'activities' | 'reflections') => {
  const asOf = settingRef(l, 'as_of_effective');
  return `${columnRange(l, tab, 'date')},">"&(${asOf}-${YEAR_DAYS}),${columnRange(l, tab, 'date')},"<="&${asOf}`;
};

export const STARTER_INDICATORS: readonly StarterIndicator[] = [
  {
    key: 'direction_activities',
    strategy: 'S1',
    level: 'output',
    direction: 'higher',
    name: {
      en: 'Activities on analysis and direction (12 months)',
      th: 'กิจกรรมวิเคราะห์สภาพแวดล้อมและกำหนดทิศทาง (12 เดือน)',
    },
    unit: { en: 'activities', th: 'กิจกรรม' },
    actual: (l) =>
      `=COUNTIFS(${columnRange(l, 'activities', 'strategy')},${labelRef(l, 'strategy', 'S1')},${inLastYear(l, 'activities')})`,
    compute: (m) => m.network.strategy_activities.S1,
  },
  {
    key: 'active_partners',
    strategy: 'S2',
    level: 'output',
    direction: 'higher',
    name: { en: 'Active partners', th: 'ภาคีที่ดำเนินงานร่วม' },
    unit: { en: 'partners', th: 'ราย' },
    actual: (l) =>
      `=COUNTIFS(${columnRange(l, 'partners', 'status')},${labelRef(l, 'partner_status', 'active')})`,
    compute: (m) => m.network.by_status.active ?? 0,
  },
  {
    key: 'agreements_in_force',
    strategy: 'S3',
    level: 'output',
    direction: 'higher',
    name: { en: 'Agreements in force', th: 'ข้อตกลงที่มีผลบังคับใช้' },
    unit: { en: 'agreements', th: 'ฉบับ' },
    actual: (l) => {
      const inForce = `${columnRange(l, 'agreements', 'status')},${labelRef(l, 'agreement_status', 'active')}`;
      return `=COUNTIFS(${inForce})-COUNTIFS(${inForce},${columnRange(l, 'agreements', 'expires')},"<"&${settingRef(l, 'as_of_effective')})`;
    },
    compute: (m) => m.network.agreements_active,
  },
  {
    key: 'contacted_share',
    strategy: 'S4',
    level: 'outcome',
    direction: 'higher',
    name: { en: 'Share of partners contacted within the fresh window', th: 'สัดส่วนภาคีที่ติดต่อภายในเกณฑ์ใกล้ชิด' },
    unit: { en: 'share (0–1)', th: 'สัดส่วน (0–1)' },
    actual: (l) =>
      `=IF(${live(l)}=0,"",COUNTIFS(${columnRange(l, 'partners', 'relationship_state')},${labelRef(l, 'relationship_state', 'fresh')},${columnRange(l, 'partners', 'status')},"<>"&${ended(l)})/${live(l)})`,
    compute: (m) => m.network.contacted_share,
  },
  {
    key: 'reflections_12m',
    strategy: 'S5',
    level: 'output',
    direction: 'higher',
    name: { en: 'Reflection sessions (12 months)', th: 'จำนวนครั้งที่สะท้อนผล (12 เดือน)' },
    unit: { en: 'sessions', th: 'ครั้ง' },
    actual: (l) => `=COUNTIFS(${inLastYear(l, 'reflections')})`,
    compute: (m) => m.network.reflections_12m,
  },
  {
    key: 'roles_exercised_share',
    strategy: 'S3',
    level: 'output',
    direction: 'higher',
    name: {
      en: `Administrator roles exercised, of ${ENUMS.admin_role.length} (12 months)`,
      th: `บทบาทผู้บริหารที่ได้แสดง จาก ${ENUMS.admin_role.length} บทบาท (12 เดือน)`,
    },
    unit: {
      en: `share (0–1); 1 = all ${ENUMS.admin_role.length} roles`,
      th: `สัดส่วน (0–1) 1 = ครบ ${ENUMS.admin_role.length} บทบาท`,
    },
    target: 1,
    actual: (l) => {
      const asOf = settingRef(l, 'as_of_effective');
      const roles = columnRange(l, 'activities', 'admin_roles');
      const dates = columnRange(l, 'activities', 'date');
      const played = ENUMS.admin_role.map(
        (role) => `(${roleActivities(roles, dates, labelRef(l, 'admin_role', role.key), asOf)}>0)`,
      );
      return `=(${played.join('+')})/${ENUMS.admin_role.length}`;
    },
    compute: (m) => m.network.roles_exercised / ENUMS.admin_role.length,
  },
  {
    key: 'largest_source_share',
    strategy: 'S6',
    level: 'outcome',
    direction: 'lower',
    name: { en: 'Largest source’s share of resources', th: 'สัดส่วนทรัพยากรจากแหล่งใหญ่ที่สุด' },
    unit: { en: 'share (0–1)', th: 'สัดส่วน (0–1)' },
    actual: (l) => {
      const total = `SUMIFS(${columnRange(l, 'resources', 'value')},${columnRange(l, 'resources', 'date')},"<="&${settingRef(l, 'as_of_effective')})`;
      return `=IF(${total}<=0,"",MAX(${columnRange(l, 'partners', 'resources_value')})/${total})`;
    },
    compute: (m) => m.network.resource_dependency,
  },
];

/**
 * Indicator rows setup offers (column key → cell), ids left to the writer. `actual` is a live
 * formula, `achievement` a formula over the row's own target and actual; targets stay empty unless the research sets one.
 */
export function starterIndicatorRows(
  layout: SheetLayout,
  language: Language,
  firstRow: number,
): Record<string, string | number | null>[] {
  return STARTER_INDICATORS.map((indicator, index) => ({
    id: null,
    strategy: labelRefText(indicator.strategy, 'strategy', language),
    name: indicator.name[language],
    level: labelRefText(indicator.level, 'indicator_level', language),
    direction: labelRefText(indicator.direction, 'indicator_direction', language),
    target: indicator.target ?? null,
    unit: indicator.unit[language],
    actual: indicator.actual(layout),
    achievement: achievementFormula(layout, firstRow + index),
  }));
}

const labelRefText = (key: string, name: EnumName, language: Language) => enumLabel(name, key, language);

/** Actual against target for one Indicators row: higher-is-better actual ÷ target, else target ÷ actual. */
export function achievementFormula(layout: SheetLayout, row: number): string {
  const at = (key: string) => rowCell(layout, 'indicators', key, row);
  const lower = labelRef(layout, 'indicator_direction', 'lower');
  return `=IFERROR(IF(AND(ISNUMBER(${at('target')}),ISNUMBER(${at('actual')})),IF(${at('direction')}=${lower},${at('target')}/${at('actual')},${at('actual')}/${at('target')}),""),"")`;
}
