import * as v from 'valibot';
import { MAX_BODY_BYTES, MAX_CAPTURES_PER_REQUEST, MAX_TOKEN_LENGTH } from '../../../shared/capture/limits';
import { CAPTURE_MESSAGES } from '../../../shared/capture/messages';
import {
  type Capture,
  type CaptureReply,
  type CaptureResult,
  type IndexReply,
  type PingReply,
  PROTOCOL_VERSION,
} from '../../../shared/capture/protocol';
import { CaptureSchema } from '../../../shared/capture/schemas';
import { tokensEqual } from '../../../shared/capture/token';
import { type Reason, reason } from '../../../shared/i18n/reason';
import { buildPartnerIndexEntries } from '../../../shared/match/partnerIndex';
import type { FormulaLayer } from '../formulaLayer';
import { readRegister } from '../readRegister';
import { PROPERTY, readRegisterProperties } from '../registerProperties';
import { LockTimeoutError, type Workbook } from '../workbook';
import { applyCaptures } from './applyCaptures';
import { indexVersion } from './indexVersion';

/** What the capture endpoint needs from its host (the Apps Script web app or the local host). */
export interface CaptureEnv {
  workbook: Workbook;
  layer: FormulaLayer;
  /** Now, ISO 8601. */
  now(): string;
  /** The register's name for "test the connection" (spreadsheet or folder name). */
  registerName?: string;
  /** Where a failure nobody sees in a reply is written down (Apps Script: the execution log). */
  logError?(message: string): void;
}

/** A GET's query parameters as both hosts receive them. */
export type CaptureGetParams = Record<string, string | undefined>;

/** One handler, two hosts: each host turns its request into these calls and sends the reply as 200 JSON. */
export interface CaptureHandler {
  handlePost(body: string): CaptureReply;
  handleGet(params: CaptureGetParams): IndexReply | PingReply;
}

/** Binds the handler to a host's environment (the local host opens its workbook per request, so it passes a function). */
export function createCaptureHandler(env: CaptureEnv | (() => CaptureEnv)): CaptureHandler {
  const envOf = typeof env === 'function' ? env : () => env;
  return {
    handlePost: (body) => handlePost(body, envOf()),
    handleGet: (params) => handleGet(params, envOf()),
  };
}

const message = (code: keyof typeof CAPTURE_MESSAGES, params: Record<string, string | number> = {}) =>
  reason(code, CAPTURE_MESSAGES[code], params);

function refusal(error: Reason): CaptureReply {
  return { version: PROTOCOL_VERSION, ok: false, error, results: [] };
}

/**
 * POST: checks, in this order and before reading the register, the body's size
 * (MAX_BODY_BYTES), that it is JSON, the protocol version, the token (constant-time) and the
 * number of captures (MAX_CAPTURES_PER_REQUEST); a failure refuses the whole request and
 * writes nothing. Each capture is then checked on its own (field lengths and counts: see
 * shared/capture/limits), and the valid ones are applied under the document lock.
 */
export function handlePost(body: string, env: CaptureEnv): CaptureReply {
  const size = utf8Length(body, MAX_BODY_BYTES);
  if (size > MAX_BODY_BYTES) return refusal(message('capture.too_large', { size, max: MAX_BODY_BYTES }));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refusal(message('capture.malformed'));
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return refusal(message('capture.invalid', { problem: 'not an object' }));
  const request = parsed as { version?: unknown; token?: unknown; captures?: unknown };
  if (request.version !== PROTOCOL_VERSION)
    return refusal(
      message('capture.version', { got: String(request.version ?? '?'), expected: PROTOCOL_VERSION }),
    );
  // One properties read serves the token check and the register's settings.
  const stored = env.workbook.getProperties();
  const tokenProblem = checkToken(request.token, stored);
  if (tokenProblem) return refusal(tokenProblem);
  if (!Array.isArray(request.captures)) return refusal(message('capture.invalid', { problem: 'captures' }));
  if (request.captures.length > MAX_CAPTURES_PER_REQUEST)
    return refusal(
      message('capture.too_many', { count: request.captures.length, max: MAX_CAPTURES_PER_REQUEST }),
    );

  const results: (CaptureResult | undefined)[] = [];
  const valid: Capture[] = [];
  const validAt: number[] = [];
  for (const [i, item] of request.captures.entries()) {
    const checked = v.safeParse(CaptureSchema, item);
    if (checked.success) {
      valid.push(checked.output as Capture);
      validAt.push(i);
      results.push(undefined);
      continue;
    }
    const id = (item as { id?: unknown } | null)?.id;
    // Without an id the extension could not tell which capture the answer is for.
    if (typeof id !== 'string' || id === '')
      return refusal(message('capture.invalid', { problem: `captures[${i}].id` }));
    const problem = checked.issues
      .map((issue) => `${v.getDotPath(issue) ?? 'capture'}: ${issue.message}`)
      .join('; ');
    results.push({ id, outcome: 'rejected', reason: message('capture.invalid', { problem }) });
  }

  const properties = readRegisterProperties(stored);
  if (!properties.isRegister) return refusal(message('capture.not_register'));
  const language = properties.language ?? properties.settings.language;
  let applied: CaptureResult[];
  try {
    applied =
      valid.length === 0
        ? []
        : env.workbook.withLock(() =>
            applyCaptures(env.workbook, valid, { layer: env.layer, now: env.now(), language }),
          );
  } catch (error) {
    // Only a lock not obtained in time is "busy" (the extension retries); any other failure
    // would fail again, so each capture is rejected with the reason, and the reason logged.
    if (isLockTimeout(error)) return refusal(message('capture.busy'));
    const text = String((error as Error)?.message ?? error);
    env.logError?.(`capture batch of ${valid.length} failed: ${(error as Error)?.stack ?? text}`);
    const detail = text.length > 160 ? `${text.slice(0, 159)}…` : text;
    applied = valid.map((capture) => ({
      id: capture.id,
      outcome: 'rejected',
      reason: message('capture.failed', { detail }),
    }));
  }
  applied.forEach((result, k) => {
    results[validAt[k]] = result;
  });
  return { version: PROTOCOL_VERSION, ok: true, results: results as CaptureResult[] };
}

/** GET: `?op=index&token=…` the partner index, `?op=ping&token=…` a connection test. Both need the token. */
export function handleGet(params: CaptureGetParams, env: CaptureEnv): IndexReply | PingReply {
  const op = params.op ?? 'ping';
  const base = { version: PROTOCOL_VERSION };
  if (op !== 'index' && op !== 'ping')
    return { ...base, ok: false, error: message('capture.op_unknown', { op }) };
  const stored = env.workbook.getProperties();
  const tokenProblem = checkToken(params.token, stored);
  if (tokenProblem)
    return op === 'index'
      ? { ...base, ok: false, error: tokenProblem, index_version: '', partners: [] }
      : { ...base, ok: false, error: tokenProblem };
  const properties = readRegisterProperties(stored);
  if (!properties.isRegister) {
    const error = message('capture.not_register');
    return op === 'index'
      ? { ...base, ok: false, error, index_version: '', partners: [] }
      : { ...base, ok: false, error };
  }
  if (op === 'ping')
    return { ...base, ok: true, ...(env.registerName ? { register: env.registerName } : {}) };
  const { tables } = readRegister(env.workbook, ['partners', 'contacts']);
  const partners = buildPartnerIndexEntries(tables.partners, tables.contacts);
  return { ...base, ok: true, index_version: indexVersion(partners), partners };
}

/** The register's lock was not obtained in time: Apps Script's lock, or the local host's folder lock. */
function isLockTimeout(error: unknown): boolean {
  return error instanceof LockTimeoutError || (error as { reason?: Reason })?.reason?.code === 'folder.busy';
}

/**
 * Why a presented token is not accepted, or undefined when it is the register's current one.
 * A register that was never paired answers exactly as a wrong token is answered (same reason,
 * same comparison work), so a caller cannot learn whether the host is paired.
 */
function checkToken(presented: unknown, properties: Record<string, string>): Reason | undefined {
  const stored = properties[PROPERTY.pairingToken] ?? '';
  if (typeof presented !== 'string' || presented.length > MAX_TOKEN_LENGTH || !tokensEqual(presented, stored))
    return message('capture.token');
  return undefined;
}

/** The UTF-8 length of text, counting no further than just past `stop` (a huge body is not walked to its end). */
export function utf8Length(text: string, stop: number): number {
  if (text.length > stop) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
