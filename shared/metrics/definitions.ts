import type { Bilingual } from '../i18n/language';
import { ENUMS, enumSpan } from '../schema/enums';
import type { FigureKind } from './figureFormats';

const STRATEGIES = ENUMS.strategy.length;
const ROLES = ENUMS.admin_role.length;

/** A metric as people read it: a stable key, a label and a one-line explanation in th/en. */
export interface MetricDefinition {
  key: string;
  label: Bilingual;
  explanation: Bilingual;
  /** What the figure is, which decides its number format and display (`FIGURE_FORMATS`); tables hold counts. */
  format: FigureKind | 'table';
  /** Whole-graph figures are written as values stamped with their as-of date, not formulas. */
  stamped?: boolean;
}

const m = (
  key: string,
  format: MetricDefinition['format'],
  en: string,
  th: string,
  explainEn: string,
  explainTh: string,
  stamped = false,
): MetricDefinition => ({
  key,
  format,
  label: { en, th },
  explanation: { en: explainEn, th: explainTh },
  ...(stamped ? { stamped } : {}),
});

/** The network figures of the Summary, in the order it shows them. */
export const NETWORK_METRICS: readonly MetricDefinition[] = [
  m(
    'partners_total',
    'count',
    'Partners',
    'ภาคีเครือข่ายทั้งหมด',
    'Every partner row, whatever its status.',
    'ภาคีทุกรายในทะเบียน ทุกสถานะ',
  ),
  m(
    'partners_live',
    'count',
    'Partners not ended',
    'ภาคีที่ยังไม่สิ้นสุด',
    'Partners whose status is not “ended”: the base of every rate.',
    'ภาคีที่สถานะไม่ใช่ “สิ้นสุด” ใช้เป็นฐานของทุกอัตรา',
  ),
  m(
    'sector_diversity',
    'ratio',
    'Sector diversity',
    'ความหลากหลายของภาคส่วน',
    '1 − Σp² over sectors: 0 = one sector only, nearer 1 = many sectors evenly.',
    '1 − Σp² ของสัดส่วนภาคส่วน: 0 = มีภาคส่วนเดียว ยิ่งใกล้ 1 ยิ่งหลากหลาย',
  ),
  m(
    'resources_total_value',
    'money',
    'Resources received (THB)',
    'มูลค่าทรัพยากรที่ได้รับ (บาท)',
    'Total value of resource records up to the as-of date.',
    'มูลค่ารวมของทรัพยากรที่บันทึกไว้ถึงวันที่อ้างอิง',
  ),
  m(
    'resource_dependency',
    'share',
    'Dependency on largest source',
    'การพึ่งพาแหล่งทรัพยากรหลัก',
    'Largest single partner’s share of all resource value; high means fragile.',
    'สัดส่วนมูลค่าทรัพยากรจากภาคีรายใหญ่ที่สุด ยิ่งสูงยิ่งเปราะบาง',
  ),
  m(
    'strategies_covered',
    'count',
    `Strategies covered (of ${STRATEGIES})`,
    `กลยุทธ์ที่มีกิจกรรม (จาก ${STRATEGIES})`,
    `Strategies ${enumSpan('strategy')} with at least one activity in the last 12 months.`,
    `จำนวนกลยุทธ์ ${enumSpan('strategy')} ที่มีกิจกรรมอย่างน้อยหนึ่งครั้งใน 12 เดือน`,
  ),
  m(
    'roles_exercised',
    'count',
    `Administrator roles exercised (of ${ROLES})`,
    `บทบาทผู้บริหารที่ได้แสดง (จาก ${ROLES})`,
    `Of the ${ROLES} roles of an administrator in a network, how many some activity of the last 12 months lists.`,
    `จำนวนบทบาทของผู้บริหารในเครือข่าย (จาก ${ROLES} บทบาท) ที่มีกิจกรรมอย่างน้อยหนึ่งครั้งใน 12 เดือน`,
  ),
  m(
    'contacted_share',
    'share',
    'Contacted recently',
    'ติดต่อในช่วงใกล้ชิด',
    'Share of partners not ended contacted within the fresh window (default 90 days).',
    'สัดส่วนภาคีที่ติดต่อภายในเกณฑ์ใกล้ชิด (ปกติ 90 วัน)',
  ),
  m(
    'stale_share',
    'share',
    'Stale or never contacted',
    'ห่างหายหรือไม่เคยติดต่อ',
    'Share of partners not ended past the stale threshold or never contacted.',
    'สัดส่วนภาคีที่เกินเกณฑ์ห่างหายหรือยังไม่เคยติดต่อ',
  ),
  m(
    'agreements_active',
    'count',
    'Agreements in force',
    'ข้อตกลงที่มีผล',
    'Agreements in force whose end date has not passed.',
    'ข้อตกลงที่มีผลบังคับใช้และยังไม่ถึงวันสิ้นสุด',
  ),
  m(
    'agreements_expiring',
    'count',
    'Agreements expiring soon',
    'ข้อตกลงใกล้หมดอายุ',
    'Agreements in force ending within the Settings window (default 90 days).',
    'ข้อตกลงที่จะสิ้นสุดภายในจำนวนวันที่ตั้งไว้ (ปกติ 90 วัน)',
  ),
  m(
    'indicator_achievement',
    'share',
    'Indicators met',
    'ตัวชี้วัดที่บรรลุ',
    'Share of measured indicators meeting their target in its direction.',
    'สัดส่วนตัวชี้วัดที่มีผลแล้วและบรรลุค่าเป้าหมาย',
  ),
  m(
    'only_outputs_measured',
    'flag',
    'Only outputs measured',
    'วัดเพียงผลผลิต',
    'Warning: results are measured only at output level, not outcomes or impact.',
    'คำเตือน: มีผลการวัดเฉพาะระดับผลผลิต ยังไม่วัดผลลัพธ์หรือผลกระทบ',
  ),
  m(
    'open_pdsa',
    'count',
    'Open PDSA cycles',
    'วงจร PDSA ที่ยังเปิดอยู่',
    'Reflections in plan, do or study whose due date has not passed.',
    'บันทึกในขั้นวางแผน ปฏิบัติ หรือศึกษาผล ที่ยังไม่เลยกำหนด',
  ),
  m(
    'last_reflection',
    'date',
    'Last reflection',
    'สะท้อนผลครั้งล่าสุด',
    'Date of the latest reflection up to the as-of date.',
    'วันที่บันทึกการเรียนรู้ล่าสุด',
  ),
  m(
    'last_reflection_lesson',
    'text',
    'Its lesson',
    'บทเรียนล่าสุด',
    'What the latest reflection learned.',
    'บทเรียนจากการสะท้อนผลครั้งล่าสุด',
  ),
  m(
    'co_links',
    'count',
    'Co-participation links',
    'จำนวนความเชื่อมโยง',
    'Pairs of partners who took part in the same activity.',
    'จำนวนคู่ภาคีที่เคยร่วมกิจกรรมเดียวกัน',
    true,
  ),
  m(
    'network_density',
    'ratio',
    'Network density',
    'ความหนาแน่นของเครือข่าย',
    'Links ÷ n(n−1)/2 over partners not ended: how connected partners are to each other.',
    'จำนวนความเชื่อมโยง ÷ n(n−1)/2 ของภาคีที่ยังไม่สิ้นสุด',
    true,
  ),
  m(
    'most_connected',
    'text',
    'Most connected',
    'ภาคีที่เชื่อมโยงมากที่สุด',
    'Partners linked to the most others (number of links).',
    'ภาคีที่ร่วมกิจกรรมกับภาคีอื่นมากที่สุด (จำนวนความเชื่อมโยง)',
    true,
  ),
  m(
    'isolated',
    'text',
    'Isolated partners',
    'ภาคีที่ยังไม่เชื่อมโยง',
    'Partners not ended who shared no activity with another partner.',
    'ภาคีที่ยังไม่เคยร่วมกิจกรรมกับภาคีอื่น',
    true,
  ),
];

/** Tables of the Summary; their cells are keyed `<table>.<row key>[.<column key>]`. */
export const NETWORK_TABLES: readonly MetricDefinition[] = [
  m(
    'by_status',
    'table',
    'Partners by status',
    'ภาคีตามสถานะ',
    'All partners, by status.',
    'ภาคีทั้งหมด แยกตามสถานะ',
  ),
  m(
    'by_sector_type',
    'table',
    'Partners by sector and network type',
    'ภาคีตามภาคส่วนและประเภทเครือข่าย',
    'Partners not ended, by sector (rows) and network type (columns).',
    'ภาคีที่ยังไม่สิ้นสุด แยกตามภาคส่วน (แถว) และประเภทเครือข่าย (คอลัมน์)',
  ),
  m(
    'strategy_activities',
    'table',
    'Strategy coverage, last 12 months',
    'ความครอบคลุมกลยุทธ์ 12 เดือน',
    'Activities per strategy; a strategy with none is a gap.',
    'จำนวนกิจกรรมต่อกลยุทธ์ กลยุทธ์ที่ไม่มีกิจกรรมคือช่องว่าง',
  ),
  m(
    'role_activities',
    'table',
    'Administrator role profile, last 12 months',
    'โปรไฟล์บทบาทผู้บริหาร 12 เดือน',
    'Activities per role the school leader played; an activity may list several roles.',
    'จำนวนกิจกรรมต่อบทบาทที่ผู้บริหารแสดง กิจกรรมหนึ่งระบุได้หลายบทบาท',
  ),
  m(
    'participation_ladder',
    'table',
    'Participation ladder',
    'บันไดการมีส่วนร่วม',
    'Partners not ended by how many of the five stages they reached.',
    'ภาคีที่ยังไม่สิ้นสุด ตามจำนวนขั้นการมีส่วนร่วมที่เคยร่วม',
  ),
  m(
    'relationship_states',
    'table',
    'Relationship freshness',
    'ความใกล้ชิดของความสัมพันธ์',
    'Partners not ended by time since last contact.',
    'ภาคีที่ยังไม่สิ้นสุด ตามระยะเวลาตั้งแต่ติดต่อครั้งล่าสุด',
  ),
  m(
    'indicators_by_level',
    'table',
    'Indicators by level',
    'ตัวชี้วัดตามระดับ',
    'Indicators, how many are measured and met, per level.',
    'จำนวนตัวชี้วัด ที่มีผลแล้ว และที่บรรลุ แยกตามระดับ',
  ),
];

export function networkMetric(key: string): MetricDefinition {
  const found = [...NETWORK_METRICS, ...NETWORK_TABLES].find((metric) => metric.key === key);
  if (!found) throw new Error(`unknown metric ${key}`);
  return found;
}
