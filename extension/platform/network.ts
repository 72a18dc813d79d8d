import type { SendPost } from '../outbox/outbox';

/**
 * POST as Apps Script web apps need it: text/plain (no CORS preflight, which they can't
 * answer), following the redirect every reply goes through, and no cookies.
 */
export const postText: SendPost = async (endpoint, body, signal) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body,
    redirect: 'follow',
    credentials: 'omit',
    signal,
  });
  return { status: response.status, text: await response.text() };
};

/** GET with query parameters, same rules. */
export async function getJson(
  endpoint: string,
  params: Record<string, string>,
  timeoutMs: number,
): Promise<unknown> {
  const query = new URLSearchParams(params).toString();
  const separator = endpoint.includes('?') ? '&' : '?';
  const response = await fetch(`${endpoint}${separator}${query}`, {
    redirect: 'follow',
    credentials: 'omit',
    signal: AbortSignal.timeout(timeoutMs),
  });
  return JSON.parse(await response.text());
}

/** The host answered, but not as a register does (a Google sign-in page, another site). */
export class NotARegisterReply extends Error {}

/** GET as JSON; a reply that is not JSON (a sign-in page) is NotARegisterReply, a failed request throws as fetch does. */
export async function getRegisterJson(
  endpoint: string,
  params: Record<string, string>,
  timeoutMs: number,
): Promise<unknown> {
  try {
    return await getJson(endpoint, params, timeoutMs);
  } catch (error) {
    if (error instanceof SyntaxError) throw new NotARegisterReply('not JSON');
    throw error;
  }
}
