import type { CountryCode } from 'libphonenumber-js/max';
import { normaliseEmail } from '../normalise/email';
import { phoneWithoutExtension } from '../normalise/phone';
import { registrableDomain } from '../normalise/url';
import { activityOf } from './activity';
import { contactsOf } from './contacts';
import { FieldDraft, MAX_LIST_VALUES } from './fieldDraft';
import { readJsonLd } from './jsonLd';
import { readLinks } from './pageLinks';
import { readMeta } from './pageMeta';
import { organisationNameFromPage } from './pageOrganisation';
import { pageRegion, phoneOnPage } from './pageRegion';
import { partialNote } from './partialNote';
import {
  addOrganisation,
  addTextAddress,
  type ContactList,
  type PartnerSingle,
  websiteInText,
  websiteOfPage,
} from './partnerDraft';
import type { OtherPartner, PageProposal, PartnerFields, Sourced } from './proposal';
import { type RawPage, scanOf } from './rawPage';
import { type OrganisationFacts, readSchemaFacts, type SchemaFacts } from './schemaFacts';
import { schemaKind } from './schemaTypes';
import { guessSector } from './sector';
import { readSelection } from './selection';
import { creditRanges } from './siteCredits';
import { findStaff } from './staff';
import { findAddress, findEmails, findLineIds, findPhones, type TextMatch } from './textFacts';
import { blankRanges, insideRanges, mergedRanges } from './textRanges';

/** Options of an extraction: the text the user selected, which takes priority for the field it fits. */
export interface ExtractOptions {
  selection?: string;
}

/**
 * Reads the markup of h-card/h-event roots as JSON-LD-shaped nodes (readMicroformats). Its HTML
 * parser is most of the extraction code, so the capture page loads it only for a page that has
 * microformat markup.
 */
export type MicroformatReader = (html: string, url: string) => unknown[];

/**
 * What a gathered page proposes: the partner, its contacts and an activity, normalised. Runs in
 * the capture page on what the content script gathered, and in `netreg extract` on what the
 * same gathering read from the file (extractPage), so both propose the same. The page's
 * microformat markup is read only when a reader is given. Never throws: a broken page gives an
 * empty proposal.
 */
export function proposePage(page: RawPage, microformats?: MicroformatReader): PageProposal {
  const url = String(page?.url ?? '');
  try {
    return page.unreadable ? emptyProposal(url) : proposalOf(page, url, microformats);
  } catch {
    return emptyProposal(url);
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

function proposalOf(page: RawPage, url: string, microformats: MicroformatReader | undefined): PageProposal {
  const scan = scanOf(page);
  const meta = safely(() => readMeta(page.meta), { title: '', get: () => undefined });
  const structured: SchemaFacts[] = [
    safely(() => readSchemaFacts(readJsonLd(page.jsonLd), 'json-ld'), NO_FACTS),
    safely(() => readSchemaFacts(page.microdata, 'microdata'), NO_FACTS),
    safely(
      () =>
        microformats && page.microformatHtml
          ? microformatFacts(microformats(page.microformatHtml, url))
          : NO_FACTS,
      NO_FACTS,
    ),
  ];
  const events = structured.flatMap((facts) => facts.events);
  const organisations = structured.flatMap((facts) => facts.organisations);
  const pageHost = hostOf(url);
  // A place (a venue, a park) is the partner only when no organisation is named.
  const bodies = [
    ...organisations.filter((org) => schemaKind(org.types) !== 'place'),
    ...organisations.filter((org) => schemaKind(org.types) === 'place'),
  ];
  const primary =
    events.find((event) => event.organiser?.name)?.organiser ??
    bodies.find(
      (org) => org.name && org.website && registrableDomain(org.website) === registrableDomain(url),
    ) ??
    bodies.find((org) => org.name);
  // The country of numbers written without a country code (a foreign page's keep theirs).
  const region = safely(
    () =>
      pageRegion({
        addresses: [primary?.address, ...organisations.map((org) => org.address)],
        text: scan.text,
        url,
        lang: page.lang || undefined,
      }),
    undefined,
  );

  const links = readLinks(scan.links, region);
  // Who made or runs the website (a footer credit, the webmaster) is neither the partner nor its people.
  const credits = mergedRanges(creditRanges(scan.text));
  const found = findStaff(scan, links, region);
  const staff = found.staff.filter(
    (member) => !credits.some((credit) => credit.start < member.end && member.start < credit.end),
  );
  const selection = readSelection(page.selection, region);
  const peopleRows = mergedRanges([...found.rows, ...credits]);
  const outsideCards = (match: TextMatch) => !insideRanges(peopleRows, match.start);
  // The page text with people's rows blanked (same length, so offsets hold): what remains is the organisation's.
  const organisationText = blankRanges(scan.text, peopleRows);

  // Partner: the selection, then structured data, then links and text outside people's rows.
  const partner = new FieldDraft<PartnerSingle, ContactList>(['email', 'phone']);
  partner.set('name', selection.name, 'selection');
  partner.set('website', selection.website, 'selection');
  for (const email of selection.emails) partner.add('email', email.value, 'selection');
  for (const phone of selection.phones) partner.add('phone', phone.value, 'selection', phone.extension);
  partner.set('line_id', selection.lineIds[0]?.value, 'selection');
  if (selection.address) addTextAddress(partner, selection.address, 'selection');

  if (primary) addOrganisation(partner, primary, region);
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
        ...person.phones.map((raw) => phoneOnPage(raw, region)),
      ])
      .flatMap((result) => (result.ok ? [phoneWithoutExtension(result.value)] : [])),
  );
  const organisational = (match: TextMatch) => outsideCards(match) && !personal.has(match.value);
  for (const email of links.emails.filter(organisational)) partner.add('email', email.value, 'mailto');
  for (const email of findEmails(organisationText, MAX_LIST_VALUES * 2).filter(organisational))
    partner.add('email', email.value, 'text');
  for (const phone of links.phones.filter(organisational))
    partner.add('phone', phone.value, 'tel', phone.extension);
  for (const phone of findPhones(organisationText, MAX_LIST_VALUES * 2, region).filter(organisational))
    partner.add('phone', phone.value, 'text', phone.extension);
  partner.set('line_id', links.lineIds.find(outsideCards)?.value, 'link');
  partner.set('line_id', findLineIds(organisationText)[0]?.value, 'text');
  partner.set('website', websiteInText(organisationText), 'text');
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

  const contacts = contactsOf(selection.personName, primary, structured, staff, region);
  const otherPartners = othersThan(primary, organisations, region);
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
    ...(otherPartners.length > 0 ? { otherPartners } : {}),
    sources: {
      partner: { ...partner.sources, email: partner.listSources.email, phone: partner.listSources.phone },
      contacts: contacts.map((contact) => contact.sources),
      ...(activity ? { activity: activity.sources } : {}),
    },
    ...(scan.work.reached.length > 0
      ? { partial: { limits: scan.work.reached, note: partialNote(scan.work.reached) } }
      : {}),
  };
}

/** At most this many other organisations are offered beside the partner. */
const MAX_OTHER_PARTNERS = 10;

/** The organisations structured data names besides the partner (an event's venue, a performing group), one per name. */
function othersThan(
  primary: OrganisationFacts | undefined,
  organisations: OrganisationFacts[],
  region: CountryCode | undefined,
): OtherPartner[] {
  const seen = new Set([primary?.name?.trim().toLowerCase()]);
  const others: OtherPartner[] = [];
  for (const org of organisations) {
    const key = org.name?.trim().toLowerCase();
    if (!key || seen.has(key) || others.length >= MAX_OTHER_PARTNERS) continue;
    seen.add(key);
    const draft = new FieldDraft<PartnerSingle, ContactList>(['email', 'phone']);
    addOrganisation(draft, org, region);
    const sector = guessSector({
      types: { names: org.types, source: org.source },
      name: org.name,
      hosts: [],
    });
    draft.set('sector', sector?.value, sector?.source ?? 'name');
    const partner: PartnerFields = { ...draft.values, email: draft.lists.email, phone: draft.lists.phone };
    if (Object.keys(draft.extensions).length > 0) partner.phone_ext = draft.extensions;
    others.push({
      partner,
      sources: { ...draft.sources, email: draft.listSources.email, phone: draft.listSources.phone },
    });
  }
  return others;
}

function microformatFacts(nodes: unknown[]): SchemaFacts {
  const facts = readSchemaFacts(nodes, 'h-card');
  for (const event of facts.events) event.source = 'h-event';
  return facts;
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
