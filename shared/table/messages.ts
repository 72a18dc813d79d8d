import { type MessageParam, type MessageTemplate, type Reason, reason } from '../i18n/reason';

/** What a person reads about a sheet grid that cannot be read as it is. */
export const TABLE_MESSAGES = {
  'row.shifted': {
    th: 'แถวนี้มี {count} ช่อง มากกว่าหัวตาราง ({width} ช่อง) ข้อมูลอาจเลื่อนคอลัมน์ จึงไม่นำเข้า',
    en: 'This row has {count} fields, more than the header ({width}); it is probably shifted, so it was not read',
  },
  'cell.formula': {
    th: 'คอลัมน์ "{column}" มีสูตรคำนวณ ({value}) ซึ่งไม่ใช่ข้อมูล จึงไม่อ่านค่านี้',
    en: 'Column "{column}" holds a formula ({value}), not data; its value is not read',
  },
  'text.not_safe': {
    th: 'ข้อความในคอลัมน์ "{column}" ขึ้นต้นเหมือนสูตร ("{value}") แต่ไม่มีเครื่องหมาย \' นำหน้า โปรแกรมตารางอาจคำนวณเป็นสูตร',
    en: 'Text in column "{column}" starts like a formula ("{value}") without a leading \'; a spreadsheet may run it as a formula',
  },
  'id.missing': {
    th: 'แถวนี้ไม่มีรหัส',
    en: 'This row has no id',
  },
  'id.duplicate': {
    th: 'รหัส {id} ซ้ำกับแถวที่ {first}',
    en: 'The id {id} is also used on line {first}',
  },
  'ref.dangling': {
    th: 'คอลัมน์ "{column}" อ้างถึง {id} ซึ่งไม่มีในทะเบียน',
    en: 'Column "{column}" points at {id}, which is not in the register',
  },
  'header.none': {
    th: 'ไม่พบหัวตารางที่ตรงกับคอลัมน์ของแท็บ "{tab}" (เช่น {example})',
    en: 'No header names a column of the "{tab}" tab (e.g. {example})',
  },
} as const satisfies Record<string, MessageTemplate>;

export type TableReasonCode = keyof typeof TABLE_MESSAGES;

/** A table reason; a parameter may be worded per language (a column's label). */
export function tableReason(code: TableReasonCode, params: Record<string, MessageParam> = {}): Reason {
  return reason(code, TABLE_MESSAGES[code], params);
}
