import type { Reason } from '../i18n/reason';
import type { ImportPlan, MatchedLine, PlannedRow, PlannedUpdate } from './importPlanTypes';
import { duplicateLine } from './importReasons';

/** What one line of the file comes to; a line planner returns it, planImport records it in the plan. */
export interface LineOutcome {
  line: number;
  /** Refused, with every problem of the line. */
  rejected?: Reason;
  /** The earlier line of the file this one repeats. */
  repeats?: number;
  /** Found in the register, and what is done with it. */
  matched?: MatchedLine;
  /** The existing record it updates. */
  update?: PlannedUpdate;
  /** The row it adds. */
  accepted?: PlannedRow;
  /** A row added alongside: a contact's new organisation, a partner list's person. */
  related?: PlannedRow;
}

/** Puts a line's outcome in the plan. */
export function recordOutcome(plan: ImportPlan, outcome: LineOutcome): void {
  const { line } = outcome;
  if (outcome.rejected) plan.rejected.push({ line, reason: outcome.rejected });
  if (outcome.repeats !== undefined) plan.duplicates.push(duplicateLine(line, outcome.repeats));
  if (outcome.matched) plan.matched.push(outcome.matched);
  if (outcome.update) plan.updates.push(outcome.update);
  if (outcome.accepted) plan.accepted.push(outcome.accepted);
  if (outcome.related) plan.related.push(outcome.related);
}
