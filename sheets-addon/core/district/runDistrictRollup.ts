import type { Language } from '../../../shared/i18n/language';
import { type Reason, reason } from '../../../shared/i18n/reason';
import { answersFor, pendingSchools, type RollupRun } from '../../../shared/rollup/checkpoint';
import { buildDistrict } from '../../../shared/rollup/districtModel';
import { districtTable } from '../../../shared/rollup/districtTable';
import { ROLLUP_MESSAGES } from '../../../shared/rollup/messages';
import type { NetworkFiguresOf } from '../../../shared/rollup/schoolFigures';
import type { SchoolEntry, SchoolResult } from '../../../shared/rollup/schoolResult';
import type { Settings } from '../../../shared/settings/settings';
import type { ChartCanvas } from '../charts/chartCanvas';
import type { Workbook } from '../workbook';
import { CheckpointStore } from './checkpointStore';
import { districtList, MAX_SCHOOLS } from './districtList';
import { createDistrictSheet, findDistrictSheet, writeDistrictSheet } from './districtSheet';
import { readSchool } from './readSchool';
import type { RegisterReader } from './registerReader';

/**
 * Time an execution spends reading before it checkpoints and stops: Apps Script ends an
 * execution at 6 minutes; the rest is kept for the last batch, the District tab and charts.
 */
export const EXECUTION_BUDGET_MS = 270_000;

/** Schools read between two checkpoints: a killed execution loses at most this many reads. */
export const CHECKPOINT_EVERY = 10;

/** The platform the roll-up runs on. */
export interface DistrictPorts {
  /** The district officer's own spreadsheet. */
  workbook: Workbook;
  reader: RegisterReader;
  charts: ChartCanvas | null;
  /** Milliseconds, for the execution budget. */
  clock: () => number;
  /** Now, ISO date-time. */
  now: () => string;
  /** Waits (Apps Script: `Utilities.sleep`); without it a "try later" ends the execution at once. */
  sleep?: (ms: number) => void;
}

/**
 * Waits after a "try later" (HTTP 429 or 5xx) before reading the same school again: truncated
 * exponential backoff as the Sheets API asks (https://developers.google.com/sheets/api/limits),
 * without the random part so a run is reproducible. After the last wait the execution checkpoints
 * and stops; Continue (or the hourly trigger) resumes from that school.
 */
export const BACKOFF_MS = [2_000, 4_000, 8_000, 16_000, 32_000] as const;

/** What the run computes with. */
export interface DistrictOptions {
  /** The district's settings: every school is measured with these (same day, same thresholds). */
  settings: Settings;
  language: Language;
  networkFiguresOf: NetworkFiguresOf;
  /** @default EXECUTION_BUDGET_MS */
  budgetMs?: number;
  /** @default CHECKPOINT_EVERY */
  checkpointEvery?: number;
}

/** Where a roll-up stands after one execution. */
export interface RollupProgress {
  runId: string | null;
  total: number;
  done: number;
  readable: number;
  /** `false` while schools remain: the officer chooses Continue, or the hourly trigger does. */
  finished: boolean;
  message: Reason;
}

function nothing(code: 'run.nothing' | 'run.no_run'): RollupProgress {
  return {
    runId: null,
    total: 0,
    done: 0,
    readable: 0,
    finished: true,
    message: reason(code, ROLLUP_MESSAGES[code]),
  };
}

/** The District tab's name, creating the tab (header only) the first time. */
function districtSheet(ports: DistrictPorts, language: Language): { name: string; created: boolean } {
  const name = findDistrictSheet(ports.workbook);
  if (name) return { name, created: false };
  const empty = districtTable(buildDistrict([]), language);
  return { name: createDistrictSheet(ports.workbook, empty), created: true };
}

/** Starts a new roll-up of every school listed, reading as many as this execution's time allows. */
export function startDistrictRollup(ports: DistrictPorts, options: DistrictOptions): RollupProgress {
  const sheet = districtSheet(ports, options.language);
  if (sheet.created) return nothing('run.nothing');
  const list = districtList(ports.workbook.readValues(sheet.name));
  // No run is recorded for an empty list, so Continue never picks up a run with nothing to do.
  if (list.length === 0) return nothing('run.nothing');
  const now = ports.now();
  const store = new CheckpointStore(ports.workbook);
  const sequence = (store.runs().current?.sequence ?? 0) + 1;
  const run: RollupRun = {
    runId: `${sequence}@${now}`,
    sequence,
    asOf: options.settings.as_of ?? now.slice(0, 10),
    startedAt: now,
    finishedAt: null,
    language: options.language,
  };
  store.saveRun(run);
  return advance(ports, options, run, sheet.name, list);
}

/** Continues the roll-up in progress from its last checkpoint; a finished one is left alone. */
export function continueDistrictRollup(ports: DistrictPorts, options: DistrictOptions): RollupProgress {
  const { current } = new CheckpointStore(ports.workbook).runs();
  if (!current || current.finishedAt) return nothing('run.no_run');
  return advance(ports, options, current, districtSheet(ports, current.language).name);
}

function advance(
  ports: DistrictPorts,
  options: DistrictOptions,
  run: RollupRun,
  name: string,
  listed?: SchoolEntry[],
): RollupProgress {
  const started = ports.clock();
  const budget = options.budgetMs ?? EXECUTION_BUDGET_MS;
  const every = options.checkpointEvery ?? CHECKPOINT_EVERY;
  const store = new CheckpointStore(ports.workbook);
  const list = listed ?? districtList(ports.workbook.readValues(name));
  if (list.length === 0) return nothing('run.nothing');
  if (list.length > MAX_SCHOOLS) {
    const message = reason('run.too_many', ROLLUP_MESSAGES['run.too_many'], {
      count: list.length,
      limit: MAX_SCHOOLS,
    });
    return { runId: run.runId, total: list.length, done: 0, readable: 0, finished: true, message };
  }
  const stored = store.load();
  const done = stored.get(run.runId) ?? new Map<number, SchoolResult>();
  const { finished } = store.runs();
  const previousRun = finished && finished.runId !== run.runId ? finished : null;
  const byKey = new Map<string, SchoolResult>();
  for (const result of stored.get(previousRun?.runId ?? '')?.values() ?? []) {
    if (result.key && result.status === 'ok') byKey.set(result.key, result);
  }
  const readKeys = new Map<string, SchoolResult>();
  for (const entry of list) {
    const result = done.get(entry.index);
    if (answersFor(result, entry) && result.key && result.status === 'ok') readKeys.set(result.key, result);
  }
  const settings = { ...options.settings, as_of: run.asOf };
  const previous = { byKey, asOf: previousRun?.asOf ?? null };

  let batch: SchoolResult[] = [];
  const pending = pendingSchools(list, done);
  let waits = 0;
  for (let next = 0; next < pending.length; ) {
    if (ports.clock() - started >= budget) break;
    const entry = pending[next];
    const result = readSchool(entry, {
      reader: ports.reader,
      settings,
      networkFiguresOf: options.networkFiguresOf,
      now: ports.now(),
      readKeys,
      previous,
    });
    if (result === null) {
      const wait = BACKOFF_MS[waits++];
      if (wait === undefined || !ports.sleep || ports.clock() + wait - started >= budget) break;
      ports.sleep(wait);
      continue;
    }
    waits = 0;
    next++;
    done.set(entry.index, result);
    if (result.key && result.status === 'ok' && !readKeys.has(result.key)) readKeys.set(result.key, result);
    batch.push(result);
    if (batch.length >= every) {
      store.append(run.runId, batch);
      batch = [];
    }
  }
  store.append(run.runId, batch);

  const answered = list.filter((entry) => answersFor(done.get(entry.index), entry));
  const readable = answered.filter((entry) => done.get(entry.index)?.status === 'ok').length;
  if (answered.length < list.length) {
    const message = reason('run.progress', ROLLUP_MESSAGES['run.progress'], {
      done: answered.length,
      total: list.length,
    });
    return {
      runId: run.runId,
      total: list.length,
      done: answered.length,
      readable,
      finished: false,
      message,
    };
  }

  const results = list.map((entry) => done.get(entry.index) as SchoolResult);
  const model = buildDistrict(results);
  writeDistrictSheet(ports.workbook, ports.charts, name, model, districtTable(model, run.language));
  store.compact(run.runId, results);
  store.saveRun({ ...run, finishedAt: ports.now() });
  const message = reason('run.finished', ROLLUP_MESSAGES['run.finished'], { readable, total: list.length });
  return { runId: run.runId, total: list.length, done: list.length, readable, finished: true, message };
}
