import type { Bilingual, Language } from '../i18n/language';
import type { Settings } from '../settings/settings';
import { quotedSheet, type SheetLayout } from './layout';

/** One cell as the sheets carry it; ISO date strings stand for dates, `=` starts a formula. */
export type GridCell = string | number | boolean | null;
export type Grid = GridCell[][];

/** A row of the Settings sheet: the key formulas refer to, and what a person reads. */
interface SettingRow {
  key: string;
  value: (settings: Settings) => GridCell;
  label: Bilingual;
  explanation: Bilingual;
}

const row = (
  key: string,
  value: (settings: Settings) => GridCell,
  en: string,
  th: string,
  explainEn: string,
  explainTh: string,
): SettingRow => ({ key, value, label: { en, th }, explanation: { en: explainEn, th: explainTh } });

/**
 * The Settings sheet, row by row from row 2 (key | value | label | explanation). Formulas read
 * column B at these fixed rows — plain cell addresses work alike in Sheets, Excel, LibreOffice
 * and HyperFormula, where named ranges do not travel reliably through an .xlsx.
 */
const SETTING_ROWS: readonly SettingRow[] = [
  row(
    'as_of',
    (s) => s.as_of,
    'As-of date',
    'วันที่อ้างอิง',
    'Figures are computed at this date; leave empty for today.',
    'คำนวณตัวเลขทั้งหมด ณ วันนี้ เว้นว่างไว้เพื่อใช้วันปัจจุบัน',
  ),
  row(
    'as_of_effective',
    () => '=IF(ISNUMBER(B2),B2,TODAY())',
    'Date in use',
    'วันที่ที่ใช้คำนวณ',
    'The as-of date, or today when it is empty (formula).',
    'วันที่อ้างอิง หรือวันนี้ถ้าเว้นว่าง (สูตร)',
  ),
  row(
    'fresh_days',
    (s) => s.fresh_days,
    'Fresh within (days)',
    'ใกล้ชิด ภายใน (วัน)',
    'A partner contacted within this many days is fresh.',
    'ภาคีที่ติดต่อภายในจำนวนวันนี้ถือว่าใกล้ชิด',
  ),
  row(
    'stale_days',
    (s) => s.stale_days,
    'Stale after (days)',
    'ห่างหาย เกิน (วัน)',
    'Beyond this many days since contact a partner is stale; between the two it is cooling.',
    'เกินจำนวนวันนี้ถือว่าห่างหาย ระหว่างสองเกณฑ์ถือว่าเริ่มห่าง',
  ),
  row(
    'expiring_days',
    (s) => s.expiring_days,
    'Expiring within (days)',
    'ใกล้หมดอายุ ภายใน (วัน)',
    'An agreement ending within this many days is expiring soon.',
    'ข้อตกลงที่จะสิ้นสุดภายในจำนวนวันนี้ถือว่าใกล้หมดอายุ',
  ),
  row(
    'weight_recency',
    (s) => s.weights.recency,
    'Weight: recent contact',
    'น้ำหนัก: การติดต่อล่าสุด',
    'Full when contacted within the fresh window, falling to zero at the stale threshold.',
    'เต็มเมื่อติดต่อภายในเกณฑ์ใกล้ชิด ลดลงจนเป็นศูนย์ที่เกณฑ์ห่างหาย',
  ),
  row(
    'weight_frequency',
    (s) => s.weights.frequency,
    'Weight: frequency',
    'น้ำหนัก: ความถี่',
    'Activities in the last 12 months; full at 12 (about one a month).',
    'จำนวนกิจกรรมใน 12 เดือน เต็มเมื่อครบ 12 ครั้ง (ราวเดือนละครั้ง)',
  ),
  row(
    'weight_depth',
    (s) => s.weights.depth,
    'Weight: participation depth',
    'น้ำหนัก: ระดับการมีส่วนร่วม',
    'Distinct participation stages reached, out of five.',
    'จำนวนขั้นการมีส่วนร่วมที่ต่างกัน จากห้าขั้น',
  ),
  row(
    'weight_resources',
    (s) => s.weights.resources,
    'Weight: resources',
    'น้ำหนัก: ทรัพยากร',
    'Full when the partner has contributed any resource.',
    'เต็มเมื่อภาคีเคยสนับสนุนทรัพยากร',
  ),
  row(
    'weight_agreement',
    (s) => s.weights.agreement,
    'Weight: agreement',
    'น้ำหนัก: ข้อตกลง',
    'Full when an agreement is in force.',
    'เต็มเมื่อมีข้อตกลงที่มีผลบังคับใช้',
  ),
  row(
    'weights_total',
    () => '=SUM(B7:B11)',
    'Weights total',
    'น้ำหนักรวม',
    'Should be 100 so the engagement score runs from 0 to 100.',
    'ควรเท่ากับ 100 เพื่อให้คะแนนความผูกพันอยู่ระหว่าง 0–100',
  ),
  row(
    'period',
    (s) => s.period,
    'Reporting period',
    'ช่วงรายงาน',
    'last_12_months, academic_year or fiscal_year.',
    'last_12_months (12 เดือนล่าสุด) academic_year (ปีการศึกษา) หรือ fiscal_year (ปีงบประมาณ)',
  ),
  row(
    'academic_year_start',
    (s) => s.academic_year_start,
    'Academic year starts (MM-DD)',
    'วันเปิดปีการศึกษา (ดด-วว)',
    'First day of term 1.',
    'วันแรกของภาคเรียนที่ 1',
  ),
  row(
    'term2_start',
    (s) => s.term2_start,
    'Term 2 starts (MM-DD)',
    'วันเปิดภาคเรียนที่ 2 (ดด-วว)',
    'First day of term 2.',
    'วันแรกของภาคเรียนที่ 2',
  ),
  row(
    'language',
    (s) => s.language,
    'Language',
    'ภาษา',
    'th or en: the language of labels and sheet names.',
    'th หรือ en: ภาษาของป้ายและชื่อชีต',
  ),
];

export type SettingKey =
  | 'as_of'
  | 'as_of_effective'
  | 'fresh_days'
  | 'stale_days'
  | 'expiring_days'
  | 'weight_recency'
  | 'weight_frequency'
  | 'weight_depth'
  | 'weight_resources'
  | 'weight_agreement'
  | 'weights_total'
  | 'period'
  | 'academic_year_start'
  | 'term2_start'
  | 'language';

/** The Settings sheet's content (header row first), in the register's language. */
export function settingsGrid(settings: Settings, language: Language): Grid {
  const header: Grid[number] =
    language === 'th' ? ['key', 'ค่า', 'รายการ', 'คำอธิบาย'] : ['key', 'value', 'setting', 'explanation'];
  return [
    header,
    ...SETTING_ROWS.map((r) => [r.key, r.value(settings), r.label[language], r.explanation[language]]),
  ];
}

/** The absolute address of a setting's value, e.g. `'Settings'!$B$3`. */
export function settingRef(layout: SheetLayout, key: SettingKey): string {
  const index = SETTING_ROWS.findIndex((r) => r.key === key);
  if (index < 0) throw new Error(`unknown setting ${key}`);
  return `${quotedSheet(layout.settingsSheet)}!$B$${index + 2}`;
}
