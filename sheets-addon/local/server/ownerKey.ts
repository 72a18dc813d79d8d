import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The cookie that carries the per-launch key once the page was opened at the address `serve` printed. */
export const OWNER_COOKIE = 'netreg_key';
/** The query parameter of that address. */
export const OWNER_KEY_PARAM = 'key';

/** A fresh key for one launch of the local host. */
export function newOwnerKey(): string {
  return randomBytes(24).toString('base64url');
}

/** The Set-Cookie header that lets this browser use the sidebar API: no script can read it, no other site sends it. */
export function ownerCookie(key: string): string {
  return `${OWNER_COOKIE}=${key}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Whether two keys are the same, in constant time. */
export function sameKey(presented: string | undefined | null, key: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key a request carries in its cookie, if any. */
export function cookieKey(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === OWNER_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Whether the request comes from the owner's page: it carries this launch's key, and a browser
 * that names the page it comes from names one of this host's own origins (a page on another
 * site never gets the cookie sent, and is refused by its Origin as well).
 */
export function isOwnerRequest(request: IncomingMessage, key: string, origins: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && !origins.has(origin)) return false;
  return sameKey(cookieKey(request), key);
}
