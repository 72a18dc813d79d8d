import type { MessageTemplate } from '../i18n/reason';

/** Why a record was taken for an existing partner, in both languages. Keys are reason codes. */
export const MATCH_MESSAGES = {
  'match.email': {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — อีเมลตรงกัน ({value})',
    en: 'already in the register as “{name}” — matched by email {value}',
  },
  'match.domain': {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — โดเมนตรงกัน ({value})',
    en: 'already in the register as “{name}” — matched by domain {value}',
  },
  'match.site': {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — หน้าเว็บตรงกัน ({value})',
    en: 'already in the register as “{name}” — matched by web page {value}',
  },
  'match.name': {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — ชื่อตรงกัน ({value})',
    en: 'already in the register as “{name}” — matched by name {value}',
  },
  'match.phone': {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — หมายเลขโทรศัพท์ตรงกัน ({value})',
    en: 'already in the register as “{name}” — matched by phone {value}',
  },
} as const satisfies Record<string, MessageTemplate>;
