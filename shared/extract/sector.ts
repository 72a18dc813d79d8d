import { SHARED_GOVERNMENT_MAIL_DOMAINS, WEBMAIL_DOMAINS } from '../match/sharedDomains';
import type { Sourced } from './proposal';
import { withSupertypes } from './schemaTypes';

// Name rules in order: the more specific kind first (สมาคมผู้ปกครอง before สมาคม, สำนักงานเขตพื้นที่ before สำนักงาน).
const BY_NAME: readonly [RegExp, string][] = [
  [/^(?:สำนักงานเขตพื้นที่การศึกษา|สพป\.|สพม\.|สพท\.)|educational service area/i, 'esa_office'],
  [
    /^(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.|อบจ\.|เทศบาล)|municipality|subdistrict administrative/i,
    'local_gov',
  ],
  [/^(?:เครือข่ายผู้ปกครอง|สมาคมผู้ปกครอง|ชมรมผู้ปกครอง)|parents/i, 'parents'],
  [/^(?:โรงเรียน|ร\.ร\.|วิทยาลัย(?:เทคนิค|อาชีวศึกษา|การอาชีพ|เกษตร)|กศน\.|ศูนย์การศึกษาพิเศษ)|\bschool\b/i, 'school'],
  [/^(?:มหาวิทยาลัย|คณะ|วิทยาลัย|สถาบันอุดมศึกษา)|มหาวิทยาลัย|\buniversity\b|\bfaculty\b|\bcollege\b/i, 'higher_ed'],
  [
    /^(?:บริษัท|บจก\.|บมจ\.|ห้างหุ้นส่วน|หจก\.|ร้าน)|\bco\.?,?\s*ltd\b|\bcompany\b|\bltd\b|\binc\b|\bcorporation\b/i,
    'private',
  ],
  [/^(?:วัด|มัสยิด|โบสถ์|สำนักสงฆ์)|\btemple\b|\bchurch\b|\bmosque\b/i, 'religious'],
  [/^(?:มูลนิธิ|สมาคม|ชมรม)|\bfoundation\b|\bassociation\b|\bngo\b/i, 'civil_society'],
  [/^(?:ชุมชน|หมู่บ้าน|กลุ่มแม่บ้าน|วิสาหกิจชุมชน)|\bcommunity\b/i, 'community'],
  [
    /^(?:สำนักงาน|กรม|กระทรวง|โรงพยาบาล|รพ\.สต\.|สถานีตำรวจ|ศูนย์)|\bministry\b|\bdepartment\b|\bhospital\b/i,
    'gov_agency',
  ],
];

const SCHOOL_TYPES = new Set(['school', 'elementaryschool', 'middleschool', 'highschool', 'preschool']);

/** What a sector guess looks at: the schema.org types and their source, the name, the web hosts and email domains. */
export interface SectorClues {
  types?: { names: string[]; source: string };
  name?: string;
  hosts: string[];
  emailDomains?: string[];
}

/** The sector's key from the name's kind (โรงเรียน, อบต., บริษัท …), if it tells. */
export function sectorFromName(name: string | undefined): string | undefined {
  const text = name?.trim().replace(/^["'“”‘’\s]+/, '') ?? '';
  if (!text) return undefined;
  return BY_NAME.find(([pattern]) => pattern.test(text))?.[1];
}

function sectorFromHost(host: string): string | undefined {
  if (host.endsWith('.obec.go.th')) return 'school';
  if (host.endsWith('.co.th')) return 'private';
  if (host.endsWith('.or.th')) return 'civil_society';
  if (host.endsWith('.go.th')) return 'gov_agency';
  // .ac.th is used by schools and universities alike: the name decides, not the domain.
  return undefined;
}

// Schools' mail is at obec.go.th (banmaeram@obec.go.th); other shared and free mail says nothing.
function sectorFromEmailDomain(domain: string): string | undefined {
  if (domain === 'obec.go.th') return 'school';
  if (SHARED_GOVERNMENT_MAIL_DOMAINS.includes(domain) || WEBMAIL_DOMAINS.includes(domain)) return undefined;
  return sectorFromHost(domain.startsWith('.') ? domain : `.${domain}`);
}

/**
 * The partner's sector key: a specific schema.org type first (CollegeOrUniversity, School …),
 * then the name's kind, then a general type read with the name (a GovernmentOrganization
 * named อบต.… is local government), then the domain.
 */
export function guessSector(clues: SectorClues): Sourced<string> | undefined {
  // A type counts with its supertypes: a Restaurant is a LocalBusiness, a PostOffice a GovernmentOffice.
  const types = [...withSupertypes(clues.types?.names ?? [])];
  const typeSource = clues.types?.source ?? 'json-ld';
  const byName = sectorFromName(clues.name);
  if (types.includes('collegeoruniversity')) return { value: 'higher_ed', source: typeSource };
  if (types.some((type) => SCHOOL_TYPES.has(type))) return { value: 'school', source: typeSource };
  if (types.includes('governmentorganization') || types.includes('governmentoffice'))
    return byName === 'local_gov' || byName === 'esa_office' || byName === 'school' || byName === 'higher_ed'
      ? { value: byName, source: 'name' }
      : { value: 'gov_agency', source: typeSource };
  if (types.includes('educationalorganization'))
    return byName === 'higher_ed' || byName === 'esa_office' || byName === 'school'
      ? { value: byName, source: 'name' }
      : { value: 'school', source: typeSource };
  if (byName) return { value: byName, source: 'name' };
  if (types.includes('ngo')) return { value: 'civil_society', source: typeSource };
  if (types.includes('placeofworship') || types.includes('buddhisttemple'))
    return { value: 'religious', source: typeSource };
  // A library, a hospital or a police station is a LocalBusiness to schema.org, not private sector.
  const publicService = ['civicstructure', 'emergencyservice', 'library'].some((type) =>
    types.includes(type),
  );
  if (types.includes('corporation') || (types.includes('localbusiness') && !publicService))
    return { value: 'private', source: typeSource };
  for (const host of clues.hosts) {
    const sector = sectorFromHost(host);
    if (sector) return { value: sector, source: 'domain' };
  }
  for (const domain of clues.emailDomains ?? []) {
    const sector = sectorFromEmailDomain(domain.toLowerCase());
    if (sector) return { value: sector, source: 'domain' };
  }
  return undefined;
}
