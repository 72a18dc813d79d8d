import type { Reason } from './i18n/reason';

/** A value, or the reason a person can read for why there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: Reason): Result<T> {
  return { ok: false, reason };
}
