import * as v from 'valibot';
import type { IndexReply, PingReply } from '../../shared/capture/protocol';
import { IndexReplySchema, PingReplySchema } from '../../shared/capture/schemas';
import { getJson, getRegisterJson, NotARegisterReply } from './network';
import { readCachedIndex, readSettings, saveCachedIndex } from './settingsStorage';

/** A cached index younger than this is used as it is; older, it is fetched again (falling back to the cache offline). */
export const INDEX_MAX_AGE_MS = 5 * 60_000;

/** How long a GET may take before the cached index is used instead. */
const GET_TIMEOUT_MS = 10_000;

/** The register's partner index: fresh enough from the cache, else fetched; null when never fetched and offline. */
export async function partnerIndex(now: number = Date.now()): Promise<IndexReply | null> {
  const { pairing } = await readSettings();
  if (!pairing) return null;
  const cached = await readCachedIndex();
  const usable = cached && cached.endpoint === pairing.endpoint ? cached : null;
  if (usable && now - usable.fetchedAt < INDEX_MAX_AGE_MS) return usable.reply;
  try {
    const parsed = v.safeParse(
      IndexReplySchema,
      await getJson(pairing.endpoint, { op: 'index', token: pairing.token }, GET_TIMEOUT_MS),
    );
    if (parsed.success && parsed.output.ok) {
      await saveCachedIndex({ fetchedAt: now, endpoint: pairing.endpoint, reply: parsed.output });
      return parsed.output;
    }
  } catch {
    // Offline: the last index still warns about most duplicates.
  }
  return usable?.reply ?? null;
}

/** "Test the connection": the register's own answer to a ping with the token. */
export async function pingRegister(endpoint: string, token: string): Promise<PingReply> {
  const reply = await getRegisterJson(endpoint, { op: 'ping', token }, GET_TIMEOUT_MS);
  const parsed = v.safeParse(PingReplySchema, reply);
  if (!parsed.success) throw new NotARegisterReply('not a register reply');
  return parsed.output;
}
