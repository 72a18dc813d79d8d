import { foldPersonName } from '../match/personName';
import { SHARED_SITE_DOMAINS } from '../match/sharedDomains';
import { normaliseDate } from '../normalise/date';
import { toArabicDigits } from '../normalise/digits';
import { normaliseEmail } from '../normalise/email';
import { normalisePhone, phoneWithoutExtension } from '../normalise/phone';
import { normaliseUrl, registrableDomain } from '../normalise/url';
import { activityTypeOf, isActivityTitle } from './activityType';
import { cleanFieldText } from './cleanText';
import { FieldDraft, MAX_LIST_VALUES } from './fieldDraft';
import { readJsonLd } from './jsonLd';
import { readMicrodata } from './microdata';
import { readMicroformats } from './microformats';
import { organisationNameFromPage } from './organisationName';
import { readLinks } from './pageLinks';
import { readMeta } from './pageMeta';
import { type PageScan, scanPage } from './pageScan';
import type {
  ActivityFields,
  ContactFields,
  PageProposal,
  PartnerFields,
  Sourced,
  SourcesOf,
} from './proposal';
import { type OrganisationFacts, type PersonFacts, readSchemaFacts, type SchemaFacts } from './schemaFacts';
import { guessSector } from './sector';
import { readSelection } from './selection';
import { findStaff, type StaffMember } from './staff';
import { findAddress, findDate, findEmails, findLineIds, findPhones, type TextMatch } from './textFacts';
import { PROVINCE_NAMES_LONGEST_FIRST, provinceOf } from './thaiProvinces';

/** At most this many contacts are proposed from one page. */
export const MAX_CONTACTS = 50;

/** Options of an extraction: the text the user selected, which takes priority for the field it fits. */
export interface ExtractOptions {
  selection?: string;
}

type PartnerSingle =
  | 'name'
  | 'sector'
  | 'website'
  | 'line_id'
  | 'address'
  | 'province'
  | 'district'
  | 'postal_code';
type ContactSingle = 'name' | 'role' | 'line_id';
type ContactList = 'email' | 'phone';

/**
 * Proposes a partner, its contacts and an activity from a page: structured data (JSON-LD,
 * microdata, h-card/h-event), OpenGraph and meta, mailto/tel links, and visible text (staff
 * tables, Thai phones, obfuscated emails, LINE IDs, addresses), with the user's selection first.
 * Reads only the given document (no browser API); never throws: a broken page gives an empty proposal.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageProposal {
  try {
    return proposalOf(doc, String(url ?? ''), options ?? {});
  } catch {
    return emptyProposal(String(url ?? ''));
  }
}

function emptyProposal(url: string): PageProposal {
  return { url, partner: { email: [], phone: [] }, contacts: [], sources: { partner: {}, contacts: [] } };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const NO_FACTS: SchemaFacts = { organisations: [], people: [], events: [] };

function proposalOf(doc: Document, url: string, options: ExtractOptions): PageProposal {
  const scan = scanPage(doc);
  const meta = safely(() => readMeta(doc), { title: '', get: () => undefined });
  const structured: SchemaFacts[] = [
    safely(() => readSchemaFacts(readJsonLd(scan.jsonLdScripts), 'json-ld'), NO_FACTS),
    safely(() => readSchemaFacts(readMicrodata(scan.itemScopes), 'microdata'), NO_FACTS),
    safely(() => microformatFacts(scan, url), NO_FACTS),
  ];
  const links = readLinks(scan.links);
  const { staff, rows } = findStaff(scan, links);
  const selection = readSelection(options.selection);
  const peopleRows = mergedRanges(rows);
  const outsideCards = (match: TextMatch) => !insideRanges(peopleRows, match.start);
  // The page text with people's rows blanked (same length, so offsets hold): what remains is the organisation's.
  const organisationText = blankRanges(scan.text, peopleRows);

  const events = structured.flatMap((facts) => facts.events);
  const organisations = structured.flatMap((facts) => facts.organisations);
  const pageHost = hostOf(url);
  const primary =
    events.find((event) => event.organiser?.name)?.organiser ??
    organisations.find(
      (org) => org.name && org.website && registrableDomain(org.website) === registrableDomain(url),
    ) ??
    organisations.find((org) => org.name);

  // Partner: the selection, then structured data, then links and text outside people's rows.
  const partner = new FieldDraft<PartnerSingle, ContactList>(['email', 'phone']);
  partner.set('name', selection.name, 'selection');
  partner.set('website', selection.website, 'selection');
  for (const email of selection.emails) partner.add('email', email.value, 'selection');
  for (const phone of selection.phones) partner.add('phone', phone.value, 'selection', phone.extension);
  partner.set('line_id', selection.lineIds[0]?.value, 'selection');
  if (selection.address) addTextAddress(partner, selection.address, 'selection');

  if (primary) addOrganisation(partner, primary);
  if (!partner.has('name')) {
    const candidates: Sourced<string>[] = [];
    const push = (value: string | undefined, source: string) => value && candidates.push({ value, source });
    push(meta.get('og:site_name'), 'meta:og');
    push(meta.title, 'meta:title');
    push(meta.get('og:title'), 'meta:og');
    push(meta.get('description'), 'meta:description');
    for (const heading of scan.headings) push(heading, 'heading');
    const name = organisationNameFromPage(candidates);
    partner.set('name', name?.value, name?.source ?? 'meta');
  }
  // A value structured data gives to a person is theirs, not the organisation's, wherever else it appears.
  const people = [...(primary?.people ?? []), ...structured.flatMap((facts) => facts.people)];
  const personal = new Set(
    people
      .flatMap((person) => [
        ...person.emails.map((raw) => normaliseEmail(raw)),
        ...person.phones.map((raw) => normalisePhone(raw)),
      ])
      .flatMap((result) => (result.ok ? [phoneWithoutExtension(result.value)] : [])),
  );
  const organisational = (match: TextMatch) => outsideCards(match) && !personal.has(match.value);
  for (const email of links.emails.filter(organisational)) partner.add('email', email.value, 'mailto');
  for (const email of findEmails(organisationText, MAX_LIST_VALUES * 2).filter(organisational))
    partner.add('email', email.value, 'text');
  for (const phone of links.phones.filter(organisational))
    partner.add('phone', phone.value, 'tel', phone.extension);
  for (const phone of findPhones(organisationText, MAX_LIST_VALUES * 2).filter(organisational))
    partner.add('phone', phone.value, 'text', phone.extension);
  partner.set('line_id', links.lineIds.find(outsideCards)?.value, 'link');
  partner.set('line_id', findLineIds(organisationText)[0]?.value, 'text');
  partner.set('website', websiteInText(scan.text), 'text');
  const address = findAddress(scan.text);
  if (address) addTextAddress(partner, address, 'text');
  if (pageHost) partner.set('website', websiteOfPage(url), 'url');

  const hosts = [partner.values.website, url]
    .map((value) => (value ? hostOf(value) : undefined))
    .filter((host): host is string => Boolean(host));
  const emailDomains = partner.lists.email.map((email) => email.slice(email.lastIndexOf('@') + 1));
  const sector = guessSector({
    types: primary ? { names: primary.types, source: primary.source } : undefined,
    name: partner.values.name,
    hosts,
    emailDomains,
  });
  partner.set('sector', sector?.value, sector?.source ?? 'name');

  const contacts = contactsOf(selection.personName, primary, structured, staff);
  const activity = activityOf(events, selection.date, scan, meta.title);
  const partnerFields: PartnerFields = {
    ...partner.values,
    email: partner.lists.email,
    phone: partner.lists.phone,
  };
  if (Object.keys(partner.extensions).length > 0) partnerFields.phone_ext = partner.extensions;
  return {
    url,
    partner: partnerFields,
    contacts: contacts.map((contact) => contact.fields),
    ...(activity ? { activity: activity.fields } : {}),
    sources: {
      partner: { ...partner.sources, email: partner.listSources.email, phone: partner.listSources.phone },
      contacts: contacts.map((contact) => contact.sources),
      ...(activity ? { activity: activity.sources } : {}),
    },
  };
}

type Range = { start: number; end: number };

/** The ranges sorted and merged where they overlap. */
function mergedRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function insideRanges(merged: Range[], offset: number): boolean {
  let low = 0;
  let high = merged.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (offset < merged[middle].start) high = middle - 1;
    else if (offset >= merged[middle].end) low = middle + 1;
    else return true;
  }
  return false;
}

function blankRanges(text: string, merged: Range[]): string {
  if (merged.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const range of merged) {
    pieces.push(text.slice(at, range.start), ' '.repeat(range.end - range.start));
    at = range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function microformatFacts(scan: PageScan, url: string): SchemaFacts {
  const facts = readSchemaFacts(readMicroformats(scan.microformatRoots, url), 'h-card');
  for (const event of facts.events) event.source = 'h-event';
  return facts;
}

/**
 * The site a page belongs to: its origin, or on a site that hosts many organisations'
 * pages (facebook.com/bandonkaewschool) the page's own address without query or fragment.
 */
function websiteOfPage(url: string): string {
  const parsed = new URL(url);
  const domain = registrableDomain(parsed.hostname);
  if (domain && SHARED_SITE_DOMAINS.includes(domain)) return `${parsed.origin}${parsed.pathname}`;
  return `${parsed.origin}/`;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.hostname.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}

function addOrganisation(partner: FieldDraft<PartnerSingle, ContactList>, org: OrganisationFacts): void {
  partner.set('name', org.name, org.source);
  if (org.website) {
    const website = normaliseUrl(org.website);
    if (website.ok) partner.set('website', website.value, org.source);
  }
  for (const raw of org.emails) {
    const email = normaliseEmail(raw);
    if (email.ok) partner.add('email', email.value, org.source);
  }
  for (const raw of org.phones) {
    const phone = normalisePhone(raw);
    if (phone.ok)
      partner.add('phone', phoneWithoutExtension(phone.value), org.source, extensionOf(phone.value));
  }
  const address = org.address;
  if (!address) return;
  if (address.text) {
    const found = findAddress(address.text);
    if (found) addTextAddress(partner, found, org.source);
    else partner.set('address', address.text, org.source);
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

function addTextAddress(
  partner: FieldDraft<PartnerSingle, ContactList>,
  address: NonNullable<ReturnType<typeof findAddress>>,
  source: string,
): void {
  partner.set('address', address.address, source);
  partner.set('postal_code', address.postalCode, source);
  partner.set('province', address.province, source);
  partner.set('district', address.district, source);
}

const extensionOf = (stored: string) => /;ext=(\d+)$/.exec(stored)?.[1];

const WEBSITE_IN_TEXT =
  /(?:เว็บไซต์|เว็บไซท์|website|web)\s*[:：]?\s*((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s]*)?)/i;

function websiteInText(text: string): string | undefined {
  const match = WEBSITE_IN_TEXT.exec(text);
  if (!match) return undefined;
  const url = normaliseUrl(match[1]);
  return url.ok ? url.value : undefined;
}

interface ContactDraft {
  fields: ContactFields;
  sources: SourcesOf<ContactFields>;
}

function contactsOf(
  selectedName: string | undefined,
  primary: OrganisationFacts | undefined,
  structured: SchemaFacts[],
  staff: StaffMember[],
): ContactDraft[] {
  const drafts: FieldDraft<ContactSingle, ContactList>[] = [];
  const byName = new Map<string, FieldDraft<ContactSingle, ContactList>>();
  const draftFor = (name: string | undefined): FieldDraft<ContactSingle, ContactList> | undefined => {
    const key = name ? foldPersonName(name) : '';
    const existing = key ? byName.get(key) : undefined;
    if (existing) return existing;
    if (drafts.length >= MAX_CONTACTS) return undefined;
    const draft = new FieldDraft<ContactSingle, ContactList>(['email', 'phone']);
    drafts.push(draft);
    if (key) byName.set(key, draft);
    return draft;
  };
  if (selectedName) draftFor(selectedName)?.set('name', selectedName, 'selection');
  const people: PersonFacts[] = [...(primary?.people ?? []), ...structured.flatMap((facts) => facts.people)];
  for (const person of people) {
    const hasReach = person.emails.length > 0 || person.phones.length > 0;
    if (!person.name && !hasReach) continue;
    const draft = draftFor(person.name);
    if (!draft) break;
    draft.set('name', person.name, person.source);
    draft.set('role', person.role, person.source);
    for (const raw of person.emails) {
      const email = normaliseEmail(raw);
      if (email.ok) draft.add('email', email.value, person.source);
    }
    for (const raw of person.phones) {
      const phone = normalisePhone(raw);
      if (phone.ok)
        draft.add('phone', phoneWithoutExtension(phone.value), person.source, extensionOf(phone.value));
    }
  }
  for (const member of staff) {
    const draft = draftFor(member.name);
    if (!draft) break;
    draft.set('name', member.name, member.source);
    draft.set('role', member.role, member.source);
    for (const email of member.emails) draft.add('email', email.value, email.source ?? member.source);
    for (const phone of member.phones)
      draft.add('phone', phone.value, phone.source ?? member.source, phone.extension);
    const lineId = member.lineIds[0];
    draft.set('line_id', lineId?.value, lineId?.source ?? member.source);
  }
  const unique = drafts.filter((draft, index) => drafts.indexOf(draft) === index);
  return unique
    .filter((draft) => draft.has('name') || draft.lists.email.length > 0 || draft.lists.phone.length > 0)
    .map((draft) => {
      const fields: ContactFields = { ...draft.values, email: draft.lists.email, phone: draft.lists.phone };
      if (Object.keys(draft.extensions).length > 0) fields.phone_ext = draft.extensions;
      return {
        fields,
        sources: { ...draft.sources, email: draft.listSources.email, phone: draft.listSources.phone },
      };
    });
}

function activityOf(
  events: SchemaFacts['events'],
  selectedDate: string | undefined,
  scan: PageScan,
  title: string,
): { fields: ActivityFields; sources: SourcesOf<ActivityFields> } | undefined {
  const draft = new FieldDraft<keyof ActivityFields, never>([]);
  const event = events.find((candidate) => candidate.title || candidate.start);
  if (event) {
    draft.set('title', event.title, event.source);
    const start = event.start ? dateOf(event.start) : undefined;
    draft.set('date', selectedDate, 'selection');
    draft.set('date', start, event.source);
    const type = activityTypeOf(draft.values.title, event.types);
    draft.set('type', type, event.title ? 'title' : event.source);
  } else {
    const heading = [...scan.headings, title].find((text) => isActivityTitle(text));
    if (!heading) return undefined;
    draft.set('title', heading, scan.headings.includes(heading) ? 'heading' : 'meta:title');
    draft.set('date', selectedDate, 'selection');
    draft.set('date', findDate(scan.text)?.value, 'text');
    draft.set('type', activityTypeOf(heading), 'title');
  }
  if (!draft.has('title') && !draft.has('date')) return undefined;
  return { fields: { ...draft.values }, sources: { ...draft.sources } };
}

function dateOf(raw: string): string | undefined {
  const text = cleanFieldText(raw);
  // An ISO date-time keeps its calendar day as written (the organiser's local day), not the UTC day.
  const isoDay = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(text)?.[1];
  const date = normaliseDate(isoDay ?? text);
  return date.ok ? date.value : undefined;
}
