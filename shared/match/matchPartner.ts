import { type Reason, reason } from '../i18n/reason';
import { phoneDisplay } from '../normalise/phone';
import { plainHostOf } from '../normalise/url';
import { MATCH_MESSAGES } from './messages';
import { foldOrganisationName } from './organisationName';
import {
  identifyingDomain,
  type PartnerIndex,
  type PartnerIndexEntry,
  storedEmail,
  storedPhoneNumber,
} from './partnerIndex';
import { mayBeOnSharedDomain } from './sharedDomains';
import { siteKey } from './siteKey';

/** What a new record says about the organisation it belongs to; values may be raw or normalised. */
export interface PartnerCandidate {
  name?: string;
  /** The name already folded by foldOrganisationName, when the caller has it (saves folding it again). */
  nameFold?: string;
  emails?: string[];
  /** The emails are as a register row stores them (normalised), so they are not read again. */
  emailsStored?: boolean;
  phones?: string[];
  website?: string;
}

/** The existing partner a record most likely is, how it was found, and why, in th/en. */
export interface PartnerMatch {
  id: string;
  name: string;
  by: 'email' | 'domain' | 'phone' | 'name';
  /** 0–1: how sure the match is (see MATCH_SCORES). */
  score: number;
  reason: Reason;
}

/**
 * How much each kind of evidence counts; the strongest found wins.
 * - email: an address belongs to one organisation (webmail included: it is one person's).
 * - domain: an organisation's own domain (never webmail or shared government mail), or its own
 *   page on a shared host (facebook.com/banmaeram).
 * - name: equal folded names (prefixes and company forms handled) rarely belong to two bodies.
 * - phone: switchboards and personal mobiles travel between organisations more than names do.
 * - a domain several partners share (faculties of one university) is weaker than a name.
 */
export const MATCH_SCORES = {
  email: 1,
  domain: 0.9,
  name: 0.85,
  phone: 0.8,
  sharedByPartners: 0.7,
} as const;

type MatchCode = keyof typeof MATCH_MESSAGES;
type Evidence = {
  entry: PartnerIndexEntry;
  by: PartnerMatch['by'];
  code: MatchCode;
  value: string;
  score: number;
};

/** The one partner among several that also has the candidate's name, else the first. */
function pick(entries: readonly PartnerIndexEntry[], nameFold: string): PartnerIndexEntry {
  if (entries.length > 1 && nameFold !== '') {
    const named = entries.find((entry) => foldOrganisationName(entry.name) === nameFold);
    if (named) return named;
  }
  return entries[0];
}

function scoreFor(
  by: PartnerMatch['by'],
  entries: readonly PartnerIndexEntry[],
  chosen: PartnerIndexEntry,
  nameFold: string,
): number {
  if (entries.length === 1 || by === 'email') return MATCH_SCORES[by];
  // Several partners share this evidence: only as strong as the name that picked one.
  return foldOrganisationName(chosen.name) === nameFold
    ? MATCH_SCORES[by]
    : Math.min(MATCH_SCORES[by], MATCH_SCORES.sharedByPartners);
}

/** The stronger of the evidence found so far and these partners sharing a value with the candidate. */
function stronger(
  best: Evidence | undefined,
  nameFold: string,
  by: PartnerMatch['by'],
  value: string,
  entries: readonly PartnerIndexEntry[],
  code: MatchCode = EVIDENCE_CODES[by],
): Evidence | undefined {
  if (entries.length === 0) return best;
  const entry = pick(entries, nameFold);
  const score = scoreFor(by, entries, entry, nameFold);
  return !best || score > best.score ? { entry, by, code, value, score } : best;
}

const EVIDENCE_CODES = {
  email: 'match.email',
  domain: 'match.domain',
  phone: 'match.phone',
  name: 'match.name',
} as const satisfies Record<PartnerMatch['by'], MatchCode>;

/**
 * The existing partner a candidate most likely is, or undefined. Evidence is weighed by
 * MATCH_SCORES and the strongest wins; the reason says what matched. Called for every line of
 * an import, so it builds no closures and no arrays it does not need.
 */
export function matchPartner(index: PartnerIndex, candidate: PartnerCandidate): PartnerMatch | undefined {
  const nameFold = candidate.name ? (candidate.nameFold ?? foldOrganisationName(candidate.name)) : '';
  let best: Evidence | undefined;

  const emails: string[] = [];
  for (const raw of candidate.emails ?? []) {
    const email = candidate.emailsStored ? raw : storedEmail(raw);
    if (email === undefined) continue;
    emails.push(email);
    best = stronger(best, nameFold, 'email', email, index.byEmail(email));
  }
  if (best?.score === MATCH_SCORES.email) return matchOf(best);

  // Most lines of an import name a domain no partner has, on no shared host: such an address is
  // set aside by its host's endings, without the Public Suffix List (see mayFindByDomain).
  const website = candidate.website?.trim() ?? '';
  const websiteAsked = website !== '' && mayFindByDomain(index, website, true);
  const websiteDomain = websiteAsked ? identifyingDomain(website) : undefined;
  const domains: string[] = websiteDomain ? [websiteDomain] : [];
  for (const email of emails) {
    const domain = mayFindByDomain(index, email, false) ? identifyingDomain(email) : undefined;
    if (domain && !domains.includes(domain)) domains.push(domain);
  }
  for (const domain of domains) best = stronger(best, nameFold, 'domain', domain, index.byDomain(domain));
  // A page on a shared host (facebook.com/banmaeram) counts as the organisation's own site.
  const page = !websiteAsked || websiteDomain ? undefined : siteKey(website);
  if (page) best = stronger(best, nameFold, 'domain', page, index.byDomain(page), 'match.site');
  if (nameFold !== '')
    best = stronger(best, nameFold, 'name', candidate.name!.trim(), index.byFoldedName(nameFold));
  for (const raw of candidate.phones ?? []) {
    const phone = storedPhoneNumber(raw);
    if (phone) best = stronger(best, nameFold, 'phone', phone, index.byPhone(phone));
  }
  return best ? matchOf(best) : undefined;
}

/**
 * Whether an email or web address may find a partner by its domain (or, for a website, by its
 * page on a shared host): false only for an address in the plain stored form whose host has no
 * ending that is a partner's domain (nor, for a website, a shared domain). Its registrable domain
 * is one of those endings, so nothing it could be looked up by is in the index.
 */
function mayFindByDomain(index: PartnerIndex, address: string, website: boolean): boolean {
  const host = plainHostOf(address);
  return host === undefined || index.hasDomainEnding(host) || (website && mayBeOnSharedDomain(host));
}

function matchOf(evidence: Evidence): PartnerMatch {
  const { entry, by, value, score } = evidence;
  return {
    id: entry.id,
    name: entry.name,
    by,
    score,
    // A phone is named as people write it, never in the E.164 form matching uses.
    reason: reason(evidence.code, MATCH_MESSAGES[evidence.code], {
      name: entry.name,
      value: by === 'phone' ? phoneDisplay(value) : value,
    }),
  };
}
