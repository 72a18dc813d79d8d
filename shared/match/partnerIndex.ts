import { listCellItems } from '../normalise/cell';
import { normaliseEmail } from '../normalise/email';
import { lowerCased } from '../normalise/lowerAscii';
import { phoneKey, phoneWithoutExtension } from '../normalise/phone';
import { hasEndingIn, registrableDomain } from '../normalise/url';
import { cellText, type Row } from '../register/register';
import { foldOrganisationName } from './organisationName';
import { isSharedRegistrableDomain } from './sharedDomains';
import { siteKey } from './siteKey';

/**
 * What identifies one partner, in compact JSON-safe form: the register's GET sends these to
 * the extension so it can warn about duplicates before saving.
 */
export interface PartnerIndexEntry {
  id: string;
  name: string;
  /**
   * Registrable domains of the website and of non-shared email addresses; for a website on a
   * shared host, its page key instead (`facebook.com/banmaeram`).
   */
  domains: string[];
  /** Normalised email addresses (the partner's and its contacts'). */
  emails: string[];
  /** E.164 numbers without extension. */
  phones: string[];
}

/** The email as stored, or undefined when it is not one. */
export function storedEmail(raw: string): string | undefined {
  const email = normaliseEmail(raw);
  return email.ok ? email.value : undefined;
}

/** The phone as E.164 without extension, or undefined when it is not a phone. */
export function storedPhoneNumber(raw: string): string | undefined {
  const phone = phoneKey(raw);
  return phone === undefined ? undefined : phoneWithoutExtension(phone);
}

/** The domain that identifies an organisation from an email or website, unless it is shared. */
export function identifyingDomain(emailOrUrl: string): string | undefined {
  const domain = registrableDomain(emailOrUrl);
  return domain === undefined || isSharedRegistrableDomain(domain) ? undefined : domain;
}

/**
 * What identifies an organisation by its website: the registrable domain, or on a shared host
 * (Facebook, Google Sites, Blogspot…) the page's own address (see siteKey).
 */
export function websiteKey(url: string): string | undefined {
  return identifyingDomain(url) ?? siteKey(url);
}

function addUnique(list: string[], value: string | undefined): void {
  if (value !== undefined && value !== '' && !list.includes(value)) list.push(value);
}

/**
 * One index entry per partner row with an id. Contacts' emails and phones count for the
 * partner they belong to (`partner_id`).
 */
export function buildPartnerIndexEntries(
  partners: readonly Row[],
  contacts: readonly Row[] = [],
): PartnerIndexEntry[] {
  const entries: PartnerIndexEntry[] = [];
  const byId = new Map<string, PartnerIndexEntry>();
  const addContactDetails = (entry: PartnerIndexEntry, row: Row) => {
    // Each item on its own: one mistyped address must not hide the partner's other ones.
    for (const raw of listCellItems({ type: 'email' }, cellText(row.email))) {
      const email = storedEmail(raw);
      addUnique(entry.emails, email);
      if (email) addUnique(entry.domains, identifyingDomain(email));
    }
    for (const raw of listCellItems({ type: 'phone' }, cellText(row.phone))) {
      addUnique(entry.phones, storedPhoneNumber(raw));
    }
  };
  for (const row of partners) {
    const id = cellText(row.id);
    if (id === '' || byId.has(id)) continue;
    const entry: PartnerIndexEntry = { id, name: cellText(row.name), domains: [], emails: [], phones: [] };
    const website = cellText(row.website);
    if (website !== '') addUnique(entry.domains, websiteKey(website));
    addContactDetails(entry, row);
    entries.push(entry);
    byId.set(id, entry);
  }
  for (const contact of contacts) {
    const entry = byId.get(cellText(contact.partner_id));
    if (entry) addContactDetails(entry, contact);
  }
  return entries;
}

function isEntryList(
  list: readonly Row[] | readonly PartnerIndexEntry[],
): list is readonly PartnerIndexEntry[] {
  const first = list[0] as Row | PartnerIndexEntry | undefined;
  return first !== undefined && Array.isArray((first as PartnerIndexEntry).domains);
}

function addTo(map: Map<string, PartnerIndexEntry[]>, key: string, entry: PartnerIndexEntry): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

const NONE: readonly PartnerIndexEntry[] = [];

/** The register's partners, looked up by email, domain, phone and folded name in constant time. */
export class PartnerIndex {
  readonly entries: readonly PartnerIndexEntry[];
  private readonly ids = new Map<string, PartnerIndexEntry>();
  private readonly emails = new Map<string, PartnerIndexEntry[]>();
  private readonly domains = new Map<string, PartnerIndexEntry[]>();
  private readonly phones = new Map<string, PartnerIndexEntry[]>();
  private readonly names = new Map<string, PartnerIndexEntry[]>();
  /** The host hasDomainEnding was last asked about, and its answer. */
  private lastHost: string | undefined;
  private lastHostHasEnding = false;

  constructor(entries: readonly PartnerIndexEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      if (!this.ids.has(entry.id)) this.ids.set(entry.id, entry);
      for (const email of entry.emails) addTo(this.emails, email.toLowerCase(), entry);
      for (const domain of entry.domains) addTo(this.domains, domain.toLowerCase(), entry);
      for (const phone of entry.phones) addTo(this.phones, phoneWithoutExtension(phone), entry);
      addTo(this.names, foldOrganisationName(entry.name), entry);
    }
  }

  /** The partner with this id. */
  get(id: string): PartnerIndexEntry | undefined {
    return this.ids.get(id);
  }

  /** Partners with this (normalised) email address. */
  byEmail(email: string): readonly PartnerIndexEntry[] {
    return this.emails.get(lowerCased(email)) ?? NONE;
  }

  /** Partners with this registrable domain. */
  byDomain(domain: string): readonly PartnerIndexEntry[] {
    return this.domains.get(lowerCased(domain)) ?? NONE;
  }

  /**
   * Whether some partner's domain is this host or one of its endings: when none is, no domain
   * of the host can find a partner (see plainHostOf), and the Public Suffix List need not be asked.
   */
  hasDomainEnding(host: string): boolean {
    // A line's website and email are nearly always on one host: the second asks the same.
    if (host !== this.lastHost) {
      this.lastHostHasEnding = hasEndingIn(host, this.domains);
      this.lastHost = host;
    }
    return this.lastHostHasEnding;
  }

  /** Partners with this phone number (E.164; an extension is ignored). */
  byPhone(phone: string): readonly PartnerIndexEntry[] {
    return this.phones.get(phoneWithoutExtension(phone)) ?? NONE;
  }

  /** Partners whose name folds like this one (see foldOrganisationName). */
  byName(name: string): readonly PartnerIndexEntry[] {
    return this.byFoldedName(foldOrganisationName(name));
  }

  /** Partners whose folded name is exactly this fold. */
  byFoldedName(fold: string): readonly PartnerIndexEntry[] {
    return fold === '' ? NONE : (this.names.get(fold) ?? NONE);
  }
}

/** An index over partner rows (normalised on the way) or over entries received as JSON. */
export function buildPartnerIndex(
  partners: readonly Row[] | readonly PartnerIndexEntry[],
  contacts: readonly Row[] = [],
): PartnerIndex {
  return new PartnerIndex(isEntryList(partners) ? partners : buildPartnerIndexEntries(partners, contacts));
}
