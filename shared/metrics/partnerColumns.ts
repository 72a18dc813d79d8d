import type { Bilingual } from '../i18n/language';

/** A per-partner column the register fills with a live formula, after the Partners data columns. */
export interface PartnerFormulaColumn {
  key: string;
  label: Bilingual;
  note: Bilingual;
  /** Sheets/Excel number format, if any. */
  format?: string;
}

const col = (key: string, en: string, th: string, noteEn: string, noteTh: string, format?: string) => ({
  key,
  label: { en, th },
  note: { en: noteEn, th: noteTh },
  ...(format ? { format } : {}),
});

/** The formula columns of Partners, in sheet order. */
export const PARTNER_FORMULA_COLUMNS: readonly PartnerFormulaColumn[] = [
  col(
    'activities_all',
    'Activities (all)',
    'กิจกรรมทั้งหมด',
    'Activities listing this partner, up to the as-of date.',
    'จำนวนกิจกรรมที่มีภาคีนี้ จนถึงวันที่อ้างอิง',
    '0',
  ),
  col(
    'activities_12m',
    'Activities (12 months)',
    'กิจกรรมใน 12 เดือน',
    'Activities in the 365 days up to the as-of date.',
    'จำนวนกิจกรรมใน 365 วันก่อนถึงวันที่อ้างอิง',
    '0',
  ),
  col(
    'last_contact',
    'Last contact',
    'ติดต่อล่าสุด',
    'Date of the latest activity of any type listing this partner.',
    'วันที่ของกิจกรรมล่าสุดทุกประเภทที่มีภาคีนี้',
    'yyyy-mm-dd',
  ),
  col(
    'days_since_contact',
    'Days since contact',
    'จำนวนวันนับจากติดต่อล่าสุด',
    'As-of date minus last contact.',
    'วันที่อ้างอิงลบวันที่ติดต่อล่าสุด',
    '0',
  ),
  col(
    'relationship_state',
    'Relationship',
    'สถานะความสัมพันธ์',
    'Fresh, cooling, stale or never contacted, by the Settings thresholds.',
    'ใกล้ชิด เริ่มห่าง ห่างหาย หรือยังไม่เคยติดต่อ ตามเกณฑ์ในชีตตั้งค่า',
  ),
  col(
    'participation_depth',
    'Participation depth (0–5)',
    'ระดับการมีส่วนร่วม (0–5)',
    'How many of the five participation stages this partner has taken part in.',
    'จำนวนขั้นการมีส่วนร่วมที่ภาคีนี้เคยร่วม จากทั้งหมดห้าขั้น',
    '0',
  ),
  col(
    'resources_count',
    'Resources given',
    'จำนวนครั้งที่สนับสนุนทรัพยากร',
    'Resource records with this partner as the source.',
    'จำนวนรายการทรัพยากรที่ภาคีนี้สนับสนุน',
    '0',
  ),
  col(
    'resources_value',
    'Resources value (THB)',
    'มูลค่าทรัพยากร (บาท)',
    'Total value of those resources in baht.',
    'มูลค่ารวมของทรัพยากรที่ภาคีนี้สนับสนุน (บาท)',
    '#,##0',
  ),
  col(
    'active_agreement',
    'Agreement in force',
    'มีข้อตกลงที่มีผล',
    'An agreement in force that has not passed its end date.',
    'มีข้อตกลงที่มีผลบังคับใช้และยังไม่สิ้นสุด',
  ),
  col(
    'agreement_expiring',
    'Agreement expiring soon',
    'ข้อตกลงใกล้หมดอายุ',
    'An agreement in force ends within the Settings window.',
    'มีข้อตกลงที่จะสิ้นสุดภายในจำนวนวันที่กำหนดในชีตตั้งค่า',
  ),
  col(
    'engagement_score',
    'Engagement score (0–100)',
    'คะแนนความผูกพัน (0–100)',
    'Recency, frequency, depth, resources and agreement, weighted as in Settings.',
    'ความใหม่ ความถี่ ความลึก ทรัพยากร และข้อตกลง ถ่วงน้ำหนักตามชีตตั้งค่า',
    '0',
  ),
];

export type PartnerFormulaKey = (typeof PARTNER_FORMULA_COLUMNS)[number]['key'];
