import { foldOrganisationName } from '../match/organisationName';
import { cleanFieldText } from './cleanText';
import type { Sourced } from './proposal';

// Words a Thai organisation's name starts with; found at a word start inside a heading too
// (`ยินดีต้อนรับสู่ อบต.ริมเหนือ`, `ติดต่อโรงเรียนบ้านดอนแก้ว`).
const THAI_ORGANISATION_START =
  /(?:โรงเรียน|มหาวิทยาลัย|วิทยาลัย|คณะ|สถาบัน|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.|อบจ\.|เทศบาล|สำนักงาน|สพป\.|สพม\.|บริษัท|ห้างหุ้นส่วน|หจก\.|บจก\.|บมจ\.|วัด|มูลนิธิ|สมาคม|ชมรม|ศูนย์|กรม|กระทรวง|โรงพยาบาล|รพ\.สต\.|กศน\.|สถานีตำรวจ|สหกรณ์|วิสาหกิจชุมชน)/;
const THAI_ORGANISATION_START_ALL = new RegExp(THAI_ORGANISATION_START.source, 'g');
// An affiliation or address after the name is not part of it (`โรงเรียนบ้านดอนแก้ว สพป.เชียงใหม่ เขต 1`).
const AFTER_NAME = /\s+(?:สพป\.|สพม\.|สังกัด|อำเภอ|จังหวัด|ตำบล|อ\.|จ\.|ต\.|หมู่|เลขที่|โทร|ที่อยู่)/;
const ENGLISH_ORGANISATION =
  /\b(?:school|university|college|faculty|foundation|association|company|co\.,?\s*ltd\.?|ltd\.?|inc\.?|corporation|municipality|temple|office)(?:\W|$)/i;
// Title segments are split at these separators (`ติดต่อเรา | โรงเรียนบ้านดอนแก้ว`).
const TITLE_SEPARATOR = /\s+[|\-–—:»·]+\s+|\s*[|»·]\s*|::/;
// A page's own words that are never an organisation's name.
const GENERIC = /^(?:หน้าแรก|หน้าหลัก|ติดต่อเรา|ติดต่อ|เกี่ยวกับเรา|home|contact(?: us)?|about(?: us)?|welcome)$/i;

/** The organisation's name inside a title segment or heading, if the text names one. */
export function organisationNameIn(text: string): string | undefined {
  const clean = cleanFieldText(text);
  for (const thai of clean.matchAll(THAI_ORGANISATION_START_ALL)) {
    if (
      thai.index > 0 &&
      /[\u0E01-\u0E4E]/.test(clean[thai.index - 1]) &&
      !isAfterGreeting(clean, thai.index)
    )
      continue;
    const name = clean.slice(thai.index).split(AFTER_NAME)[0].trim();
    if (name.length > thai[0].length) return name;
  }
  if (ENGLISH_ORGANISATION.test(clean) && !GENERIC.test(clean)) return clean;
  return undefined;
}

// `ติดต่อโรงเรียน…`, `ยินดีต้อนรับสู่โรงเรียน…`: a greeting or a page word glued to the name.
function isAfterGreeting(text: string, index: number): boolean {
  return /(?:ติดต่อ|สู่|เกี่ยวกับ|ของ)$/.test(text.slice(0, index));
}

/**
 * The organisation's name a page's title, OpenGraph site name, description and headings agree
 * on. Spellings that fold alike (อบต.ริมเหนือ and องค์การบริหารส่วนตำบลริมเหนือ) count as one
 * name, shown in its longest (unabbreviated) spelling; the name most sources give wins.
 */
export function organisationNameFromPage(candidates: Sourced<string>[]): Sourced<string> | undefined {
  const groups = new Map<string, { names: Sourced<string>[]; sources: Set<string>; order: number }>();
  candidates.forEach((candidate, order) => {
    for (const segment of candidate.value.split(TITLE_SEPARATOR)) {
      const name = organisationNameIn(segment);
      if (!name) continue;
      const key = foldOrganisationName(name);
      if (!key) continue;
      const group = groups.get(key) ?? { names: [], sources: new Set<string>(), order };
      group.names.push({ value: name, source: candidate.source });
      group.sources.add(candidate.source);
      groups.set(key, group);
    }
  });
  let best: { names: Sourced<string>[]; sources: Set<string>; order: number } | undefined;
  for (const group of groups.values()) {
    if (
      !best ||
      group.sources.size > best.sources.size ||
      (group.sources.size === best.sources.size && group.order < best.order)
    )
      best = group;
  }
  if (best)
    return best.names.reduce((longest, name) => (name.value.length > longest.value.length ? name : longest));
  const siteName = candidates.find((candidate) => candidate.source === 'meta:og');
  const fallback = siteName ? cleanFieldText(siteName.value) : '';
  return fallback && !GENERIC.test(fallback)
    ? { value: fallback, source: siteName?.source ?? 'meta:og' }
    : undefined;
}
