import type { MessageTemplate } from '../../shared/i18n/reason';

/** What setup, repair, import and the other add-on actions report, in both languages. */
export const ADDON_MESSAGES = {
  sheetCreated: { en: 'Created the tab “{sheet}”.', th: 'สร้างแท็บ “{sheet}”' },
  sheetRenamed: { en: 'Renamed the tab “{from}” to “{to}”.', th: 'เปลี่ยนชื่อแท็บ “{from}” เป็น “{to}”' },
  columnRecreated: {
    en: '“{sheet}”: the column “{column}” was missing; added it at the end (column {letter}).',
    th: '“{sheet}”: ไม่พบคอลัมน์ “{column}” จึงเพิ่มไว้ท้ายตาราง (คอลัมน์ {letter})',
  },
  headersWritten: {
    en: '“{sheet}”: wrote {count} header(s) in the register’s language.',
    th: '“{sheet}”: เขียนหัวคอลัมน์ {count} รายการเป็นภาษาของทะเบียน',
  },
  idsGiven: {
    en: '“{sheet}”: gave ids to {count} row(s) typed by hand ({first}…{last}).',
    th: '“{sheet}”: กำหนดรหัสให้ {count} แถวที่พิมพ์เอง ({first}…{last})',
  },
  beDatesRepaired: {
    en: '“{sheet}”: {count} date(s) had a Buddhist Era year read as CE; moved back 543 years.',
    th: '“{sheet}”: วันที่ {count} รายการถูกอ่านปี พ.ศ. เป็น ค.ศ. จึงปรับลดลง 543 ปี',
  },
  noSheetToAdopt: {
    en: 'There is no tab “{sheet}” to adopt (the register’s own tabs cannot be imported into it).',
    th: 'ไม่พบแท็บ “{sheet}” ที่จะนำมาใช้ (แท็บของทะเบียนเองนำเข้าซ้ำไม่ได้)',
  },
  phonesRewritten: {
    en: '“{sheet}”: wrote {count} phone cell(s) the way Thai people write numbers (081-234-5678).',
    th: '“{sheet}”: เขียนเบอร์โทรศัพท์ {count} ช่องในรูปแบบที่อ่านง่าย (081-234-5678)',
  },
  enumsRewritten: {
    en: '“{sheet}”: wrote {count} choice cell(s) as labels in the register’s language.',
    th: '“{sheet}”: เขียนค่าตัวเลือก {count} ช่องเป็นภาษาของทะเบียน',
  },
  formulasWritten: {
    en: '“{sheet}”: rewrote {count} formula cell(s).',
    th: '“{sheet}”: เขียนสูตร {count} ช่องใหม่',
  },
  unknownEnum: {
    en: '“{sheet}”: {count} choice cell(s) hold a value that is not on the list; left as typed.',
    th: '“{sheet}”: มี {count} ช่องที่ค่าไม่อยู่ในรายการตัวเลือก จึงคงไว้ตามที่พิมพ์',
  },
  foreignSheet: {
    en: 'A tab named “{sheet}” already exists with other content (its header names no register column). Rename or move it, then run Set up again; nothing was changed.',
    th: 'มีแท็บชื่อ “{sheet}” ที่มีข้อมูลอื่นอยู่แล้ว (หัวคอลัมน์ไม่ตรงกับทะเบียน) กรุณาเปลี่ยนชื่อหรือย้ายแท็บนั้น แล้วตั้งค่าอีกครั้ง ยังไม่มีการเปลี่ยนแปลงใด ๆ',
  },
  notRegister: {
    en: 'This spreadsheet is not a register yet: choose Set up first.',
    th: 'สเปรดชีตนี้ยังไม่ได้ตั้งค่าเป็นทะเบียน กรุณาเลือก “ตั้งค่า” ก่อน',
  },
  tooManyRows: {
    en: 'At most {limit} rows can be added at once; this batch has {count}. Nothing was added.',
    th: 'เพิ่มได้ครั้งละไม่เกิน {limit} แถว ชุดนี้มี {count} แถว ยังไม่ได้เพิ่มข้อมูล',
  },
  rowRefused: {
    en: 'Row {line}: {problem}',
    th: 'แถวที่ {line}: {problem}',
  },
  snapshotMissing: {
    en: 'No undo snapshot with the id {id}.',
    th: 'ไม่พบข้อมูลสำรองสำหรับย้อนกลับรหัส {id}',
  },
  snapshotRestored: {
    en: 'Restored “{sheet}” as it was before {action} ({when}).',
    th: 'คืนค่า “{sheet}” กลับเป็นก่อน{action} ({when})',
  },
  partnerNotFound: {
    en: 'No partner in the register matches “{name}”; choose one from the list or give its id (P-0001).',
    th: 'ไม่พบภาคีเครือข่ายที่ตรงกับ “{name}” กรุณาเลือกจากรายการหรือระบุรหัส (P-0001)',
  },
  settingsInvalid: {
    en: 'Settings not saved: {problem}',
    th: 'ยังไม่ได้บันทึกการตั้งค่า: {problem}',
  },
  notAvailable: {
    en: '{what} is not available in this version yet.',
    th: '{what} ยังไม่พร้อมใช้งานในรุ่นนี้',
  },
} as const satisfies Record<string, MessageTemplate>;
