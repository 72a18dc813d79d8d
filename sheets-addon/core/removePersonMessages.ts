import type { MessageTemplate } from '../../shared/i18n/reason';

/** What the PDPA *remove person* action reports, in both languages. */
export const REMOVE_PERSON_MESSAGES = {
  notFound: {
    en: 'This contact is no longer in the register; nothing was removed.',
    th: 'ไม่พบผู้ติดต่อนี้ในทะเบียน จึงไม่ได้ลบข้อมูลใด ๆ',
  },
  removed: {
    en: 'Removed “{name}” from “{sheet}”.',
    th: 'ลบ “{name}” ออกจาก “{sheet}” แล้ว',
  },
  captureLogForgotten: {
    en: 'Erased {count} line(s) about this person from the capture log.',
    th: 'ลบบันทึกการรับข้อมูลของบุคคลนี้ {count} รายการ',
  },
  snapshotsCleaned: {
    en: 'Erased this person from {count} restore point(s); no restore brings them back.',
    th: 'ลบข้อมูลของบุคคลนี้ออกจากจุดกู้คืน {count} จุด การกู้คืนจะไม่นำข้อมูลกลับมา',
  },
} as const satisfies Record<string, MessageTemplate>;
