import type { Bilingual } from '../i18n/language';
import { HTML_PARSE_LIMITS, type HtmlParseLimit } from './htmlParseBounds';
import { WORK_LIMITS, type WorkLimit } from './workLimits';

/** A limit that can leave part of a page unread: the walk's, or the bounds on HTML parsed outside a browser. */
export type ReadingLimit = WorkLimit | HtmlParseLimit;

const WHAT_WAS_LEFT: Record<ReadingLimit, Bilingual> = {
  htmlCharacters: {
    th: `HTML หลังจาก ${HTML_PARSE_LIMITS.htmlCharacters.toLocaleString('en')} ตัวอักษรแรก`,
    en: `HTML after the first ${HTML_PARSE_LIMITS.htmlCharacters.toLocaleString('en')} characters`,
  },
  characterReferences: {
    th: `ส่วนหลังจากรหัสอักขระ (&...;) ${HTML_PARSE_LIMITS.characterReferences.toLocaleString('en')} ตัวแรก`,
    en: `everything after the first ${HTML_PARSE_LIMITS.characterReferences.toLocaleString('en')} character references (&…;)`,
  },
  nestingDepth: {
    th: `ส่วนที่ซ้อนลึกเกิน ${WORK_LIMITS.nestingDepth} ชั้น`,
    en: `parts nested deeper than ${WORK_LIMITS.nestingDepth} levels`,
  },
  nodes: {
    th: `ส่วนหลังจาก ${WORK_LIMITS.nodes.toLocaleString('en')} องค์ประกอบแรก ยกเว้นส่วนหัว ส่วนท้าย และที่อยู่ของหน้า`,
    en: `everything after the first ${WORK_LIMITS.nodes.toLocaleString('en')} nodes except the page's header, footer and addresses`,
  },
  characters: {
    th: `ข้อความหลังจาก ${WORK_LIMITS.characters.toLocaleString('en')} ตัวอักษรแรก ยกเว้นส่วนหัว ส่วนท้าย และที่อยู่ของหน้า`,
    en: `text after the first ${WORK_LIMITS.characters.toLocaleString('en')} characters except the page's header, footer and addresses`,
  },
  landmarkNodes: {
    th: `ส่วนหัว ส่วนท้าย และที่อยู่หลังจาก ${WORK_LIMITS.landmarkNodes.toLocaleString('en')} องค์ประกอบแรกของส่วนเหล่านั้น`,
    en: `headers, footers and addresses after the first ${WORK_LIMITS.landmarkNodes.toLocaleString('en')} nodes of them`,
  },
  landmarkCharacters: {
    th: `ข้อความในส่วนหัว ส่วนท้าย และที่อยู่หลังจาก ${WORK_LIMITS.landmarkCharacters.toLocaleString('en')} ตัวอักษรแรก`,
    en: `the text of headers, footers and addresses after its first ${WORK_LIMITS.landmarkCharacters.toLocaleString('en')} characters`,
  },
  microformatRoots: {
    th: `การ์ด h-card/h-event หลังจาก ${WORK_LIMITS.microformatRoots} รายการแรก`,
    en: `h-card/h-event items after the first ${WORK_LIMITS.microformatRoots}`,
  },
  jsonLdCharacters: {
    th: `ข้อมูล JSON-LD หลังจาก ${WORK_LIMITS.jsonLdCharacters.toLocaleString('en')} ตัวอักษรแรก`,
    en: `JSON-LD after the first ${WORK_LIMITS.jsonLdCharacters.toLocaleString('en')} characters`,
  },
};

/** What a person reads when a proposal is partial: which parts of the page were not read. */
export function partialNote(reached: readonly ReadingLimit[]): Bilingual {
  const th = reached.map((limit) => WHAT_WAS_LEFT[limit].th).join(', ');
  const en = reached.map((limit) => WHAT_WAS_LEFT[limit].en).join('; ');
  return {
    th: `หน้านี้ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้ทั้งหมด ข้อมูลที่เสนอมาจากบางส่วนของหน้า (ไม่ได้อ่าน: ${th}) กรุณาตรวจสอบก่อนบันทึก`,
    en: `This page is too large or complex to read whole; the proposal comes from part of it (not read: ${en}). Please check it before saving.`,
  };
}
