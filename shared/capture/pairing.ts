import { reason } from '../i18n/reason';
import { fail, ok, type Result } from '../result';
import { base64urlDecode, base64urlEncode } from './base64url';
import { CAPTURE_MESSAGES } from './messages';
import { isStrongToken } from './token';

/** Where a register receives captures, and the token that proves the extension was paired with it. */
export interface PairingDetails {
  endpoint: string;
  token: string;
}

/** The pairing code's prefix: names the format and its version, so a later format can be told apart. */
export const PAIRING_PREFIX = 'netreg1:';

/** The two hosts a register can live on: Google's Apps Script web apps, and the local host on this computer. */
const GOOGLE_HOSTS = ['script.google.com'];
const LOCAL_HOSTS = ['127.0.0.1'];

/** One string a person copies from the register's sidebar and pastes into the extension. */
export function encodePairingCode({ endpoint, token }: PairingDetails): string {
  return PAIRING_PREFIX + base64urlEncode(JSON.stringify({ e: endpoint, t: token }));
}

/** The endpoint and token a pasted pairing code carries, or why it can't be used. */
export function decodePairingCode(pasted: string): Result<PairingDetails> {
  const text = pasted.replace(/\s+/g, '');
  const invalid = fail<PairingDetails>(reason('pairing.invalid', CAPTURE_MESSAGES['pairing.invalid']));
  if (!text.startsWith(PAIRING_PREFIX)) return invalid;
  const json = base64urlDecode(text.slice(PAIRING_PREFIX.length));
  if (json === undefined) return invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return invalid;
  }
  const { e: endpoint, t: token } = (parsed ?? {}) as { e?: unknown; t?: unknown };
  if (typeof endpoint !== 'string' || typeof token !== 'string' || !isStrongToken(token)) return invalid;
  if (!isRegisterEndpoint(endpoint))
    return fail(reason('pairing.endpoint', CAPTURE_MESSAGES['pairing.endpoint'], { endpoint }));
  return ok({ endpoint, token });
}

/** Whether an address is one the extension may send captures to (see GOOGLE_HOSTS, LOCAL_HOSTS). */
export function isRegisterEndpoint(endpoint: string): boolean {
  const url = parseUrl(endpoint);
  if (!url) return false;
  if (url.protocol === 'https:' && GOOGLE_HOSTS.includes(url.hostname) && url.port === '') return true;
  return url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname);
}

/**
 * The host permissions (match patterns) the extension asks for at pairing. An Apps Script web app
 * answers from script.google.com and redirects every reply to script.googleusercontent.com.
 */
export function endpointHostPatterns(endpoint: string): string[] {
  const url = parseUrl(endpoint);
  if (!url) return [];
  if (GOOGLE_HOSTS.includes(url.hostname))
    return ['https://script.google.com/*', 'https://script.googleusercontent.com/*'];
  // Match patterns ignore the port, so one grant covers whichever port the local host picks.
  return [`http://${url.hostname}/*`];
}

// Written by hand rather than with `URL`: Apps Script's runtime has no URL class.
const ENDPOINT = /^(https?):\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s?#]*)?(\?[^\s#]*)?$/i;

function parseUrl(text: string): { protocol: string; hostname: string; port: string } | undefined {
  const parts = ENDPOINT.exec(text);
  if (!parts) return undefined;
  return { protocol: `${parts[1].toLowerCase()}:`, hostname: parts[2].toLowerCase(), port: parts[3] ?? '' };
}
