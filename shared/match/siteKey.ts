import { normaliseUrl, registrableDomain } from '../normalise/url';

/** Hosts where the path names the organisation's page: facebook.com/banmaeram. */
const PATH_SITES = new Set([
  'facebook.com',
  'line.me',
  'youtube.com',
  'instagram.com',
  'tiktok.com',
  'x.com',
  'twitter.com',
  'linktr.ee',
  'sites.google.com',
]);
/** Domains where the sub-domain names the site: banmaeram.blogspot.com. */
const SUBDOMAIN_SITES = new Set([
  'blogspot.com',
  'wordpress.com',
  'wixsite.com',
  'weebly.com',
  'github.io',
  'canva.site',
]);
/** Other names of the same host. */
const HOST_ALIASES: Record<string, string> = {
  'fb.com': 'facebook.com',
  'm.facebook.com': 'facebook.com',
  'web.facebook.com': 'facebook.com',
  'th-th.facebook.com': 'facebook.com',
  'mobile.twitter.com': 'twitter.com',
  'm.youtube.com': 'youtube.com',
};
/** Path segments that come before the page's own name (sites.google.com/view/banmaeram, line.me/R/ti/p/@x). */
const PATH_PREFIXES = new Set([
  'view',
  'site',
  'pages',
  'groups',
  'people',
  'pg',
  'r',
  'ti',
  'p',
  'channel',
  'c',
  'user',
]);

/**
 * What identifies an organisation's page on a host that many organisations share, or undefined:
 * `facebook.com/banmaeram`, `sites.google.com/view/banmaeram`, `banmaeram.blogspot.com`.
 * A page there says whose it is even though the domain does not.
 */
export function siteKey(url: string): string | undefined {
  const normalised = normaliseUrl(url);
  if (!normalised.ok) return undefined;
  const parts = /^https?:\/\/([^/:?#]+)(?::\d+)?([^?#]*)(\?[^#]*)?/.exec(normalised.value);
  if (!parts) return undefined;
  let host = parts[1].replace(/^www\./, '');
  host = HOST_ALIASES[host] ?? host;
  const registrable = registrableDomain(host);
  if (registrable === undefined) return undefined;
  if (SUBDOMAIN_SITES.has(registrable)) return host === registrable ? undefined : host;
  if (!PATH_SITES.has(host)) return undefined;
  const segments = parts[2]
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
  const kept: string[] = [];
  for (const segment of segments) {
    kept.push(segment);
    if (!PATH_PREFIXES.has(segment)) break;
  }
  const name = kept[kept.length - 1];
  if (name === undefined || PATH_PREFIXES.has(name)) return undefined;
  if (name === 'profile.php') {
    const id = /[?&]id=(\d+)/.exec(parts[3] ?? '');
    return id ? `${host}/profile.php?id=${id[1]}` : undefined;
  }
  return `${host}/${kept.join('/')}`;
}
