import { cellText, type Register } from '../register/register';

/** The dated columns that show a register is being kept up: what happened, and what was edited. */
const DATED: readonly { tab: 'activities' | 'resources' | 'agreements' | 'partners'; column: string }[] = [
  { tab: 'activities', column: 'date' },
  { tab: 'resources', column: 'date' },
  { tab: 'agreements', column: 'signed' },
  { tab: 'partners', column: 'updated_at' },
  { tab: 'partners', column: 'created_at' },
];

/**
 * The latest day the register records something (ISO `YYYY-MM-DD`), ignoring days after
 * `asOf` (a planned activity is not an update); `null` for an empty register.
 */
export function lastUpdate(register: Register, asOf: string): string | null {
  let latest: string | null = null;
  for (const { tab, column } of DATED) {
    for (const row of register.tables[tab]) {
      const day = cellText(row[column]).slice(0, 10);
      if (day.length === 10 && day <= asOf && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
}
