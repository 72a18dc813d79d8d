/**
 * The CSV import bench's data: a 5,000-partner register and a 50,000-line partner list a school
 * would bring (Thai names, Thai phone formats, a BOM; 15 % of the lines are partners already in
 * the register, a third each by email, by domain and by name). Generated, the same every run.
 */
import { exportCsv } from '../shared/csv/exportCsv';
import { emptyCounters, emptyTables, type Register, type Row } from '../shared/register/register';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';

export const REGISTER_PARTNERS = 5_000;
export const CSV_LINES = 50_000;
/** Share of CSV lines that are partners already in the register (a third each by email, domain, name). */
const MATCHING_SHARE = 0.15;

const PLACES = [
  'แม่แรม',
  'ริมใต้',
  'ดอนแก้ว',
  'สันโป่ง',
  'ขี้เหล็ก',
  'โป่งแยง',
  'แม่สา',
  'ห้วยทราย',
  'เหมืองแก้ว',
  'สะลวง',
];
const KINDS = [
  'โรงเรียนบ้าน',
  'องค์การบริหารส่วนตำบล',
  'วัด',
  'บริษัท ',
  'มูลนิธิ',
  'ชมรมผู้ปกครอง',
  'โรงพยาบาลส่งเสริมสุขภาพตำบล',
];
const SECTORS = ['school', 'local_gov', 'religious', 'private', 'civil_society', 'parents', 'gov_agency'];
const DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** A Thai organisation name, distinct for each n. */
function thaiName(n: number): string {
  const kind = n % KINDS.length;
  const suffix = kind === 3 ? ' จำกัด' : '';
  const number = String(n)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join('');
  return `${KINDS[kind]}${PLACES[n % PLACES.length]} ${number}${suffix}`;
}

export function registerPartner(n: number): Row {
  return {
    id: `P-${String(n + 1).padStart(4, '0')}`,
    name: thaiName(n),
    sector: SECTORS[n % SECTORS.length],
    status: 'active',
    website: `https://www.org${n}.ac.th`,
    email: `office@org${n}.ac.th`,
    phone: `+66531${String(n).padStart(5, '0')}`,
    province: 'เชียงใหม่',
  };
}

export function generateRegister(): Register {
  const tables = emptyTables();
  tables.partners = Array.from({ length: REGISTER_PARTNERS }, (_, n) => registerPartner(n));
  const counters = { ...emptyCounters(), partners: REGISTER_PARTNERS };
  return { language: 'th', tables, counters, settings: DEFAULT_SETTINGS };
}

/** The file a school would bring: Thai labels, Thai phone formats, a BOM. */
export function generateCsv(): Uint8Array {
  const rows: Row[] = [];
  for (let i = 0; i < CSV_LINES; i++) {
    const existing = i % Math.round(1 / MATCHING_SHARE) === 0 ? (i * 7) % REGISTER_PARTNERS : -1;
    if (existing >= 0) {
      const how = i % 3;
      rows.push({
        name: how === 2 ? thaiName(existing) : `ชื่อเรียกอื่น ${i}`,
        email: how === 0 ? `office@org${existing}.ac.th` : null,
        website: how === 1 ? `http://org${existing}.ac.th/contact` : null,
        phone: `08${String(10_000_000 + i).slice(-8)}`,
      });
    } else {
      const n = REGISTER_PARTNERS + i;
      rows.push({
        name: thaiName(n),
        sector: SECTORS[n % SECTORS.length],
        email: `info${i}@new${i}.or.th`,
        phone: `053 ${String(100 + (i % 900))} ${String(i % 1000).padStart(3, '0')}`,
        website: `https://new${i}.or.th`,
        province: 'เชียงใหม่',
        district: 'แม่ริม',
        notes: i % 50 === 0 ? '=HYPERLINK("http://evil.example")' : 'นำเข้าจากรายชื่อเดิม',
      });
    }
  }
  return new TextEncoder().encode(exportCsv('partners', rows, 'th'));
}
