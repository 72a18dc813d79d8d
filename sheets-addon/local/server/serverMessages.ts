import type { Bilingual } from '../../../shared/i18n/language';

/** The local host's own refusals, in Thai and English (the add-on's Reasons come with their own). */
export const SERVER_MESSAGES = {
  tooLarge: {
    th: 'คำขอมีขนาด {size} ไบต์ เกินกว่าที่รับได้ ({max} ไบต์)',
    en: 'The request is {size} bytes, more than the {max} bytes accepted',
  },
  malformed: {
    th: 'อ่านคำขอไม่ได้: ต้องเป็นรายการอาร์กิวเมนต์ในรูปแบบ JSON',
    en: 'Could not read the request: it must be a JSON array of arguments',
  },
  unknownMethod: { th: 'ไม่มีคำสั่ง "{method}"', en: 'There is no method "{method}"' },
  hostRefused: {
    th: 'ไม่รับคำขอที่ส่งมาถึง {host}: เปิดหน้านี้ที่ {origin} เท่านั้น',
    en: 'Requests addressed to {host} are refused: open this page at {origin}',
  },
  notOwner: {
    th: 'ต้องเปิดทะเบียนจากที่อยู่ที่คำสั่ง netreg serve (หรือ npm start) พิมพ์ไว้ ซึ่งมีรหัสของการเปิดครั้งนี้',
    en: 'Open the register at the address netreg serve (or npm start) printed: it carries this launch’s key',
  },
  notFound: { th: 'ไม่พบหน้า {path}', en: 'Nothing at {path}' },
  methodNotAllowed: { th: 'ใช้ {method} กับ {path} ไม่ได้', en: '{method} is not allowed on {path}' },
  failed: { th: 'เกิดข้อผิดพลาดในเครื่องแม่ข่าย: {detail}', en: 'The local host failed: {detail}' },
} satisfies Record<string, Bilingual>;
