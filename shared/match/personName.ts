import { foldNameSpelling, nameLetters } from './nameFolding';

// Titles before a name. Thai honorifics are often written without a space (นายสมชาย).
// คุณ is stripped only before a space: it also begins given names such as คุณากร.
const HONORIFIC =
  /^(?:ว่าที่\s*ร้อยตรี|ว่าที่\s*ร\.\s*ต\.|ผู้ช่วยศาสตราจารย์|รองศาสตราจารย์|ศาสตราจารย์|นายแพทย์|แพทย์หญิง|คุณครู|นางสาว|นาง|นาย|น\.\s*ส\.|ด\.\s*ช\.|ด\.\s*ญ\.|เด็กชาย|เด็กหญิง|ดร\.|ผศ\.|รศ\.|ศ\.|อ\.|ผอ\.|ครู|อาจารย์|พระครู|พระ|นพ\.|พญ\.|คุณ\s|mrs\.?\s|mr\.?\s|ms\.?\s|miss\s|dr\.?\s|prof\.?\s|asst\.?\s|assoc\.?\s|mrs\.|mr\.|ms\.|dr\.|prof\.)\s*/;

/**
 * A person's name folded for comparison: honorifics and academic titles dropped (นาย, นาง,
 * นางสาว, น.ส., ว่าที่ร้อยตรี, ดร., ผศ., รศ., ศ., ครู, Mr, Mrs, Ms, Dr …, also stacked: ผศ.ดร.), no spaces
 * or punctuation, case-folded.
 */
export function foldPersonName(name: string): string {
  let text = foldNameSpelling(String(name ?? ''));
  for (let previous = ''; previous !== text; ) {
    previous = text;
    const stripped = text.replace(HONORIFIC, '').trim();
    // A title alone ("ครู") is kept rather than folded to nothing.
    if (stripped !== '') text = stripped;
  }
  return nameLetters(text);
}
