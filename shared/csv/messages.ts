import type { Bilingual } from '../i18n/language';
import type { MessageTemplate } from '../i18n/reason';

/** What a person reads about a CSV file or one of its rows. Keys are the reason codes. */
export const CSV_MESSAGES = {
  'csv.broken': {
    th: 'อ่านไฟล์ CSV ไม่ได้ที่บรรทัด {line}: {detail}',
    en: 'The CSV file cannot be read at line {line}: {detail}',
  },
  'csv.empty': {
    th: 'ไฟล์ CSV ไม่มีข้อมูล',
    en: 'The CSV file holds no data',
  },
  'csv.too_large': {
    th: 'ไฟล์มีขนาด {size} MB เกินกำหนด {max} MB ต่อไฟล์ กรุณาแบ่งไฟล์แล้วนำเข้าทีละส่วน',
    en: 'The file is {size} MB, more than the {max} MB a file may be; split it and import the parts',
  },
  'csv.too_many_rows': {
    th: 'ไฟล์มี {count} แถว เกินกำหนด {max} แถวต่อไฟล์ กรุณาแบ่งไฟล์แล้วนำเข้าทีละส่วน',
    en: 'The file has {count} rows, more than the {max} a file may have; split it and import the parts',
  },
  'csv.no_columns': {
    th: 'ไม่พบหัวคอลัมน์ที่รู้จักสำหรับแท็บ "{tab}" หัวคอลัมน์ที่พบ: {headers}',
    en: 'No header names a column of the "{tab}" tab; headers found: {headers}',
  },
  'import.partner_unknown': {
    th: 'ไม่พบภาคีเครือข่าย "{value}" ในทะเบียน กรุณาเพิ่มภาคีก่อน หรือใช้รหัส เช่น P-0001',
    en: 'No partner "{value}" in the register; add the partner first or give its id, e.g. P-0001',
  },
  'import.activity_unknown': {
    th: 'ไม่พบกิจกรรมรหัส "{value}" ในทะเบียน',
    en: 'No activity with the id "{value}" in the register',
  },
  'import.contact_without_name': {
    th: 'แถวนี้ไม่มีชื่อผู้ติดต่อและไม่มีชื่อหน่วยงาน',
    en: 'This row has neither a contact name nor an organisation',
  },
  'import.duplicate': {
    th: 'ซ้ำกับแถวที่ {first} ในไฟล์เดียวกัน',
    en: 'Same as line {first} of this file',
  },
  'import.same_row': {
    th: 'มีรายการนี้ในทะเบียนแล้ว',
    en: 'Already in the register',
  },
  'import.contact_exists': {
    th: 'มีผู้ติดต่อนี้ในทะเบียนแล้ว',
    en: 'This contact is already in the register',
  },
  'import.row_problems': {
    th: 'ไม่นำเข้าแถวนี้: {problems}',
    en: 'Row not imported: {problems}',
  },
} as const satisfies Record<string, MessageTemplate>;

export type CsvReasonCode = keyof typeof CSV_MESSAGES;

/** What is wrong with a quote, by papaparse's error code: its own message is English only. */
const QUOTE_FAULTS: Record<string, Bilingual> = {
  MissingQuotes: {
    th: 'มีเครื่องหมายคำพูด (") เปิดไว้แต่ไม่ได้ปิด',
    en: 'a quote (") is opened and never closed',
  },
  InvalidQuotes: {
    th: 'มีข้อความต่อท้ายเครื่องหมายคำพูด (") ที่ปิดช่องข้อมูล',
    en: 'a quoted cell has text after its closing quote (")',
  },
};

/** A quote fault in both languages; a code papaparse may add later reads as a quote problem. */
export function quoteFaultWords(code: string): Bilingual {
  return QUOTE_FAULTS[code] ?? { th: 'เครื่องหมายคำพูด (") ไม่ครบคู่', en: 'quotes (") do not pair up' };
}
