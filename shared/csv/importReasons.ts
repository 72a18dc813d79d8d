import { joinBoth, type MessageParam, type Reason, reason } from '../i18n/reason';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { DuplicateDecision } from './importChoices';
import type { MatchedLine } from './importPlanTypes';
import { CSV_MESSAGES, type CsvReasonCode } from './messages';

export function csvReason(code: CsvReasonCode, params: Record<string, MessageParam> = {}): Reason {
  return reason(code, CSV_MESSAGES[code], params);
}

/** One reason listing every problem of a line (each already led by its column's name). */
export function rowReason(problems: readonly Reason[]): Reason {
  const code = problems.length === 1 ? problems[0].code : 'import.row_problems';
  const list = joinBoth(problems.map((problem) => problem.message));
  return reason(code, CSV_MESSAGES['import.row_problems'], { problems: list });
}

/** A problem said with the name of the column it is about. */
export function withColumn(tab: DataTabKey, column: string, problem: Reason): Reason {
  const label = tabDef(tab).columns.find((def) => def.key === column)?.label ?? { th: column, en: column };
  return reason(
    problem.code,
    { th: '{column}: {problem}', en: '{column}: {problem}' },
    { column: label, problem: problem.message },
  );
}

/** A line that repeats an earlier line of the file. */
export function duplicateLine(line: number, first: number): { line: number; first: number; reason: Reason } {
  return { line, first, reason: csvReason('import.duplicate', { first }) };
}

/** A line found in the register already, and what is done with it. */
export function matchedLine(
  line: number,
  id: string,
  why: Reason,
  by: string,
  decision: DuplicateDecision,
  options: DuplicateDecision[],
): MatchedLine {
  return { line, id, reason: why, by, question: by === 'phone', decision, options };
}
