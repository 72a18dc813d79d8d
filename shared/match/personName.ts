import { stripZeroWidth } from '../normalise/invisible';
import { composeSaraAm } from '../normalise/thaiVowels';

// Titles before a name. Thai honorifics are often written without a space (นายสมชาย).
// คุณ is stripped only before a space: it also begins given names such as คุณากร.
const HONORIFIC =
  /^(?:ว่าที่\s*ร้อยตรี|ว่าที่\s*ร\.\s*ต\.|ผู้ช่วยศาสตราจารย์|รองศาสตราจารย์|ศาสตราจารย์|นายแพทย์|แพทย์หญิง|คุณครู|นางสาว|นาง|นาย|น\.\s*ส\.|ด\.\s*ช\.|ด\.\s*ญ\.|เด็กชาย|เด็กหญิง|ดร\.|ผศ\.|รศ\.|ศ\.|อ\.|ผอ\.|ครู|อาจารย์|พระครู|พระ|นพ\.|พญ\.|คุณ\s|mrs\.?\s|mr\.?\s|ms\.?\s|miss\s|dr\.?\s|prof\.?\s|asst\.?\s|assoc\.?\s|mrs\.|mr\.|ms\.|dr\.|prof\.)\s*/;
const NOT_NAME = /[\s\p{P}\p{S}]/gu;

/**
 * A person's name folded for comparison: honorifics and academic titles dropped (นาย, นาง,
 * นางสาว, น.ส., ว่าที่ร้อยตรี, ดร., ผศ., รศ., ศ., ครู, Mr, Mrs, Ms, Dr …, also stacked: ผศ.ดร.), no spaces
 * or punctuation, case-folded.
 */
export function foldPersonName(name: string): string {
  let text = composeSaraAm(stripZeroWidth(String(name ?? '')))
    // NFC, not NFKC: compatibility folding splits Thai sara am (ำ) into two characters.
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    const stripped = text.replace(HONORIFIC, '').trim();
    // A title alone ("ครู") is kept rather than folded to nothing.
    if (stripped !== '') text = stripped;
  }
  // Removing a symbol can leave combining marks side by side: compose them again.
  return text.replace(NOT_NAME, '').normalize('NFC');
}
