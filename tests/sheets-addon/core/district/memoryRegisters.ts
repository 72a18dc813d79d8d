import { reason } from '../../../../shared/i18n/reason';
import { ROLLUP_MESSAGES } from '../../../../shared/rollup/messages';
import type { RawGrid } from '../../../../shared/rollup/schoolRegister';
import { titlesToRead } from '../../../../shared/rollup/schoolTabs';
import type { RegisterRead, RegisterReader } from '../../../../sheets-addon/core/district/registerReader';

/** School registers held in memory, by Sheets id: the roll-up's reader port for tests. */
export class MemoryRegisters implements RegisterReader {
  readonly acceptsPaths = false;
  readonly files = new Map<
    string,
    { tabs: Record<string, RawGrid>; modifiedAt: string | null; shared: boolean }
  >();
  /** Ids read, in order: what a test counts to prove nothing is read twice. */
  readonly reads: string[] = [];
  /** Throws (as a killed execution would stop) when this many reads have happened. */
  killAfter: number | null = null;

  add(
    id: string,
    tabs: Record<string, RawGrid>,
    options: { modifiedAt?: string; shared?: boolean } = {},
  ): void {
    this.files.set(id, { tabs, modifiedAt: options.modifiedAt ?? null, shared: options.shared ?? true });
  }

  read(key: string): RegisterRead {
    if (this.killAfter !== null && this.reads.length >= this.killAfter)
      throw new Error('Exceeded maximum execution time');
    this.reads.push(key);
    const file = this.files.get(key);
    if (!file) return { ok: false, reason: reason('school.not_found', ROLLUP_MESSAGES['school.not_found']) };
    if (!file.shared)
      return { ok: false, reason: reason('school.no_access', ROLLUP_MESSAGES['school.no_access']) };
    const chosen = Object.values(titlesToRead(Object.keys(file.tabs)));
    return {
      ok: true,
      grids: { tabs: Object.fromEntries(chosen.map((title) => [title, file.tabs[title]])) },
    };
  }

  modifiedAt(key: string): string | null {
    return this.files.get(key)?.modifiedAt ?? null;
  }
}

/** A Google Sheets id for the nth test register (ids are 44 characters). */
export function sheetId(n: number): string {
  return `1${String(n).padStart(43, 'x')}`;
}
