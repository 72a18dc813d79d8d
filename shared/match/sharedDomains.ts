import { hasEndingIn, registrableDomain } from '../normalise/url';

/** Free webmail: anyone can have an address there, so it says nothing about the organisation. */
export const WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.th',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.co.th',
  'live.com',
  'windowslive.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.th',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'qq.com',
];

/**
 * Thai government mail domains where many schools and offices have addresses
 * (banmaeram@obec.go.th is a school, not the Office of the Basic Education Commission).
 */
export const SHARED_GOVERNMENT_MAIL_DOMAINS: readonly string[] = [
  'obec.go.th',
  'moe.go.th',
  'mail.go.th',
  'dla.go.th',
  'moph.go.th',
  'vec.go.th',
  'nfe.go.th',
  'opec.go.th',
  'thaigov.go.th',
];

/** Sites that host many organisations' pages: a website there does not identify its owner. */
export const SHARED_SITE_DOMAINS: readonly string[] = [
  'google.com',
  'facebook.com',
  'fb.com',
  'fb.me',
  'line.me',
  'lin.ee',
  'youtube.com',
  'youtu.be',
  'instagram.com',
  'tiktok.com',
  'x.com',
  'twitter.com',
  'blogspot.com',
  'wordpress.com',
  'wixsite.com',
  'wix.com',
  'weebly.com',
  'github.io',
  'canva.site',
  'bit.ly',
  'linktr.ee',
];

const SHARED = new Set([...WEBMAIL_DOMAINS, ...SHARED_GOVERNMENT_MAIL_DOMAINS, ...SHARED_SITE_DOMAINS]);

/**
 * Whether a domain (or a host, URL or email on it) identifies no single partner: webmail,
 * shared government mail, or a site host. Such domains never match partners by domain.
 */
export function isSharedDomain(domain: string): boolean {
  const text = String(domain ?? '')
    .trim()
    .toLowerCase();
  if (SHARED.has(text)) return true;
  const registrable = registrableDomain(text);
  return registrable !== undefined && SHARED.has(registrable);
}

/** isSharedDomain for a domain already reduced to its registrable part (no second Public Suffix List look-up). */
export function isSharedRegistrableDomain(registrable: string): boolean {
  return SHARED.has(registrable);
}

/**
 * Whether a host may be on a shared domain: it or one of its endings is one. Every shared domain
 * is a registrable domain, so a host none of whose endings is shared is on no shared domain.
 */
export function mayBeOnSharedDomain(host: string): boolean {
  return hasEndingIn(host, SHARED);
}
