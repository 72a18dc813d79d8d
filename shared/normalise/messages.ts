import type { MessageTemplate } from '../i18n/reason';

/**
 * What a person reads when a value is refused: what was given and what is expected, in
 * both languages. Keys are the reason codes.
 */
export const NORMALISE_MESSAGES = {
  'email.invalid': {
    th: 'อีเมล "{value}" ไม่ถูกต้อง กรุณาใช้รูปแบบ ชื่อ@โดเมน เช่น info@school.ac.th',
    en: 'Email "{value}" is not valid; expected name@domain, e.g. info@school.ac.th',
  },
  'phone.invalid': {
    th: 'หมายเลขโทรศัพท์ "{value}" ไม่ถูกต้อง กรุณาใช้รูปแบบ เช่น 02-123-4567, 081 234 5678 หรือ +66 53 941 111',
    en: 'Phone number "{value}" is not valid; expected e.g. 02-123-4567, 081 234 5678 or +66 53 941 111',
  },
  'url.invalid': {
    th: 'ที่อยู่เว็บ "{value}" ไม่ถูกต้อง กรุณาใช้รูปแบบ เช่น https://www.school.ac.th',
    en: 'Web address "{value}" is not valid; expected e.g. https://www.school.ac.th',
  },
  'url.scheme': {
    th: 'ที่อยู่เว็บ "{value}" ใช้ไม่ได้ รับเฉพาะลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
    en: 'Web address "{value}" cannot be used; only http:// or https:// links are accepted',
  },
  'line.invalid': {
    th: 'ไลน์ไอดี "{value}" ไม่ถูกต้อง ไอดีไลน์มี 4–20 ตัวอักษร (a–z, 0–9, . _ -) บัญชีทางการขึ้นต้นด้วย @',
    en: 'LINE ID "{value}" is not valid; a LINE ID has 4–20 characters (a–z, 0–9, . _ -), an official account starts with @',
  },
  'date.invalid': {
    th: 'อ่านวันที่ "{value}" ไม่ได้ กรุณาใช้รูปแบบ วัน/เดือน/ปี เช่น 15/06/2568 หรือ 15 มิถุนายน 2568',
    en: 'Cannot read the date "{value}"; expected day/month/year, e.g. 15/06/2568, 15 June 2025 or 2025-06-15',
  },
  'date.impossible': {
    th: 'ไม่มีวันที่ "{value}" ในปฏิทิน กรุณาตรวจสอบวันและเดือน',
    en: 'The date "{value}" does not exist in the calendar; please check the day and month',
  },
  'number.invalid': {
    th: '"{value}" ไม่ใช่ตัวเลข กรุณาใส่ตัวเลข เช่น 25 หรือ 1,500.50',
    en: '"{value}" is not a number; expected a number such as 25 or 1,500.50',
  },
  'number.not_integer': {
    th: '"{value}" ต้องเป็นจำนวนเต็ม เช่น 25',
    en: '"{value}" must be a whole number, e.g. 25',
  },
  'number.too_small': {
    th: '"{value}" น้อยเกินไป ค่าต้องไม่ต่ำกว่า {min}',
    en: '"{value}" is too small; the value must be at least {min}',
  },
  'enum.unknown': {
    th: '"{value}" ไม่อยู่ในรายการที่เลือกได้ ใช้ได้: {allowed}',
    en: '"{value}" is not one of the allowed values: {allowed}',
  },
  'text.too_long': {
    th: 'ข้อความยาว {length} ตัวอักษร เกินกำหนด {max} ตัวอักษร',
    en: 'The text is {length} characters long; at most {max} are allowed',
  },
  'ref.not_id': {
    th: '"{value}" ไม่ใช่รหัส{what} กรุณาใช้รหัส เช่น {example}',
    en: '"{value}" is not a {what} id; expected an id such as {example}',
  },
  'id.invalid': {
    th: 'รหัส "{value}" ไม่ถูกต้อง รหัสมีรูปแบบ ตัวอักษร-ตัวเลข เช่น {example}',
    en: 'The id "{value}" is not valid; an id looks like {example}',
  },
  'datetime.invalid': {
    th: 'อ่านวันเวลา "{value}" ไม่ได้ กรุณาใช้รูปแบบ 2025-06-15T09:30:00Z หรือวันที่อย่างเดียว',
    en: 'Cannot read the date and time "{value}"; expected e.g. 2025-06-15T09:30:00Z or a date',
  },
  'value.unreadable': {
    th: 'อ่านค่าในช่องนี้ไม่ได้ กรุณาใส่เป็นข้อความหรือตัวเลข',
    en: 'This value cannot be read; please give text or a number',
  },
  'value.required': {
    th: 'ต้องกรอก "{column}"',
    en: '"{column}" is required',
  },
} as const satisfies Record<string, MessageTemplate>;

/** A reason code the normalisers give (`email.invalid`, `date.impossible`, …). */
export type NormaliseReasonCode = keyof typeof NORMALISE_MESSAGES;

/** Said under the code `date.invalid` when only the year's last two digits were given (68 may be 2568 or 1968). */
export const TWO_DIGIT_YEAR_MESSAGE: MessageTemplate = {
  th: 'วันที่ "{value}" มีปีเพียง 2 หลัก กรุณาใส่ปีเต็ม 4 หลัก เช่น 2568',
  en: 'The date "{value}" has a two-digit year; please give all four digits, e.g. 2568 or 2025',
};
