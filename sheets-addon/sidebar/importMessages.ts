import type { Bilingual } from '../../shared/i18n/language';

/** The import wizard's own texts (spread into the sidebar catalogue). */
export const IMPORT_MESSAGES = {
  importSource: { th: 'นำข้อมูลมาจาก', en: 'Bring data from' },
  importFromFile: { th: 'ไฟล์ CSV', en: 'A CSV file' },
  importFromSheet: { th: 'แท็บในสเปรดชีตนี้', en: 'A tab of this spreadsheet' },
  importSheet: { th: 'แท็บที่จะใช้', en: 'Tab to use' },
  importSheetNone: { th: 'ไม่มีแท็บอื่นให้ใช้', en: 'No other tab to use' },
  importSheetRows: { th: '{name} ({rows} แถว)', en: '{name} ({rows} rows)' },
  importAdoptNote: {
    th: 'แท็บเดิมจะไม่ถูกแก้ไข ข้อมูลจะถูกคัดลอกมาเป็น{tab}',
    en: 'The tab is left as it is; its rows are copied in as {tab}',
  },
  importHeaderLine: { th: 'หัวตารางอยู่บรรทัดที่', en: 'Headers are on line' },
  importStepColumns: { th: '1. คอลัมน์', en: '1. Columns' },
  importStepValues: { th: '2. ค่าตัวเลือกที่ไม่ตรง', en: '2. Choices that do not match' },
  importStepDuplicates: { th: '3. รายการที่มีอยู่แล้ว', en: '3. Already in the register' },
  importStepResult: { th: '4. ตรวจและยืนยัน', en: '4. Check and confirm' },
  importFromText: { th: 'ในไฟล์: “{text}” ({count} แถว)', en: 'In the file: “{text}” ({count} rows)' },
  importValueEmpty: { th: '(เว้นว่าง)', en: '(leave empty)' },
  importValueRefuse: { th: '(ไม่นำเข้าแถวเหล่านี้)', en: '(do not import these rows)' },
  importPhoneQuestion: {
    th: 'ตรงกันเพียงเบอร์โทรศัพท์ เป็นหน่วยงานเดียวกันหรือไม่?',
    en: 'Only the phone number matches: is it the same organisation?',
  },
  importDecisionUpdate: { th: 'ปรับปรุงรายการเดิม', en: 'Update the existing record' },
  importDecisionAdd: { th: 'เพิ่มเป็นรายการใหม่', en: 'Add anyway' },
  importDecisionSkip: { th: 'ข้าม', en: 'Skip' },
  importWillDo: {
    th: 'จะเพิ่ม {accepted} แถว · ปรับปรุง {updated} รายการ · ไม่นำเข้า {rejected} แถว',
    en: '{accepted} to add · {updated} to update · {rejected} not imported',
  },
  importLimit: { th: 'นำเข้าได้ครั้งละไม่เกิน {limit} แถว', en: 'At most {limit} rows per import' },
  importNothing: { th: 'ยังไม่มีแถวที่จะนำเข้า', en: 'Nothing would be imported yet' },
  importDoneUpdated: {
    th: 'นำเข้าแล้ว: เพิ่ม {added} แถว ปรับปรุง {updated} รายการ',
    en: 'Imported: {added} added, {updated} updated',
  },
} satisfies Record<string, Bilingual>;
