const DAY_MS = 86_400_000;
/** Spreadsheet serial of 1970-01-01 (serials count days from 1899-12-30 in all three programs). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date, or null if it is not one. */
export function dayNumber(iso: unknown): number | null {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The spreadsheet serial number of an ISO date, or null. */
export function serialOf(iso: unknown): number | null {
  const day = dayNumber(iso);
  return day === null ? null : day + UNIX_EPOCH_SERIAL;
}

/** The ISO date of a spreadsheet serial number. */
export function isoOfSerial(serial: number): string {
  return isoOfDay(Math.floor(serial) - UNIX_EPOCH_SERIAL);
}

/** Today in UTC, ISO. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
