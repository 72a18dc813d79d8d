import type { Bilingual } from '../i18n/language';

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
  | 'last_update';

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
  /** How the value is shown. */
  format: 'count' | 'share' | 'index' | 'of_six' | 'date';
  /** How the district total row combines the schools' values. */
  total: 'sum' | 'partner_weighted' | 'mean' | 'latest';
}

/** Every district figure, in column order. */
export const DISTRICT_FIGURES: readonly FigureDef[] = [
  {
    key: 'partners',
    label: { th: 'ภาคีเครือข่าย', en: 'Partners' },
    explanation: {
      th: 'จำนวนภาคีที่ยังไม่สิ้นสุดความร่วมมือ',
      en: 'Partners whose relationship has not ended',
    },
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
    label: { th: 'ความหลากหลายของภาคส่วน', en: 'Sector diversity' },
    explanation: {
      th: '1 − Σp² ของสัดส่วนภาคีแต่ละภาคส่วน (0 = ภาคส่วนเดียว)',
      en: '1 − Σp² over the share of partners in each sector (0 = one sector)',
    },
    better: 'higher',
    ranked: true,
    format: 'index',
    total: 'mean',
  },
  {
    key: 'resource_dependency',
    label: { th: 'การพึ่งพาแหล่งทรัพยากร', en: 'Resource dependency' },
    explanation: {
      th: 'สัดส่วนมูลค่าทรัพยากรจากผู้สนับสนุนรายใหญ่ที่สุด (ยิ่งต่ำยิ่งยั่งยืน)',
      en: 'Largest source’s share of resource value (lower is more sustainable)',
    },
    better: 'lower',
    ranked: true,
    format: 'share',
    total: 'mean',
  },
  {
    key: 'strategy_coverage',
    label: { th: 'กลยุทธ์ที่ครอบคลุม (จาก 6)', en: 'Strategy coverage (of 6)' },
    explanation: {
      th: 'จำนวนกลยุทธ์ S1–S6 ที่มีกิจกรรมใน 12 เดือนล่าสุด',
      en: 'Strategies S1–S6 with an activity in the last 12 months',
    },
    better: 'higher',
    ranked: true,
    format: 'of_six',
    total: 'mean',
  },
  {
    key: 'stale_share',
    label: { th: 'สัดส่วนภาคีที่ห่างหาย', en: 'Stale share' },
    explanation: {
      th: 'ภาคีที่ไม่ได้ติดต่อเกิน 90 วัน (หรือไม่เคยติดต่อ) ต่อภาคีที่ยังไม่สิ้นสุด',
      en: 'Partners not contacted within 90 days (or never), of those not ended',
    },
    better: 'lower',
    ranked: true,
    format: 'share',
    total: 'partner_weighted',
  },
  {
    key: 'expiring_agreements',
    label: { th: 'ข้อตกลงใกล้หมดอายุ', en: 'Expiring agreements' },
    explanation: {
      th: 'ข้อตกลงที่จะหมดอายุภายใน 90 วัน',
      en: 'Agreements ending within 90 days',
    },
    better: 'lower',
    ranked: false,
    format: 'count',
    total: 'sum',
  },
  {
    key: 'indicator_achievement',
    label: { th: 'ผลสัมฤทธิ์ตัวชี้วัด', en: 'Indicator achievement' },
    explanation: {
      th: 'ค่าเฉลี่ยผลเทียบเป้าหมายของตัวชี้วัดที่มีเป้าหมาย (ว่าง = ยังไม่ตั้งเป้า)',
      en: 'Mean of actual against target over indicators with a target (blank = no targets)',
    },
    better: 'higher',
    ranked: true,
    format: 'share',
    total: 'mean',
  },
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

export function figureDef(key: FigureKey): FigureDef {
  const def = DISTRICT_FIGURES.find((candidate) => candidate.key === key);
  if (!def) throw new Error(`unknown district figure ${key}`);
  return def;
}
