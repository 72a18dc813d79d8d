import {
  CHECKPOINT_HEADER,
  checkpointRow,
  type RollupRun,
  resultsByRun,
} from '../../../shared/rollup/checkpoint';
import type { SchoolResult } from '../../../shared/rollup/schoolResult';
import type { Workbook } from '../workbook';

/** The hidden sheet holding every school read so far: too big for document properties (9 KB a value). */
export const CHECKPOINT_SHEET = 'District state';

/** Document property holding the current run (JSON `RollupRun`). */
export const RUN_PROPERTY = 'netreg.district.run';
/** Document property holding the last finished run, whose results a rerun may reuse. */
export const FINISHED_PROPERTY = 'netreg.district.finished';

/** The roll-up's progress between executions: which run, and what it has read. */
export class CheckpointStore {
  constructor(private readonly workbook: Workbook) {}

  /** The run in progress or last finished, and the last finished one (one properties call). */
  runs(): { current: RollupRun | null; finished: RollupRun | null } {
    const properties = this.workbook.getProperties();
    const parse = (text: string | undefined) => (text ? (JSON.parse(text) as RollupRun) : null);
    return { current: parse(properties[RUN_PROPERTY]), finished: parse(properties[FINISHED_PROPERTY]) };
  }

  saveRun(run: RollupRun): void {
    const values: Record<string, string> = { [RUN_PROPERTY]: JSON.stringify(run) };
    if (run.finishedAt) values[FINISHED_PROPERTY] = JSON.stringify(run);
    this.workbook.setProperties(values);
  }

  private ensureSheet(): void {
    if (this.workbook.listSheets().some((sheet) => sheet.name === CHECKPOINT_SHEET)) return;
    this.workbook.createSheet(CHECKPOINT_SHEET, { hidden: true });
    this.workbook.writeValues(CHECKPOINT_SHEET, 1, 1, [[...CHECKPOINT_HEADER]]);
  }

  /** Every stored result by run (one read). */
  load(): Map<string, Map<number, SchoolResult>> {
    if (!this.workbook.listSheets().some((sheet) => sheet.name === CHECKPOINT_SHEET)) return new Map();
    return resultsByRun(this.workbook.readValues(CHECKPOINT_SHEET));
  }

  /** Appends one batch of results (one write): the checkpoint after each batch. */
  append(runId: string, results: readonly SchoolResult[]): void {
    if (results.length === 0) return;
    this.ensureSheet();
    this.workbook.appendRows(
      CHECKPOINT_SHEET,
      results.map((result) => checkpointRow(runId, result)),
    );
  }

  /** Keeps only one run's results, so the sheet does not grow run after run (clear + one write). */
  compact(runId: string, results: readonly SchoolResult[]): void {
    this.ensureSheet();
    this.workbook.clearSheet(CHECKPOINT_SHEET);
    this.workbook.writeValues(CHECKPOINT_SHEET, 1, 1, [
      [...CHECKPOINT_HEADER],
      ...results.map((result) => checkpointRow(runId, result)),
    ]);
  }
}
