import type { MessageTemplate } from '../../../shared/i18n/reason';

/** What editing, deleting and undoing records report, in both languages. */
export const RECORD_MESSAGES = {
  notFound: {
    en: 'No record with the id {id}; it may have been deleted. Search again.',
    th: 'ไม่พบรายการรหัส {id} อาจถูกลบไปแล้ว กรุณาค้นหาอีกครั้ง',
  },
  deleted: { en: 'Deleted {id} ({name}).', th: 'ลบ {id} ({name}) แล้ว' },
  dependentDeleted: {
    en: 'Also deleted {id} ({name}), which referred to it.',
    th: 'ลบ {id} ({name}) ที่อ้างถึงรายการนี้ด้วย',
  },
  dependentReassigned: { en: '{id} ({name}) now refers to {to}.', th: '{id} ({name}) เปลี่ยนไปอ้างถึง {to}' },
  dependentDetached: {
    en: '{id} ({name}) no longer lists {from}.',
    th: '{id} ({name}) ไม่ได้อ้างถึง {from} อีกต่อไป',
  },
  reassignTarget: {
    en: 'Choose another partner to move them to (not {id} itself).',
    th: 'กรุณาเลือกภาคีเครือข่ายอื่นที่จะย้ายไป (ไม่ใช่ {id})',
  },
  undoRemoved: { en: 'Removed {id}, which {action} had added.', th: 'นำ {id} ที่เพิ่มโดย{action}ออกแล้ว' },
  undoRestored: { en: 'Put back {id}, which {action} had deleted.', th: 'นำ {id} ที่ถูกลบโดย{action}กลับมาแล้ว' },
  undoReverted: {
    en: '{id}: put back {count} value(s) {action} had changed.',
    th: '{id}: คืนค่า {count} ช่องที่{action}เปลี่ยนไป',
  },
  undoKeptEdited: {
    en: 'Kept {id} ({name}): it was edited after {action}.',
    th: 'คง {id} ({name}) ไว้ เพราะมีการแก้ไขหลัง{action}',
  },
  undoKeptCells: {
    en: '{id}: kept {columns}, changed again after {action}.',
    th: '{id}: คง {columns} ไว้ เพราะมีการแก้ไขอีกหลัง{action}',
  },
  undoKeptExisting: {
    en: '{id} was not put back: a row with that id exists again.',
    th: 'ไม่ได้นำ {id} กลับมา เพราะมีแถวรหัสนี้อยู่แล้ว',
  },
  undoNothing: {
    en: 'Nothing left to undo: what {action} changed has been changed again since.',
    th: 'ไม่มีสิ่งใดให้ย้อนกลับ สิ่งที่{action}เปลี่ยนได้ถูกแก้ไขไปแล้ว',
  },
  undoStructureKept: {
    en: 'New tabs, columns and headers that {action} made are kept.',
    th: 'แท็บ คอลัมน์ และหัวคอลัมน์ใหม่ที่{action}สร้างไว้ยังคงอยู่',
  },
} as const satisfies Record<string, MessageTemplate>;

/** What each undoable operation is called inside a sentence ("…added by the import"). */
export const ACTION_NAMES: Record<string, MessageTemplate> = {
  import: { en: 'the import', th: 'การนำเข้าข้อมูล' },
  repair: { en: 'the repair', th: 'การตรวจซ่อม' },
  setup: { en: 'the setup', th: 'การตั้งค่า' },
  language: { en: 'the language switch', th: 'การเปลี่ยนภาษา' },
  edit: { en: 'the edit', th: 'การแก้ไข' },
  delete: { en: 'the delete', th: 'การลบ' },
};
