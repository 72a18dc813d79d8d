import { type MessageTemplate, type Reason, reason } from '../../shared/i18n/reason';

/** What a person reads when the operating system refuses a file or folder. */
const FILE_SYSTEM_MESSAGES = {
  EACCES: {
    th: 'ไม่มีสิทธิ์เข้าถึง "{path}" กรุณาขอสิทธิ์จากเจ้าของเครื่อง หรือเลือกโฟลเดอร์อื่น',
    en: 'Permission denied for "{path}"; ask the computer’s owner for access or choose another folder',
  },
  ENOTDIR: {
    th: '"{path}" ไม่ใช่โฟลเดอร์ (ส่วนหนึ่งของเส้นทางเป็นไฟล์)',
    en: '"{path}" is not a folder (part of the path is a file)',
  },
  EISDIR: {
    th: '"{path}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์',
    en: '"{path}" is a folder, not a file',
  },
  ENOENT: {
    th: 'ไม่พบไฟล์หรือโฟลเดอร์ "{path}"',
    en: 'No file or folder at "{path}"',
  },
  ENOSPC: {
    th: 'ดิสก์เต็ม เขียน "{path}" ไม่ได้',
    en: 'The disk is full; "{path}" could not be written',
  },
  EROFS: {
    th: '"{path}" อยู่บนดิสก์ที่อ่านได้อย่างเดียว',
    en: '"{path}" is on a read-only disk',
  },
} as const satisfies Record<string, MessageTemplate>;

type FileSystemCode = keyof typeof FILE_SYSTEM_MESSAGES;
// EPERM is how some systems say EACCES; a person needs the same advice.
const SAME_AS: Record<string, FileSystemCode> = { EPERM: 'EACCES' };

/**
 * A refusal by the operating system (permissions, a file where a folder was expected, a full
 * disk…) as a th/en reason naming the path, instead of Node's stack trace; null for any other error.
 */
export function fileSystemReason(error: unknown): Reason | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return null;
  const known = code in FILE_SYSTEM_MESSAGES ? (code as FileSystemCode) : SAME_AS[code];
  if (!known) return null;
  return reason(`fs.${known}`, FILE_SYSTEM_MESSAGES[known], { path: path ?? '' });
}
