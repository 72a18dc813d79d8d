import type { Bilingual } from '../i18n/language';
import { networkMetric } from '../metrics/definitions';
import { ENUMS, type EnumKey } from '../schema/enums';

/** The network figures a district compares side by side, one column each. */
export type FigureKey =
  | 'partners'
  | 'active_share'
  | 'sector_diversity'
  | 'resource_dependency'
  | 'strategy_coverage'
  | 'stale_share'
  | 'expiring_agreements'
  | 'indicator_achievement'
  | 'roles_exercised'
  | RoleFigureKey
  | 'last_update';

/** Activities in 12 months in which the school's administrator played one role. */
export type RoleFigureKey = `role_${EnumKey<'admin_role'>}`;

/** The district figure of one administrator role. */
export const roleFigureKey = (role: EnumKey<'admin_role'>): RoleFigureKey => `role_${role}`;

const ROLE_FIGURES: readonly FigureDef[] = ENUMS.admin_role.map((role) => ({
  key: roleFigureKey(role.key),
  label: { th: role.th, en: role.en },
  explanation: {
    th: `กิจกรรมใน 12 เดือนที่ผู้บริหารแสดงบทบาท "${role.th}" แถวรวมบอกว่าบทบาทใดที่ผู้บริหารในเขตแสดงน้อย`,
    en: `Activities in 12 months in which the administrator acted as ${role.en.toLowerCase()}; the total shows which roles the district's leaders rarely play`,
  },
  better: 'none',
  ranked: false,
  format: 'count',
  total: 'sum',
}));

/** How a figure reads: which way is better, and how the sheet shows it. */
export interface FigureDef {
  key: FigureKey;
  label: Bilingual;
  /** One line a district officer reads in the header note. */
  explanation: Bilingual;
  /** Which way is better; `none` figures are shown but never ranked or highlighted. */
  better: 'higher' | 'lower' | 'none';
  /** Counts towards the school's rank (health figures, not sizes or to-do counts). */
  ranked: boolean;
  /** How the value is shown; `of_kinds` counts kinds of an enum (strategies, roles) a school covers. */
  format: 'count' | 'share' | 'index' | 'of_kinds' | 'date';
  /** How the district total row combines the schools' values. */
  total: 'sum' | 'partner_weighted' | 'mean' | 'latest';
}

/** A figure's label and explanation from the metrics module, so the district says what the Summary says. */
function fromMetric(key: string): Pick<FigureDef, 'label' | 'explanation'> {
  const { label, explanation } = networkMetric(key);
  return { label, explanation };
}

/** Every district figure, in column order. */
export const DISTRICT_FIGURES: readonly FigureDef[] = [
  {
    key: 'partners',
    ...fromMetric('partners_live'),
    better: 'none',
    ranked: false,
    format: 'count',
    total: 'sum',
  },
  {
    key: 'active_share',
    label: { th: 'สัดส่วนภาคีที่ดำเนินงานร่วม', en: 'Active share' },
    explanation: {
      th: 'ภาคีสถานะ "ดำเนินงานร่วม" ต่อภาคีทั้งหมดที่ยังไม่สิ้นสุด',
      en: 'Partners with status active, of those not ended',
    },
    better: 'higher',
    ranked: true,
    format: 'share',
    total: 'partner_weighted',
  },
  {
    key: 'sector_diversity',
    ...fromMetric('sector_diversity'),
    better: 'higher',
    ranked: true,
    format: 'index',
    total: 'mean',
  },
  {
    key: 'resource_dependency',
    ...fromMetric('resource_dependency'),
    better: 'lower',
    ranked: true,
    format: 'share',
    total: 'mean',
  },
  {
    key: 'strategy_coverage',
    ...fromMetric('strategies_covered'),
    better: 'higher',
    ranked: true,
    format: 'of_kinds',
    total: 'mean',
  },
  {
    key: 'stale_share',
    ...fromMetric('stale_share'),
    better: 'lower',
    ranked: true,
    format: 'share',
    total: 'partner_weighted',
  },
  {
    key: 'expiring_agreements',
    ...fromMetric('agreements_expiring'),
    better: 'lower',
    ranked: false,
    format: 'count',
    total: 'sum',
  },
  {
    key: 'indicator_achievement',
    ...fromMetric('indicator_achievement'),
    better: 'higher',
    ranked: true,
    format: 'share',
    total: 'mean',
  },
  {
    key: 'roles_exercised',
    ...fromMetric('roles_exercised'),
    better: 'higher',
    ranked: false,
    format: 'of_kinds',
    total: 'mean',
  },
  ...ROLE_FIGURES,
  {
    key: 'last_update',
    label: { th: 'บันทึกล่าสุด', en: 'Last update' },
    explanation: {
      th: 'วันที่ล่าสุดที่ทะเบียนบันทึกกิจกรรม ทรัพยากร ข้อตกลง หรือแก้ไขภาคี',
      en: 'Latest date the register records an activity, resource, agreement or partner change',
    },
    better: 'higher',
    ranked: false,
    format: 'date',
    total: 'latest',
  },
];

/** A school's figures; `null` where the register gives no basis (no partners, no targets…). */
export type SchoolFigures = Record<FigureKey, number | string | null>;
