import type { Language } from '../../shared/i18n/language';

/** Every text the extension shows, in both languages (page text is never rendered as HTML). */
export const MESSAGES = {
  th: {
    tabs: { partner: 'ภาคีเครือข่าย', contact: 'ผู้ติดต่อ', activity: 'กิจกรรม', note: 'บันทึกย่อ' },
    menu: {
      partner: 'เพิ่มเป็นภาคีเครือข่าย',
      contact: 'เพิ่มเป็นผู้ติดต่อ',
      note: 'เพิ่มเป็นบันทึกย่อ',
    },
    fields: {
      name: 'ชื่อหน่วยงาน',
      contactName: 'ชื่อผู้ติดต่อ',
      sector: 'ประเภทภาคี',
      website: 'เว็บไซต์',
      email: 'อีเมล',
      phone: 'โทรศัพท์',
      line_id: 'ไลน์ไอดี',
      address: 'ที่อยู่',
      province: 'จังหวัด',
      district: 'อำเภอ',
      postal_code: 'รหัสไปรษณีย์',
      notes: 'หมายเหตุ',
      role: 'ตำแหน่ง',
      title: 'ชื่อกิจกรรม',
      date: 'วันที่',
      type: 'ประเภทกิจกรรม',
      partner: 'ภาคีเครือข่าย',
    },
    from: 'จาก',
    sources: { typed: 'พิมพ์เอง' } as Record<string, string>,
    newPartner: '(ภาคีใหม่ที่บันทึกในแท็บภาคีเครือข่าย)',
    noPartner: '(ยังไม่เลือก)',
    useExisting: 'บันทึกเพิ่มให้ {id}',
    save: 'บันทึก',
    saved: 'บันทึกแล้ว จะส่งเข้าทะเบียน',
    waiting: 'รอส่ง {count} รายการ',
    rejected: 'ทะเบียนไม่รับ: {reason}',
    fix: 'แก้ไข',
    discard: 'ทิ้ง',
    notPaired: 'ยังไม่ได้จับคู่กับทะเบียน — เปิดหน้าตั้งค่า',
    options: 'ตั้งค่า',
    readingPage: 'กำลังอ่านหน้าเว็บ…',
    pageUnreadable: 'อ่านหน้านี้ไม่ได้ กรอกเองได้',
    pairing: {
      title: 'เชื่อมต่อกับทะเบียน',
      paste: 'วางรหัสจับคู่ (คัดลอกจากแถบด้านข้างของทะเบียน)',
      pair: 'จับคู่',
      pairing: 'กำลังจับคู่…',
      test: 'ทดสอบการเชื่อมต่อ',
      testing: 'กำลังทดสอบ…',
      paired: 'จับคู่กับทะเบียน “{register}” ที่ {endpoint}',
      pairedNoName: 'จับคู่กับทะเบียนที่ {endpoint}',
      language: 'ภาษา',
      outcome: {
        paired: 'จับคู่แล้ว: เชื่อมต่อกับทะเบียน “{register}” สำเร็จ',
        pairedNoName: 'จับคู่แล้ว: เชื่อมต่อกับทะเบียนสำเร็จ',
        permission_refused: 'ยังไม่ได้จับคู่: ไม่ได้อนุญาตให้ส่วนขยายติดต่อที่อยู่ของทะเบียน กด “จับคู่” อีกครั้งแล้วเลือก “อนุญาต”',
        unreachable:
          'ยังไม่ได้จับคู่: ติดต่อทะเบียนที่ {host} ไม่ได้ ตรวจสอบอินเทอร์เน็ต (หรือว่าทะเบียนในเครื่องเปิดอยู่) แล้วลองอีกครั้ง',
        not_a_register:
          'ยังไม่ได้จับคู่: ที่อยู่นี้ไม่ได้ตอบแบบทะเบียน (อาจเป็นหน้าลงชื่อเข้าใช้ของ Google — ต้องเผยแพร่เว็บแอปให้ “ทุกคน” เข้าถึงได้)',
        wrong_code:
          'ยังไม่ได้จับคู่: รหัสจับคู่ไม่ถูกต้องหรือหมดอายุแล้ว (อาจมีการสร้างรหัสใหม่) กรุณาคัดลอกรหัสล่าสุดจากแถบด้านข้างของทะเบียน',
        dev_url:
          'ยังไม่ได้จับคู่: รหัสนี้ชี้ไปที่ที่อยู่ทดสอบ (/dev) ซึ่งเปิดได้เฉพาะผู้แก้ไขสคริปต์ กรุณาใช้รหัสจากการทำให้ใช้งานได้ (ที่อยู่ลงท้ายด้วย /exec)',
        refused: 'ยังไม่ได้จับคู่: {reason}',
      },
    },
  },
  en: {
    tabs: { partner: 'Partner', contact: 'Contact', activity: 'Activity', note: 'Note' },
    menu: { partner: 'Add as partner', contact: 'Add as contact', note: 'Add as note' },
    fields: {
      name: 'Partner name',
      contactName: 'Contact name',
      sector: 'Sector',
      website: 'Website',
      email: 'Email',
      phone: 'Phone',
      line_id: 'LINE ID',
      address: 'Address',
      province: 'Province',
      district: 'District',
      postal_code: 'Postal code',
      notes: 'Notes',
      role: 'Role',
      title: 'Activity',
      date: 'Date',
      type: 'Activity type',
      partner: 'Partner',
    },
    from: 'from',
    sources: { typed: 'typed' } as Record<string, string>,
    newPartner: '(the new partner on the Partner tab)',
    noPartner: '(none chosen)',
    useExisting: 'Add to {id}',
    save: 'Save',
    saved: 'Saved; it will be sent to the register',
    waiting: '{count} waiting to be sent',
    rejected: 'The register refused it: {reason}',
    fix: 'Fix',
    discard: 'Discard',
    notPaired: 'Not paired with a register — open the options',
    options: 'Options',
    readingPage: 'Reading the page…',
    pageUnreadable: 'This page could not be read; fill the form by hand',
    pairing: {
      title: 'Connect to a register',
      paste: 'Paste the pairing code (copy it from the register’s sidebar)',
      pair: 'Pair',
      pairing: 'Pairing…',
      test: 'Test the connection',
      testing: 'Testing…',
      paired: 'Paired with the register “{register}” at {endpoint}',
      pairedNoName: 'Paired with the register at {endpoint}',
      language: 'Language',
      outcome: {
        paired: 'Paired: connected to the register “{register}”',
        pairedNoName: 'Paired: connected to the register',
        permission_refused:
          'Not paired: the extension was not allowed to reach the register’s address. Press Pair again and choose Allow',
        unreachable:
          'Not paired: the register at {host} could not be reached. Check the internet connection (or that the local register is running) and try again',
        not_a_register:
          'Not paired: this address did not answer as a register does (perhaps a Google sign-in page — the web app must be deployed for access by “Anyone”)',
        wrong_code:
          'Not paired: the pairing code is wrong or has expired (a new one may have been made); copy the current code from the register’s sidebar',
        dev_url:
          'Not paired: this code points at the test address (/dev), which only the script’s editors can open; use the code of a deployment (an address ending in /exec)',
        refused: 'Not paired: {reason}',
      },
    },
  },
} satisfies Record<Language, unknown>;

export type Messages = (typeof MESSAGES)['th'];

export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
