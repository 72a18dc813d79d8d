import { getDomain } from 'tldts';
import { ok, type Result } from '../result';
import { stripZeroWidth } from './invisible';
import { isLowerAscii } from './lowerAscii';
import { refuse } from './refusal';
import { isStoredUrl, MAX_URL_LENGTH } from './storedUrl';

// Written by hand rather than with `URL`: Apps Script's runtime has no URL class.
const HTTP_URL = /^(https?):\/\/([^/?#\s]*)([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HOST_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

// HOST_LABEL and a letter, for a host of printable ASCII only (nearly every host): the same test without
// Unicode property classes, which are several times slower to match.
const ASCII_HOST = /^[\u0020-\u007E]*$/;
const ASCII_HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const ASCII_LETTER = /[a-z]/i;

function isHostName(host: string): boolean {
  if (host === 'localhost' || IPV4.test(host)) return true;
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return true;
  const labels = host.split('.');
  const ascii = ASCII_HOST.test(host);
  const label = ascii ? ASCII_HOST_LABEL : HOST_LABEL;
  return (
    labels.length >= 2 &&
    labels.every((part) => label.test(part)) &&
    (ascii ? ASCII_LETTER : /\p{L}/u).test(labels[labels.length - 1])
  );
}

/**
 * A web address as the register stores it: `https://` added when no scheme was typed, host
 * lower-case without a default port, path, query and fragment kept. Only http(s) is accepted
 * (never `javascript:`, `data:`, `file:` …).
 */
export function normaliseUrl(raw: string): Result<string> {
  if (typeof raw === 'string' && isStoredUrl(raw)) return ok(raw);
  let text = stripZeroWidth(String(raw ?? '')).trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return refuse('url.invalid', raw);
  // A link copied out of a sentence brings the sentence's full stop or comma with it.
  text = text.replace(/[.,;:!?]+$/, '');
  if (text.startsWith('//')) text = `https:${text}`;
  const scheme = SCHEME.exec(text);
  // `www.school.ac.th:8080/x` and `localhost:3000` look like a scheme but are a host and port.
  const hasScheme =
    scheme !== null &&
    (text.slice(scheme[0].length).startsWith('//') || !/^\d/.test(text.slice(scheme[0].length)));
  if (hasScheme && !/^https?$/i.test(scheme[1])) {
    return /^[a-z][a-z0-9+-]*$/i.test(scheme[1]) && !scheme[1].includes('.')
      ? refuse('url.scheme', raw)
      : refuse('url.invalid', raw);
  }
  if (!hasScheme) text = `https://${text}`;
  const parts = HTTP_URL.exec(text);
  if (!parts) return refuse('url.invalid', raw);
  const [, protocol, authority, path, query = '', fragment = ''] = parts;
  // Credentials in a link (`https://user@host`) are a phishing trick or an email typed in the wrong field.
  if (authority.includes('@')) return refuse('url.invalid', raw);
  const hostPort = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(authority);
  if (!hostPort) return refuse('url.invalid', raw);
  const host = hostPort[1].toLowerCase().replace(/\.$/, '');
  if (!isHostName(host)) return refuse('url.invalid', raw);
  const scheme_ = protocol.toLowerCase();
  // Already as stored (lower-case scheme and host, no port): the text is the address, not rebuilt.
  if (hasScheme && scheme_ === protocol && host === authority) return ok(text);
  const port = hostPort[2] && hostPort[2] !== DEFAULT_PORTS[scheme_] ? `:${hostPort[2]}` : '';
  return ok(`${scheme_}://${host}${port}${path}${query}${fragment}`);
}

/**
 * The registrable domain (via the Public Suffix List) of a URL, a bare host or an email
 * address: `edu.cmu.ac.th` → `cmu.ac.th`, `x@obec.go.th` → `obec.go.th`. Undefined for an
 * IP address, `localhost` or anything that is not a host.
 */
export function registrableDomain(input: string): string | undefined {
  // A stored email or web address (nearly every one matching asks about) names its host plainly.
  const plain = typeof input === 'string' ? plainHostOf(input) : undefined;
  if (plain !== undefined) return domainOfHost(plain);
  // Printable ASCII without capitals has nothing to strip, trim or lower-case.
  let text =
    typeof input === 'string' && isLowerAscii(input, true)
      ? input
      : stripZeroWidth(String(input ?? ''))
          .trim()
          .toLowerCase();
  if (text === '') return undefined;
  if (text.startsWith('mailto:')) text = text.slice(7);
  if (!text.includes('://')) {
    const at = text.lastIndexOf('@');
    if (at >= 0) text = text.slice(at + 1);
    text = text.replace(/[?#/].*$/, '');
  }
  // A URL whose authority is a plain host (no user, no port) has the same registrable domain as
  // that host, so `https://x.ac.th/contact` and `info@x.ac.th` share one memo entry.
  const plainHost = PLAIN_HOST_URL.exec(text);
  return domainOfHost(plainHost ? plainHost[1] : text);
}

const PLAIN_HOST_URL = /^https?:\/\/([a-z0-9.-]+)(?:[/?#]|$)/;
const PLAIN_HOST = /^[a-z0-9.-]+$/;

/**
 * The host of a web address or email address in the plain form the register stores
 * (`https://x.ac.th/…`, `info@x.ac.th`: lower-case letters, digits, dots and hyphens), or
 * undefined for any other text. registrableDomain reads such an address by this host, so its
 * registrable domain is one of the host's endings (see hasEndingIn): an ending no set holds
 * rules the address out without the Public Suffix List.
 */
export function plainHostOf(text: string): string | undefined {
  if (text.includes('://')) return PLAIN_HOST_URL.exec(text)?.[1];
  const at = text.lastIndexOf('@');
  const host = at < 0 ? undefined : text.slice(at + 1);
  return host !== undefined && PLAIN_HOST.test(host) && !text.startsWith('mailto:') ? host : undefined;
}

/**
 * Whether the host or one of its endings after a dot that still holds a dot (`a.x.ac.th`:
 * `x.ac.th`, `ac.th`) is in the set. A registrable domain has at least two labels, so an
 * ending of one label (`th`) is never one and is not looked up.
 */
export function hasEndingIn(host: string, set: { has(key: string): boolean }): boolean {
  for (let from = 0, dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', from)) {
    if (set.has(from === 0 ? host : host.slice(from))) return true;
    from = dot + 1;
  }
  return false;
}

/**
 * The Public Suffix List look-up is most of registrableDomain's cost, and matching asks it about
 * each import line's website and then its email, nearly always on the same host. The last answer is
 * kept, keyed by host, so that second look-up is free; one entry, so nothing grows or churns with
 * the number of distinct hosts. Pure (no host API), so it stays in the shared core.
 */
let lastHost: string | undefined;
let lastDomain: string | null = null;

function domainOfHost(host: string): string | undefined {
  if (host !== lastHost) {
    lastDomain = getDomain(host);
    lastHost = host;
  }
  return lastDomain ?? undefined;
}
