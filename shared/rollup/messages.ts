import type { MessageTemplate } from '../i18n/reason';

/**
 * What a district officer reads in a school's status cell and in the roll-up's progress
 * messages, in both languages. Keys are the reason codes.
 */
export const ROLLUP_MESSAGES = {
  'school.ok': { th: 'อ่านได้', en: 'Read' },
  'school.ok_partial': { th: 'อ่านได้ (ไม่มีแผ่นงาน: {tabs})', en: 'Read (missing tabs: {tabs})' },
  'school.unchanged': {
    th: 'อ่านได้ (ไม่เปลี่ยนแปลงตั้งแต่ {date})',
    en: 'Read (unchanged since {date})',
  },
  'school.pending': { th: 'รอการอ่าน', en: 'Waiting to be read' },
  'school.ref_missing': {
    th: 'ไม่มีลิงก์หรือรหัสทะเบียน กรุณาใส่ลิงก์ Google Sheets ของโรงเรียน',
    en: 'No register link or ID; paste the school’s Google Sheets link',
  },
  'school.ref_invalid': {
    th: '"{value}" ไม่ใช่ลิงก์หรือรหัสของ Google Sheets',
    en: '"{value}" is not a Google Sheets link or ID',
  },
  'school.duplicate': {
    th: 'ทะเบียนเดียวกับแถวของ "{other}" จึงไม่นับซ้ำ',
    en: 'Same register as the row of "{other}", so it is not counted twice',
  },
  'school.no_access': {
    th: 'ไม่มีสิทธิ์เปิดทะเบียนนี้ ขอให้โรงเรียนแชร์ (ผู้มีสิทธิ์ดู) ให้บัญชีของเขต',
    en: 'No access to this register; ask the school to share it (viewer) with the district account',
  },
  'school.not_found': {
    th: 'ไม่พบไฟล์ทะเบียน ลิงก์อาจผิดหรือไฟล์ถูกลบ',
    en: 'Register file not found; the link may be wrong or the file deleted',
  },
  'school.not_register': {
    th: 'ไฟล์นี้ไม่ใช่ทะเบียนเครือข่าย (ไม่พบแผ่นงาน ภาคีเครือข่าย)',
    en: 'This file is not a network register (no Partners tab)',
  },
  'school.old_schema': {
    th: 'ทะเบียนรุ่นเก่า ขาดคอลัมน์ {columns} ในแผ่นงาน {tab} ให้โรงเรียนเลือก "ตั้งค่า/ซ่อมแซมทะเบียน"',
    en: 'Older register: tab {tab} lacks {columns}; ask the school to run "Set up / repair register"',
  },
  'school.broken_tab': {
    th: 'แผ่นงาน {tab} เสียหาย ({detail}) ให้โรงเรียนเลือก "ตั้งค่า/ซ่อมแซมทะเบียน"',
    en: 'Tab {tab} is broken ({detail}); ask the school to run "Set up / repair register"',
  },
  'school.read_error': {
    th: 'อ่านทะเบียนไม่สำเร็จ: {detail} จะลองใหม่ในการรันครั้งถัดไป',
    en: 'Could not read the register: {detail}; it will be retried on the next run',
  },
  'detail.no_header': { th: 'ไม่มีแถวหัวตาราง', en: 'no header row' },
  'detail.error_cells': { th: 'หัวตารางมีค่าผิดพลาด {value}', en: 'header holds the error {value}' },
  'detail.too_large': {
    th: 'มีเกิน {limit} แถว',
    en: 'more than {limit} rows',
  },
  'run.progress': {
    th: 'อ่านแล้ว {done} จาก {total} ทะเบียน เลือกเมนู ทะเบียนเครือข่าย → "ภาพรวมเขต: ทำต่อ" เพื่ออ่านส่วนที่เหลือ',
    en: 'Read {done} of {total} registers; choose Network Register → "District roll-up: continue" to read the rest',
  },
  'run.finished': {
    th: 'ภาพรวมเขตเสร็จแล้ว: อ่านได้ {readable} จาก {total} ทะเบียน',
    en: 'District roll-up finished: {readable} of {total} registers read',
  },
  'run.nothing': {
    th: 'ยังไม่มีรายชื่อโรงเรียน ใส่ชื่อโรงเรียนในคอลัมน์ A และลิงก์ทะเบียนในคอลัมน์ B ตั้งแต่แถว 3',
    en: 'No schools listed yet: put school names in column A and register links in column B from row 3',
  },
  'run.no_run': {
    th: 'ไม่มีการรวบรวมภาพรวมเขตที่ค้างอยู่ เลือกเมนู ทะเบียนเครือข่าย → "ภาพรวมเขต: เริ่มรวบรวม"',
    en: 'No district roll-up is in progress; choose Network Register → "District roll-up: start"',
  },
  'run.too_many': {
    th: 'รายชื่อมี {count} โรงเรียน เกินขีดจำกัด {limit} ของแผ่นงานเดียว',
    en: 'The list has {count} schools, more than the limit of {limit} for one sheet',
  },
} as const satisfies Record<string, MessageTemplate>;
