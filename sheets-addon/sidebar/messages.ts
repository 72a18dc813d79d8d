import type { Bilingual, Language } from '../../shared/i18n/language';
import { fillTemplate } from '../../shared/i18n/reason';
import { EDITING_MESSAGES } from './editing/editingMessages';
import { IMPORT_MESSAGES } from './importMessages';

/** Every text the sidebar shows itself, in Thai and English; data and server Reasons come with their own. */
export const SIDEBAR_MESSAGES = {
  ...EDITING_MESSAGES,
  appTitle: { th: 'ทะเบียนเครือข่าย', en: 'Network Register' },
  languageSwitch: { th: 'English', en: 'ภาษาไทย' },
  languageSwitchLabel: { th: 'เปลี่ยนเป็นภาษาอังกฤษ', en: 'Switch to Thai' },
  navLabel: { th: 'เมนูแถบด้านข้าง', en: 'Sidebar menu' },
  navHome: { th: 'ภาพรวม', en: 'Home' },
  navAdd: { th: 'เพิ่ม', en: 'Add' },
  navSearch: { th: 'ค้นหา', en: 'Search' },
  navImport: { th: 'นำเข้า', en: 'Import' },
  navExport: { th: 'ส่งออก', en: 'Export' },
  navSettings: { th: 'ตั้งค่า', en: 'Settings' },
  navConnect: { th: 'ส่วนขยาย', en: 'Extension' },
  navRepair: { th: 'ตรวจซ่อม', en: 'Repair' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  working: { th: 'กำลังดำเนินการ…', en: 'Working…' },
  failed: { th: 'ทำรายการไม่สำเร็จ', en: 'That did not work' },
  dismiss: { th: 'ปิด', en: 'Dismiss' },

  homeHeadline: { th: 'ภาพรวมทะเบียน', en: 'Register at a glance' },
  homeAttention: { th: 'เรื่องที่ควรดูแล', en: 'Needs attention' },
  homeAllWell: { th: 'ไม่มีเรื่องที่ต้องดูแลในตอนนี้', en: 'Nothing needs attention right now' },
  homeNotRegister: {
    th: 'สเปรดชีตนี้ยังไม่ได้ตั้งค่าเป็นทะเบียนเครือข่าย',
    en: 'This spreadsheet is not a network register yet',
  },
  homeSetUp: { th: 'ตั้งค่าทะเบียน', en: 'Set up the register' },
  homeRefresh: { th: 'รีเฟรช', en: 'Refresh' },

  addKindLabel: { th: 'เพิ่มรายการประเภท', en: 'Add a' },
  kindPartner: { th: 'ภาคีเครือข่าย', en: 'Partner' },
  kindContact: { th: 'ผู้ติดต่อ', en: 'Contact' },
  kindActivity: { th: 'กิจกรรม', en: 'Activity' },
  required: { th: 'จำเป็น', en: 'required' },
  chooseOne: { th: '— เลือก —', en: '— choose —' },
  save: { th: 'บันทึก', en: 'Save' },
  saveAnyway: { th: 'บันทึกเป็นรายการใหม่', en: 'Save as a new record' },
  added: { th: 'บันทึก {name} แล้ว', en: 'Saved {name}' },
  addedMatched: {
    th: 'บันทึก {name} แล้ว (คล้ายกับ “{match}” ที่มีอยู่)',
    en: 'Saved {name} (similar to the existing “{match}”)',
  },
  formProblems: { th: 'โปรดแก้ไขช่องที่มีเครื่องหมาย', en: 'Please correct the marked fields' },
  duplicateTitle: { th: 'อาจมีอยู่ในทะเบียนแล้ว', en: 'May already be in the register' },
  duplicateBody: {
    th: 'มีอยู่ในทะเบียนแล้วเป็น “{name}” — ตรงกันด้วย{by}',
    en: 'Already in the register as “{name}” — matched by {by}',
  },
  matchedBy_email: { th: 'อีเมล', en: 'email' },
  matchedBy_domain: { th: 'โดเมนเว็บไซต์', en: 'domain' },
  matchedBy_phone: { th: 'โทรศัพท์', en: 'phone' },
  matchedBy_name: { th: 'ชื่อ', en: 'name' },
  dateHint: { th: 'เช่น 15/06/2568 หรือ 2025-06-15', en: 'e.g. 2025-06-15 or 15/06/2568' },
  dateUnderstood: { th: 'อ่านได้ว่า {date}', en: 'Read as {date}' },

  pickerSearch: { th: 'ค้นหาภาคี (ชื่อ รหัส อีเมล)', en: 'Find a partner (name, id, email)' },
  pickerRemove: { th: 'เอาออก: {name}', en: 'Remove {name}' },
  pickerNone: { th: 'ไม่พบภาคี', en: 'No partner found' },

  searchLabel: { th: 'ค้นหาภาคีเครือข่าย', en: 'Search partners' },
  searchPlaceholder: { th: 'ชื่อ รหัส อีเมล โทรศัพท์ หรือเว็บไซต์', en: 'Name, id, email, phone or website' },
  searchResults: { th: 'พบ {count} รายการ', en: '{count} found' },
  searchWhat: { th: 'ค้นหา', en: 'Search for' },
  searchContactsLabel: { th: 'ค้นหาผู้ติดต่อ', en: 'Search contacts' },
  searchContactsPlaceholder: {
    th: 'ชื่อ รหัส อีเมล โทรศัพท์ หรือไลน์ไอดี',
    en: 'Name, id, email, phone or LINE ID',
  },
  removePerson: { th: 'ลบข้อมูลบุคคล', en: 'Remove person' },
  removePersonTitle: { th: 'ลบข้อมูลทั้งหมดของ “{name}”?', en: 'Erase everything about “{name}”?' },
  removePersonExplain: {
    th: 'ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล (PDPA) ระบบจะลบชื่อ ตำแหน่ง อีเมล โทรศัพท์ และไลน์ไอดีของบุคคลนี้ออกจากทะเบียนทุกแห่ง รวมถึงบันทึกการรับข้อมูลและจุดกู้คืน การลบนี้ย้อนกลับไม่ได้ (ประวัติเวอร์ชันของไฟล์ใน Google ชีตอาจยังมีสำเนาเก่า)',
    en: 'Under Thailand’s personal data law (PDPA) this erases the person’s name, role, email, phone and LINE ID everywhere in the register, including the capture log and restore points. It cannot be undone. (The spreadsheet’s own version history in Google Sheets may still hold older copies.)',
  },
  removePersonConfirm: { th: 'ลบถาวร', en: 'Erase permanently' },
  cancel: { th: 'ยกเลิก', en: 'Cancel' },
  removePersonDone: { th: 'ลบข้อมูลของ “{name}” แล้ว', en: '“{name}” has been erased' },

  importTab: { th: 'นำเข้าไปยังแท็บ', en: 'Import into tab' },
  importFile: { th: 'เลือกไฟล์ CSV', en: 'Choose a CSV file' },
  importEncoding: { th: 'อ่านไฟล์เป็น {encoding}', en: 'Read as {encoding}' },
  importMapping: { th: 'การจับคู่คอลัมน์', en: 'Column mapping' },
  importHeader: { th: 'หัวคอลัมน์ในไฟล์', en: 'File header' },
  importColumn: { th: 'คอลัมน์ในทะเบียน', en: 'Register column' },
  importIgnored: { th: '(ไม่นำเข้า)', en: '(ignored)' },
  importSummary: {
    th: 'นำเข้าได้ {accepted} แถว · ตรงกับภาคีเดิม {matched} · ถูกปฏิเสธ {rejected} (สูงสุด {limit} แถว)',
    en: '{accepted} rows to add · {matched} match existing partners · {rejected} rejected (limit {limit} rows)',
  },
  importRejected: { th: 'แถวที่ถูกปฏิเสธ', en: 'Rejected rows' },
  importMatched: { th: 'แถวที่ตรงกับภาคีเดิม', en: 'Rows matching existing partners' },
  importLine: { th: 'บรรทัด {line}', en: 'Line {line}' },
  importConfirm: { th: 'ยืนยันการนำเข้า', en: 'Confirm import' },
  importDone: { th: 'นำเข้าแล้ว {added} แถว', en: 'Imported {added} rows' },
  undo: { th: 'ยกเลิกการนำเข้า (กู้คืน)', en: 'Undo the import (restore)' },
  restored: { th: 'กู้คืนแล้ว', en: 'Restored' },

  exportTab: { th: 'แท็บที่จะส่งออก', en: 'Tab to export' },
  exportDownload: { th: 'ดาวน์โหลด CSV', en: 'Download CSV' },
  exportReady: { th: 'ไฟล์ {filename} พร้อมแล้ว', en: '{filename} is ready' },

  settingsAsOf: { th: 'คำนวณ ณ วันที่ (เว้นว่าง = วันนี้)', en: 'Figures as of (empty = today)' },
  settingsFresh: { th: 'ติดต่อล่าสุดไม่เกิน (วัน) = สัมพันธ์ดี', en: 'Fresh if contacted within (days)' },
  settingsStale: { th: 'ไม่ได้ติดต่อเกิน (วัน) = ห่างหาย', en: 'Stale after (days)' },
  settingsExpiring: { th: 'ข้อตกลงใกล้หมดอายุภายใน (วัน)', en: 'Agreement expiring within (days)' },
  settingsWeights: { th: 'น้ำหนักคะแนนการมีส่วนร่วม (รวม 100)', en: 'Engagement score weights (total 100)' },
  weight_recency: { th: 'ความใหม่ของการติดต่อ', en: 'Recent contact' },
  weight_frequency: { th: 'จำนวนกิจกรรม 12 เดือน', en: 'Activities in 12 months' },
  weight_depth: { th: 'ระดับการมีส่วนร่วม', en: 'Participation depth' },
  weight_resources: { th: 'ทรัพยากรที่สนับสนุน', en: 'Resources contributed' },
  weight_agreement: { th: 'ข้อตกลงที่มีผล', en: 'Agreement in force' },
  weightsTotal: { th: 'รวม {total}', en: 'Total {total}' },
  settingsPeriod: { th: 'ช่วงเวลารายงาน', en: 'Reporting period' },
  period_last_12_months: { th: '12 เดือนล่าสุด', en: 'Last 12 months' },
  period_academic_year: { th: 'ปีการศึกษา', en: 'Academic year' },
  period_fiscal_year: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  settingsLanguage: { th: 'ภาษาของทะเบียน', en: 'Register language' },
  language_th: { th: 'ไทย', en: 'Thai' },
  language_en: { th: 'อังกฤษ', en: 'English' },
  settingsSave: { th: 'บันทึกการตั้งค่า', en: 'Save settings' },
  settingsSaved: { th: 'บันทึกการตั้งค่าแล้ว', en: 'Settings saved' },
  languageSwitched: {
    th: 'เปลี่ยนหัวตารางและตัวเลือกเป็นภาษา{language}แล้ว',
    en: 'Headers and choices are now in {language}',
  },
  undoLanguage: { th: 'ยกเลิกการเปลี่ยนภาษา', en: 'Undo the language switch' },

  connectIntro: {
    th: 'คัดลอกรหัสนี้ไปวางในหน้าตั้งค่าของส่วนขยายเบราว์เซอร์',
    en: "Copy this code into the browser extension's options page",
  },
  connectCode: { th: 'รหัสเชื่อมต่อ', en: 'Pairing code' },
  webAppIntro: {
    th: 'ก่อนเชื่อมต่อ ให้ทำให้ทะเบียนนี้ใช้งานได้เป็นเว็บแอปหนึ่งครั้ง: ส่วนขยาย → Apps Script → ทำให้ใช้งานได้ (Deploy) → การทำให้ใช้งานได้รายการใหม่ → เว็บแอป (ดำเนินการในฐานะ: ฉัน, ผู้มีสิทธิ์เข้าถึง: ทุกคน) แล้วคัดลอก URL ของเว็บแอปที่ลงท้ายด้วย /exec มาวางที่นี่ (ดูอีกครั้งได้ที่ ทำให้ใช้งานได้ → จัดการการทำให้ใช้งานได้)',
    en: 'Before pairing, deploy this register as a web app once: Extensions → Apps Script → Deploy → New deployment → Web app (execute as: Me, who has access: Anyone), then copy the web app URL ending in /exec and paste it here (Deploy → Manage deployments shows it again)',
  },
  webAppUrl: { th: 'URL ของเว็บแอป (ลงท้ายด้วย /exec)', en: 'Web app URL (ends in /exec)' },
  webAppSave: { th: 'บันทึก URL', en: 'Save URL' },
  webAppChange: { th: 'เปลี่ยน URL ของเว็บแอป', en: 'Change the web app URL' },
  connectEndpoint: { th: 'ปลายทาง: {endpoint}', en: 'Endpoint: {endpoint}' },
  copy: { th: 'คัดลอก', en: 'Copy' },
  copied: { th: 'คัดลอกแล้ว', en: 'Copied' },
  rotate: { th: 'สร้างรหัสใหม่', en: 'New code' },
  rotateWarning: {
    th: 'รหัสเดิมจะใช้ไม่ได้อีก ส่วนขยายที่เชื่อมไว้ต้องเชื่อมใหม่',
    en: 'The old code stops working; paired extensions must pair again',
  },

  repairIntro: {
    th: 'ตั้งค่าหรือซ่อมทะเบียน: สร้างแท็บที่หายไป ใส่รหัส และเขียนสูตรใหม่ โดยไม่ลบข้อมูล',
    en: 'Set up or repair: recreate missing tabs, give ids, rewrite formulas — never deletes data',
  },
  repairRun: { th: 'ตั้งค่า / ซ่อมทะเบียน', en: 'Set up / repair' },
  repairNoChange: { th: 'ทะเบียนเรียบร้อยดี ไม่มีอะไรต้องแก้', en: 'Everything was in order; nothing changed' },
  repairReport: { th: 'สิ่งที่เปลี่ยนแปลง', en: 'What changed' },
  snapshots: { th: 'จุดกู้คืน', en: 'Restore points' },
  snapshotsNone: { th: 'ยังไม่มีจุดกู้คืน', en: 'No restore points yet' },
  restore: { th: 'กู้คืน', en: 'Restore' },

  tablesLabel: { th: 'แท็บของทะเบียน', en: 'Register tabs' },
  tablesEmpty: { th: 'แท็บนี้ยังไม่มีข้อมูล', en: 'This tab has no rows yet' },
  tablesRows: { th: '{count} แถว', en: '{count} rows' },
  tablesReadOnly: { th: 'ดูอย่างเดียว — แก้ไขผ่านแถบด้านข้าง', en: 'Read-only — change it from the sidebar' },
  ...IMPORT_MESSAGES,
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof SIDEBAR_MESSAGES;

/** A catalogue text in a language, with `{name}` placeholders filled. */
export function message(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(SIDEBAR_MESSAGES[key][language], params);
}
