import { type CountryCode, getCountries, isSupportedCountry } from 'libphonenumber-js/max';
import { normalisePhone } from '../normalise/phone';
import type { Result } from '../result';
import type { AddressFacts } from './schemaFacts';

/** What tells which country a page's numbers are in, strongest first. */
export interface RegionClues {
  /** addressCountry or an address's last part from structured data: the organisation's own country. */
  addresses: (AddressFacts | undefined)[];
  /** The page's text, where a postal address may end in a country's name (`…, London SW1A 2AA, United Kingdom`). */
  text: string;
  url: string;
  /** The `lang` of the page's `<html>` (`en-GB`). */
  lang?: string;
}

// Names people write that Intl's region names do not give.
const ALIASES: Record<string, string> = {
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  korea: 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  laos: 'LA',
  'lao pdr': 'LA',
  burma: 'MM',
  vietnam: 'VN',
  'viet nam': 'VN',
  'hong kong': 'HK',
  ประเทศไทย: 'TH',
};

let namesToRegion: Map<string, CountryCode> | undefined;

/** Every country's English and Thai name, lower-case, to its code: built once, when a page first needs it. */
function regionNames(): Map<string, CountryCode> {
  if (!namesToRegion) {
    namesToRegion = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const thai = new Intl.DisplayNames(['th'], { type: 'region' });
    for (const code of getCountries()) {
      for (const names of [english, thai]) {
        const name = names.of(code);
        if (name && name !== code) namesToRegion.set(name.toLowerCase(), code);
      }
    }
    for (const [name, code] of Object.entries(ALIASES))
      if (isSupportedCountry(code)) namesToRegion.set(name, code);
  }
  return namesToRegion;
}

/** A country as structured data or an address writes it (`GB`, `United Kingdom`, `ประเทศญี่ปุ่น`), as a region code. */
export function regionOfCountry(written: string | undefined): CountryCode | undefined {
  const text = written?.trim().replace(/\.$/, '') ?? '';
  if (text === '') return undefined;
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper === 'UK' ? 'GB' : isSupportedCountry(upper) ? upper : undefined;
  const lower = text.toLowerCase().replace(/^(?:ประเทศ|the)\s*/, '');
  return regionNames().get(lower);
}

/** A country's English name, as an address abroad writes it (`GB` → United Kingdom). */
export function countryName(code: CountryCode): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}

function regionOfAddress(address: AddressFacts | undefined): CountryCode | undefined {
  if (!address) return undefined;
  return regionOfCountry(address.country) ?? regionOfCountry(lastPart(address.text));
}

const lastPart = (text: string | undefined) => text?.split(/[,\n]/).pop();

/** Longer lines are prose, not an address's last line. */
const MAX_ADDRESS_LINE = 200;

/**
 * The country a written postal address on the page ends in, when one does: a line with a number
 * in it ending in `, <country>` (`221B Baker Street, London NW1 6XE, United Kingdom`).
 */
function regionOfText(text: string): CountryCode | undefined {
  for (const line of text.split('\n')) {
    if (line.length > MAX_ADDRESS_LINE) continue;
    const comma = line.lastIndexOf(',');
    if (comma < 0 || !/\d/.test(line.slice(0, comma))) continue;
    const last = line.slice(comma + 1).trim();
    if (!/^[A-Za-z][A-Za-z .'-]{1,40}$/.test(last)) continue;
    const region = regionOfCountry(last);
    if (region) return region;
  }
  return undefined;
}

/** A country-code top-level domain's region (`.uk` → GB, `.de` → DE); none for `.com`, `.org`, `localhost`. */
function regionOfHost(url: string): CountryCode | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const tld = host.slice(host.lastIndexOf('.') + 1).toUpperCase();
  if (!host.includes('.') || !/^[A-Z]{2}$/.test(tld)) return undefined;
  const region = tld === 'UK' ? 'GB' : tld;
  return isSupportedCountry(region) ? region : undefined;
}

/** `en-GB` → GB; a language alone (`en`, `th`) says nothing of a country. */
function regionOfLang(lang: string | undefined): CountryCode | undefined {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(lang?.trim() ?? '')?.[1]?.toUpperCase();
  return region && isSupportedCountry(region) ? region : undefined;
}

/**
 * The country a page's numbers without a country code are in: the organisation's own address
 * (structured data), the site's country domain (`.th` included), a postal address written on
 * the page, the page's language tag; undefined when nothing tells (they are then read as Thai).
 */
export function pageRegion(clues: RegionClues): CountryCode | undefined {
  for (const address of clues.addresses) {
    const region = regionOfAddress(address);
    if (region) return region;
  }
  return regionOfHost(clues.url) ?? regionOfText(clues.text) ?? regionOfLang(clues.lang);
}

/** The region of one organisation's own numbers: its address's country, else the page's. */
export function organisationRegion(
  address: AddressFacts | undefined,
  page: CountryCode | undefined,
): CountryCode | undefined {
  return regionOfAddress(address) ?? page;
}

/**
 * A number as a page shows it, in E.164: one with a country code keeps it; one without is read
 * in the page's country, and, when it is no number there, as Thai (a Thai site whose template
 * says `lang="en-US"` still has Thai numbers).
 */
export function phoneOnPage(raw: string, region: CountryCode | undefined): Result<string> {
  if (region && region !== 'TH') {
    const foreign = normalisePhone(raw, region);
    if (foreign.ok) return foreign;
  }
  return normalisePhone(raw);
}
