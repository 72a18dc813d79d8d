import { decodePairingCode, type PairingDetails } from '../../shared/capture/pairing';
import type { PingReply } from '../../shared/capture/protocol';
import type { Reason } from '../../shared/i18n/reason';
import { NotARegisterReply } from '../platform/network';

/** What pressing Pair came to; the options page words each one. */
export type PairingOutcome =
  | { kind: 'paired'; pairing: PairingDetails; register?: string }
  | { kind: 'invalid_code'; reason: Reason }
  | { kind: 'dev_url' }
  | { kind: 'permission_refused' }
  | { kind: 'unreachable' }
  | { kind: 'not_a_register' }
  | { kind: 'wrong_code' }
  | { kind: 'register_refused'; reason: Reason };

/** What pairing needs from the platform; passed in so each outcome can be tested. */
export interface PairingPorts {
  /** Asks for the endpoint's host; called synchronously inside the click (no await before it). */
  requestHost(endpoint: string): Promise<boolean>;
  /** The register's answer to a ping; throws when the host cannot be reached or is no register. */
  ping(endpoint: string, token: string): Promise<PingReply>;
  /** Keeps the pairing (only once the register has answered). */
  save(pairing: PairingDetails): Promise<void>;
}

/**
 * A `/dev` address only works for the script's editors, signed in, in their own browser: the
 * extension, which sends no cookies, would never reach it. (Apps Script: "Test a deployment",
 * https://developers.google.com/apps-script/concepts/deployments)
 */
export function isDevEndpoint(endpoint: string): boolean {
  return /^https:\/\/script\.google\.com\/.*\/dev\/?(?:[?#].*)?$/i.test(endpoint);
}

/**
 * Pairs with the register a pasted code names. Everything before the permission request is
 * synchronous: Chrome grants `permissions.request` only while the click's user gesture lasts,
 * and any `await` before it would end that gesture (the request then fails without a prompt).
 */
export function pairRegister(code: string, ports: PairingPorts): Promise<PairingOutcome> {
  const decoded = decodePairingCode(code);
  if (!decoded.ok) return Promise.resolve({ kind: 'invalid_code', reason: decoded.reason });
  const pairing = decoded.value;
  if (isDevEndpoint(pairing.endpoint)) return Promise.resolve({ kind: 'dev_url' });
  let granted: Promise<boolean>;
  try {
    granted = ports.requestHost(pairing.endpoint);
  } catch {
    granted = Promise.resolve(false);
  }
  return afterPermission(granted, pairing, ports);
}

async function afterPermission(
  granted: Promise<boolean>,
  pairing: PairingDetails,
  ports: PairingPorts,
): Promise<PairingOutcome> {
  if (!(await granted.catch(() => false))) return { kind: 'permission_refused' };
  const outcome = await testConnection(pairing, ports.ping);
  if (outcome.kind === 'paired') await ports.save(pairing);
  return outcome;
}

/** Asks the register whether it knows the token: paired, or why not. */
export async function testConnection(
  pairing: PairingDetails,
  ping: PairingPorts['ping'],
): Promise<PairingOutcome> {
  let reply: PingReply;
  try {
    reply = await ping(pairing.endpoint, pairing.token);
  } catch (error) {
    return error instanceof NotARegisterReply ? { kind: 'not_a_register' } : { kind: 'unreachable' };
  }
  if (reply.ok) return { kind: 'paired', pairing, register: reply.register };
  if (reply.error?.code === 'capture.token') return { kind: 'wrong_code' };
  if (reply.error) return { kind: 'register_refused', reason: reply.error };
  return { kind: 'not_a_register' };
}
