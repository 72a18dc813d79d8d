import type { Language } from '../i18n/language';
import type { Cell } from '../register/register';
import type { SchoolEntry, SchoolResult } from './schoolResult';

/** A roll-up run's identity, kept between executions (document properties in Sheets). */
export interface RollupRun {
  /** Unique per run (a sequence number and the start time), so a rerun never picks up an earlier run's reads. */
  runId: string;
  sequence: number;
  /** The day every school's figures are computed at, fixed for the whole run. */
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
  language: Language;
}

/** The checkpoint's header row; one row per school read: run, list position, register key, result. */
export const CHECKPOINT_HEADER = ['run', 'index', 'key', 'result'] as const;

/** One checkpoint row for a school read in a run. */
export function checkpointRow(runId: string, result: SchoolResult): Cell[] {
  return [runId, result.index, result.key, JSON.stringify(result)];
}

/** Every result stored in checkpoint rows, by run id; a school read twice (a batch repeated after an interruption) counts once, the later read winning. */
export function resultsByRun(rows: readonly (readonly unknown[])[]): Map<string, Map<number, SchoolResult>> {
  const runs = new Map<string, Map<number, SchoolResult>>();
  for (const row of rows) {
    const [runId, , , json] = row;
    if (typeof runId !== 'string' || runId === CHECKPOINT_HEADER[0] || typeof json !== 'string') continue;
    let result: SchoolResult;
    try {
      result = JSON.parse(json) as SchoolResult;
    } catch {
      continue; // a half-written cell from a killed execution: that school is read again
    }
    const run = runs.get(runId) ?? new Map<number, SchoolResult>();
    run.set(result.index, result);
    runs.set(runId, run);
  }
  return runs;
}

/** Whether a stored result still answers for this row of the list (same school, same link). */
export function answersFor(result: SchoolResult | undefined, entry: SchoolEntry): result is SchoolResult {
  return !!result && result.name === entry.name && result.ref === entry.ref;
}

/** The schools of the list that this run has not read yet, in list order. */
export function pendingSchools(
  list: readonly SchoolEntry[],
  done: ReadonlyMap<number, SchoolResult>,
): SchoolEntry[] {
  return list.filter((entry) => !answersFor(done.get(entry.index), entry));
}

/**
 * Whether a result from an earlier run can stand in for reading the register again: it was read
 * fine, at the same as-of date (stale shares and expiry windows move with the date), and the host
 * says the register has not changed since.
 */
export function stillCurrent(
  previous: SchoolResult | undefined,
  modifiedAt: string | null,
  asOf: string,
  previousAsOf: string | null,
): previous is SchoolResult {
  return (
    !!previous &&
    previous.status === 'ok' &&
    modifiedAt !== null &&
    previous.modifiedAt === modifiedAt &&
    previousAsOf === asOf
  );
}
