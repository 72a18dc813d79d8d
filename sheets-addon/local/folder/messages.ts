import { type MessageParam, type MessageTemplate, type Reason, reason } from '../../../shared/i18n/reason';

/** What a person reads when a register folder can't be used. */
export const FOLDER_MESSAGES = {
  'folder.missing': {
    th: 'ไม่พบโฟลเดอร์ทะเบียน "{dir}" — สร้างทะเบียนใหม่ด้วยคำสั่ง netreg init --dir "{dir}"',
    en: 'No register folder at "{dir}" — create a new register with: netreg init --dir "{dir}"',
  },
  'folder.not_register': {
    th: '"{dir}" ไม่ใช่โฟลเดอร์ทะเบียน (ไม่มี register.json หรือไฟล์แท็บ .csv) — สร้างทะเบียนใหม่ด้วยคำสั่ง netreg init --dir "{dir}"',
    en: '"{dir}" is not a register folder (no register.json or tab .csv files) — create a new register with: netreg init --dir "{dir}"',
  },
  'folder.exists': {
    th: 'มีทะเบียนอยู่แล้วที่ "{dir}" จึงไม่เขียนทับ',
    en: 'A register already exists at "{dir}"; it was not overwritten',
  },
  'folder.meta_broken': {
    th: 'อ่าน register.json ไม่ได้: {detail}',
    en: 'register.json cannot be read: {detail}',
  },
  'folder.unreadable': {
    th: 'อ่านไฟล์ "{file}" ไม่ได้: {detail}',
    en: 'The file "{file}" cannot be read: {detail}',
  },
  'folder.busy': {
    th: 'โฟลเดอร์ทะเบียน "{dir}" กำลังถูกเขียนโดยโปรแกรมอื่น (กระบวนการ {owner}) กรุณาลองใหม่',
    en: 'The register folder "{dir}" is being written by another program (process {owner}); try again',
  },
  'folder.full': {
    th: 'พื้นที่ดิสก์เต็ม จึงบันทึกทะเบียน "{dir}" ไม่ได้ ทะเบียนยังเหมือนเดิม ไม่มีการเปลี่ยนแปลงใด ๆ — ลบไฟล์ที่ไม่ใช้แล้วลองใหม่',
    en: 'The disk is full, so the register "{dir}" could not be saved; it is unchanged — free some space and try again',
  },
  'folder.read_only': {
    th: 'ไม่มีสิทธิ์เขียนโฟลเดอร์ทะเบียน "{dir}" ทะเบียนยังเหมือนเดิม ไม่มีการเปลี่ยนแปลงใด ๆ',
    en: 'The register folder "{dir}" cannot be written (no permission or read-only); it is unchanged',
  },
  'folder.counter_behind': {
    th: 'ตัวนับรหัสใน register.json ({counter}) ต่ำกว่ารหัสที่ใช้แล้ว {id}: แถวกับตัวนับถูกบันทึกไม่พร้อมกัน (การบันทึกถูกขัดจังหวะ)',
    en: 'The id counter in register.json ({counter}) is below {id}, already in use: rows and counters were not saved together (an interrupted save)',
  },
  'folder.own_file': {
    th: '"{file}" เป็นไฟล์ของทะเบียนเอง จึงไม่เขียนทับ — เลือกไฟล์ปลายทางอื่น',
    en: '"{file}" is one of the register\'s own files; it was not overwritten — choose another output file',
  },
} as const satisfies Record<string, MessageTemplate>;

/** A register folder that can't be read or written, with a th/en reason; nothing was changed. */
export class RegisterFolderError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.message.en);
  }
}

export function folderError(
  code: keyof typeof FOLDER_MESSAGES,
  params: Record<string, MessageParam> = {},
): RegisterFolderError {
  return new RegisterFolderError(reason(code, FOLDER_MESSAGES[code], params));
}
