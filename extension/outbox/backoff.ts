/** The first wait after a failed send; doubled after each further failure. */
export const FIRST_RETRY_MS = 30_000;

/** The longest wait between attempts, so a capture made offline goes out within the hour of coming back. */
export const MAX_RETRY_MS = 60 * 60_000;

/**
 * When to try again after `attempts` failed sends: exponential, capped, with up to 20% jitter so
 * many browsers coming back online don't all knock at once. `random` is injected for tests.
 */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.2 * random()));
}
