import type { CountryCode } from 'libphonenumber-js/max';
import { SHARED_SITE_DOMAINS } from '../match/sharedDomains';
import { toArabicDigits } from '../normalise/digits';
import { normaliseEmail } from '../normalise/email';
import { phoneWithoutExtension } from '../normalise/phone';
import { normaliseUrl, registrableDomain } from '../normalise/url';
import type { FieldDraft } from './fieldDraft';
import { countryName, organisationRegion, phoneOnPage, regionOfCountry } from './pageRegion';
import type { OrganisationFacts } from './schemaFacts';
import type { TextAddress } from './textFacts';
import { findAddress } from './textFacts';
import { PROVINCE_NAMES_LONGEST_FIRST, provinceOf } from './thaiProvinces';

/** The partner's single-valued fields (register column keys). */
export type PartnerSingle =
  | 'name'
  | 'sector'
  | 'website'
  | 'line_id'
  | 'address'
  | 'province'
  | 'district'
  | 'postal_code';
/** The list fields of partners and contacts. */
export type ContactList = 'email' | 'phone';
/** A partner being filled from the page's sources in priority order. */
export type PartnerDraft = FieldDraft<PartnerSingle, ContactList>;

/**
 * Offers an organisation's name, website, lines and address (structured data) to the partner;
 * its numbers are read in its address's country, else in the page's `region`.
 */
export function addOrganisation(partner: PartnerDraft, org: OrganisationFacts, region?: CountryCode): void {
  partner.set('name', org.name, org.source);
  if (org.website) {
    const website = normaliseUrl(org.website);
    if (website.ok) partner.set('website', website.value, org.source);
  }
  addReach(partner, org.emails, org.phones, org.source, organisationRegion(org.address, region));
  const address = org.address;
  if (!address) return;
  if (address.text) {
    const found = findAddress(address.text);
    if (found) addTextAddress(partner, found, org.source);
    else partner.set('address', address.text, org.source);
    return;
  }
  const country = regionOfCountry(address.country);
  if (country && country !== 'TH') {
    // Abroad there is no province or district (อำเภอ) to fill: the address is written out whole.
    // A country given as its code (`GB`) is written by its name.
    const written = /^[a-z]{2}$/i.test(address.country?.trim() ?? '')
      ? countryName(country)
      : address.country;
    const parts = [address.street, [address.locality, address.postalCode].filter(Boolean).join(' '), written];
    const whole = parts.filter((part) => part?.trim()).join(', ');
    if (whole) partner.set('address', whole, org.source);
    return;
  }
  const postalCode = toArabicDigits(address.postalCode ?? '').trim();
  if (/^\d{5}$/.test(postalCode)) partner.set('postal_code', postalCode, org.source);
  const province =
    provinceOf(address.region ?? '') ??
    provinceOf(address.locality ?? '') ??
    provinceIn(address.region ?? '');
  partner.set('province', province, org.source);
  const locality = address.locality?.trim();
  if (locality && !provinceOf(locality))
    partner.set('district', locality.replace(/^(?:อำเภอ|อ\.|เขต)\s*/, ''), org.source);
  const parts = [address.street, address.locality, address.region, postalCode].filter((part) => part?.trim());
  if (parts.length > 0) partner.set('address', parts.join(' '), org.source);
}

function provinceIn(text: string): string | undefined {
  return PROVINCE_NAMES_LONGEST_FIRST.find((name) => text.includes(name));
}

/** Offers an address found in text to the partner's address fields. */
export function addTextAddress(partner: PartnerDraft, address: TextAddress, source: string): void {
  partner.set('address', address.address, source);
  partner.set('postal_code', address.postalCode, source);
  partner.set('province', address.province, source);
  partner.set('district', address.district, source);
}

/** The extension of a stored phone (`+6621234567;ext=12` → `12`). */
export const extensionOf = (stored: string) => /;ext=(\d+)$/.exec(stored)?.[1];

/**
 * Adds the emails and phones found for a partner or a person, each only when it normalises;
 * a phone is listed without its extension, which is kept beside it. A number without a country
 * code is read in `region` (pageRegion.ts), else as Thai.
 */
export function addReach<Single extends string>(
  draft: FieldDraft<Single, ContactList>,
  emails: readonly string[],
  phones: readonly string[],
  source: string,
  region?: CountryCode,
): void {
  for (const raw of emails) {
    const email = normaliseEmail(raw);
    if (email.ok) draft.add('email', email.value, source);
  }
  for (const raw of phones) {
    const phone = phoneOnPage(raw, region);
    if (phone.ok) draft.add('phone', phoneWithoutExtension(phone.value), source, extensionOf(phone.value));
  }
}

// The label is a word of its own: `web` inside an address (sales@webdesign.co.th) is not one.
const WEBSITE_IN_TEXT =
  /(?<![\w@.-])(?:เว็บไซต์|เว็บไซท์|website|web)\s*[:：]?\s*((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s]*)?)/i;

/** A website written after a เว็บไซต์/website label. */
export function websiteInText(text: string): string | undefined {
  const match = WEBSITE_IN_TEXT.exec(text);
  if (!match) return undefined;
  const url = normaliseUrl(match[1]);
  return url.ok ? url.value : undefined;
}

/**
 * The site a page belongs to: its origin, or on a site that hosts many organisations'
 * pages (facebook.com/bandonkaewschool) the page's own address without query or fragment.
 */
export function websiteOfPage(url: string): string {
  const parsed = new URL(url);
  const domain = registrableDomain(parsed.hostname);
  if (domain && SHARED_SITE_DOMAINS.includes(domain)) return `${parsed.origin}${parsed.pathname}`;
  return `${parsed.origin}/`;
}
