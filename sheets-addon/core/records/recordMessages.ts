import type { MessageTemplate } from '../../../shared/i18n/reason';

/** What editing, deleting and undoing records report, in both languages; records by name, never by id. */
export const RECORD_MESSAGES = {
  notFound: {
    en: 'This record is no longer in the register; it may have been deleted. Search again.',
    th: 'ไม่พบรายการนี้ในทะเบียน อาจถูกลบไปแล้ว กรุณาค้นหาอีกครั้ง',
  },
  deleted: { en: 'Deleted {name}.', th: 'ลบ {name} แล้ว' },
  dependentDeleted: {
    en: 'Also deleted {name} ({kind}), which referred to it.',
    th: 'ลบ {name} ({kind}) ที่อ้างถึงรายการนี้ด้วย',
  },
  dependentReassigned: { en: '{name} ({kind}) now refers to {to}.', th: '{name} ({kind}) เปลี่ยนไปอ้างถึง {to}' },
  dependentDetached: {
    en: '{name} ({kind}) no longer lists {from}.',
    th: '{name} ({kind}) ไม่ได้อ้างถึง {from} อีกต่อไป',
  },
  reassignTarget: {
    en: 'Choose another partner to move them to (not {name} itself).',
    th: 'กรุณาเลือกภาคีเครือข่ายอื่นที่จะย้ายไป (ไม่ใช่ {name})',
  },
  undoRemoved: { en: 'Removed {name}, which {action} had added.', th: 'นำ {name} ที่เพิ่มโดย{action}ออกแล้ว' },
  undoRestored: {
    en: 'Put back {name}, which {action} had deleted.',
    th: 'นำ {name} ที่ถูกลบโดย{action}กลับมาแล้ว',
  },
  undoReverted: {
    en: '{name}: put back {count} value(s) {action} had changed.',
    th: '{name}: คืนค่า {count} ช่องที่{action}เปลี่ยนไป',
  },
  undoKeptEdited: {
    en: 'Kept {name}: it was edited after {action}.',
    th: 'คง {name} ไว้ เพราะมีการแก้ไขหลัง{action}',
  },
  undoKeptCells: {
    en: '{name}: kept {columns}, changed again after {action}.',
    th: '{name}: คง {columns} ไว้ เพราะมีการแก้ไขอีกหลัง{action}',
  },
  undoKeptExisting: {
    en: '{name} was not put back: it is in the register again.',
    th: 'ไม่ได้นำ {name} กลับมา เพราะมีรายการนี้อยู่ในทะเบียนแล้ว',
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
