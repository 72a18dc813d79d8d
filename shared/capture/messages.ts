import type { MessageTemplate } from '../i18n/reason';

/** What a person reads when the register refuses a request or a capture. Keys are the reason codes. */
export const CAPTURE_MESSAGES = {
  'capture.too_large': {
    th: 'ข้อมูลที่ส่งมีขนาด {size} ไบต์ เกินขีดจำกัด {max} ไบต์ กรุณาส่งทีละน้อยลง',
    en: 'The request is {size} bytes, over the limit of {max} bytes; please send fewer captures at a time',
  },
  'capture.malformed': {
    th: 'อ่านข้อมูลที่ส่งมาไม่ได้ (ไม่ใช่ JSON ที่ถูกต้อง)',
    en: 'The request could not be read (it is not valid JSON)',
  },
  'capture.invalid': {
    th: 'ข้อมูลที่ส่งมาไม่ตรงตามรูปแบบ: {problem}',
    en: 'The request does not follow the capture protocol: {problem}',
  },
  'capture.version': {
    th: 'ส่วนขยายใช้รูปแบบข้อมูลรุ่น {got} แต่ทะเบียนนี้รับรุ่น {expected} กรุณาอัปเดตส่วนขยายหรือส่วนเสริม',
    en: 'The extension speaks protocol version {got}, this register speaks version {expected}; please update the extension or the add-on',
  },
  'capture.token': {
    th: 'รหัสจับคู่ไม่ถูกต้องหรือถูกเปลี่ยนแล้ว กรุณาคัดลอกรหัสจับคู่ใหม่จากแถบด้านข้างของทะเบียน แล้ววางในหน้าตั้งค่าของส่วนขยาย',
    en: 'The pairing token is wrong or has been changed; copy the pairing code again from the register’s sidebar and paste it into the extension’s options',
  },
  'capture.too_many': {
    th: 'ส่งมา {count} รายการ เกินขีดจำกัด {max} รายการต่อครั้ง',
    en: '{count} captures were sent, over the limit of {max} per request',
  },
  'capture.op_unknown': {
    th: 'ไม่รู้จักคำขอ "{op}" (ใช้ได้: index, ping)',
    en: 'Unknown request "{op}" (expected index or ping)',
  },
  'capture.not_register': {
    th: 'สเปรดชีตนี้ยังไม่ได้ตั้งเป็นทะเบียนเครือข่าย กรุณาเลือก "ตั้งค่าหรือซ่อมแซมทะเบียน" ก่อน',
    en: 'This spreadsheet is not set up as a network register yet; run "Set up or repair the register" first',
  },
  'capture.busy': {
    th: 'ทะเบียนกำลังถูกใช้งานอยู่ ส่วนขยายจะลองส่งใหม่อีกครั้ง',
    en: 'The register is busy; the extension will try again',
  },
  'capture.partner_required': {
    th: 'กรุณาเลือกภาคีเครือข่ายที่บันทึกนี้เป็นของ',
    en: 'Choose the partner this note belongs to',
  },
  'capture.partner_unknown': {
    th: 'ไม่พบภาคีเครือข่าย "{partner}" ในทะเบียน กรุณาเลือกใหม่',
    en: 'No partner "{partner}" in the register; please choose another',
  },
  'capture.note_empty': {
    th: 'บันทึกว่างเปล่า กรุณาพิมพ์ข้อความ',
    en: 'The note is empty; please type some text',
  },
  'capture.fields_refused': {
    th: 'บันทึกไม่ได้: {problem}',
    en: 'Not saved: {problem}',
  },
  'capture.contact_matched': {
    th: 'มีผู้ติดต่อนี้ในทะเบียนแล้ว จึงไม่เพิ่มซ้ำ',
    en: 'This contact is already in the register, so it was not added again',
  },
  'pairing.invalid': {
    th: 'รหัสจับคู่ไม่ถูกต้อง กรุณาคัดลอกทั้งหมดจากแถบด้านข้างของทะเบียน (ขึ้นต้นด้วย netreg1:)',
    en: 'This is not a valid pairing code; copy the whole code from the register’s sidebar (it starts with netreg1:)',
  },
  'pairing.endpoint': {
    th: 'ที่อยู่ทะเบียน "{endpoint}" ใช้ไม่ได้ ต้องเป็น https://script.google.com/… หรือ http://127.0.0.1:…',
    en: 'The register address "{endpoint}" cannot be used; expected https://script.google.com/… or http://127.0.0.1:…',
  },
  'pairing.dev_url': {
    th: 'ที่อยู่ที่ลงท้ายด้วย /dev เป็นที่อยู่ทดสอบที่เปิดได้เฉพาะผู้แก้ไขสคริปต์ ส่วนขยายส่งข้อมูลไปไม่ได้ ให้ใช้ที่อยู่เว็บแอปที่ลงท้ายด้วย /exec จาก ทำให้ใช้งานได้ → จัดการการทำให้ใช้งานได้',
    en: 'An address ending in /dev is the test deployment, which only the script’s editors can open, so the extension cannot send to it; use the web app URL ending in /exec from Deploy → Manage deployments',
  },
  'pairing.not_web_app': {
    th: '"{url}" ไม่ใช่ที่อยู่เว็บแอป Apps Script ต้องเป็น https://script.google.com/macros/s/…/exec (คัดลอกจาก ทำให้ใช้งานได้ → จัดการการทำให้ใช้งานได้ → เว็บแอป)',
    en: '"{url}" is not an Apps Script web app URL; expected https://script.google.com/macros/s/…/exec (copy it from Deploy → Manage deployments → Web app)',
  },
  'pairing.no_web_app': {
    th: 'ยังไม่ได้ใส่ที่อยู่เว็บแอปของทะเบียนนี้ ให้ทำให้ใช้งานได้เป็นเว็บแอปแล้ววางที่อยู่ที่ลงท้ายด้วย /exec ในแถบเชื่อมต่อส่วนขยาย',
    en: 'This register has no web app URL yet: deploy it as a web app, then paste the URL ending in /exec into Connect browser extension',
  },
  'capture.failed': {
    th: 'ทะเบียนบันทึกรายการนี้ไม่ได้ ({detail}) การส่งซ้ำจะไม่ช่วย กรุณาแจ้งผู้ดูแลทะเบียน',
    en: 'The register could not save this capture ({detail}); sending it again will not help, please tell the register’s keeper',
  },
} as const satisfies Record<string, MessageTemplate>;
