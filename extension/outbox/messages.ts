import type { MessageTemplate } from '../../shared/i18n/reason';

/** Why a send failed, as the extension tells the person. Keys are the reason codes. */
export const OUTBOX_MESSAGES = {
  'outbox.offline': {
    th: 'ส่งไม่สำเร็จ (เครือข่ายขัดข้อง: {detail}) จะลองส่งใหม่อัตโนมัติ',
    en: 'Could not send (network problem: {detail}); it will be retried automatically',
  },
  'outbox.timeout': {
    th: 'ทะเบียนไม่ตอบภายใน {seconds} วินาที จะลองส่งใหม่อัตโนมัติ',
    en: 'The register did not answer within {seconds} seconds; it will be retried automatically',
  },
  'outbox.server': {
    th: 'ทะเบียนขัดข้องชั่วคราว (HTTP {status}) จะลองส่งใหม่อัตโนมัติ',
    en: 'The register had a temporary problem (HTTP {status}); it will be retried automatically',
  },
  'outbox.bad_reply': {
    th: 'คำตอบจากทะเบียนอ่านไม่ได้ ({detail}) จะลองส่งใหม่อัตโนมัติ',
    en: 'The register’s answer could not be read ({detail}); it will be retried automatically',
  },
  'outbox.other_register': {
    th: 'ยังไม่ได้ส่ง: บันทึกไว้สำหรับทะเบียนอื่น ({register}) จะไม่ส่งไปยังทะเบียนที่จับคู่อยู่ตอนนี้ ทิ้งได้ถ้าไม่ต้องการแล้ว',
    en: 'Not sent: captured for another register ({register}); it is never sent to the register paired now. Discard it if it is no longer needed',
  },
  'outbox.too_large': {
    th: 'ข้อมูลนี้มีขนาด {size} ไบต์ เกินกว่าที่ทะเบียนรับได้ ({max} ไบต์) จึงไม่ส่ง กรุณาแก้ไขให้สั้นลงหรือทิ้ง',
    en: 'This capture is {size} bytes, more than the {max} bytes a register accepts, so it is not sent; shorten it or discard it',
  },
  'outbox.not_paired': {
    th: 'ยังไม่ได้จับคู่กับทะเบียน กรุณาวางรหัสจับคู่ในหน้าตั้งค่า ข้อมูลจะรออยู่จนกว่าจะจับคู่',
    en: 'Not paired with a register yet; paste the pairing code in the options. Captures wait until then',
  },
} as const satisfies Record<string, MessageTemplate>;
