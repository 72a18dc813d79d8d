import type { Reason } from '../i18n/reason';
import type { Register } from '../register/register';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { Grid } from '../table/grid';
import { type TabProblem, type TabRecord, tabLineReader } from '../table/readTab';
import { ChoiceAnswers } from './choiceAnswers';
import { googleContactsMapping } from './googleContacts';
import type { ImportChoices } from './importChoices';
import { importColumns } from './importColumns';
import { type FoundHeader, importLineFeed, type LineVisitor } from './importLines';
import type { ImportPlan } from './importPlanTypes';
import { csvReason } from './importReasons';
import { importSizeRefusal } from './importSize';
import { importState } from './importState';
import { MAX_IMPORT_ROWS } from './limits';
import { type LineOutcome, recordOutcome } from './lineOutcome';
import { type CsvFault, streamCsv } from './parseCsv';
import { planContactLine } from './planContactLine';
import { planPartnerLine } from './planPartnerLine';
import { planRecordLine } from './planRecordLine';

function emptyPlan(tab: DataTabKey, fatal?: Reason): ImportPlan {
  const plan: ImportPlan = {
    tab,
    headerLine: 1,
    mapping: [],
    columnsChoosable: true,
    values: [],
    lineCount: 0,
    accepted: [],
    related: [],
    matched: [],
    updates: [],
    duplicates: [],
    rejected: [],
  };
  if (fatal) plan.fatal = fatal;
  return plan;
}

/** Why the whole file is refused, in the order a person should hear it, or undefined. */
function fileRefusal(lines: number, broken: CsvFault | undefined): Reason | undefined {
  if (broken) return csvReason('csv.broken', { line: broken.line, detail: broken.detail });
  if (lines < 2) return csvReason('csv.empty');
  // The row limit (MAX_IMPORT_ROWS) is enforced here; importLineFeed stops planning past it.
  if (lines - 1 > MAX_IMPORT_ROWS)
    return csvReason('csv.too_many_rows', { count: lines - 1, max: MAX_IMPORT_ROWS });
  return undefined;
}

/**
 * The planner of the lines under a header: header and columns in the plan, then a visitor that
 * reads each line, answers its choices, and plans it by its tab. Undefined (with the plan's
 * `fatal` set) when the header names no column of the tab.
 */
function linePlanner(
  plan: ImportPlan,
  header: FoundHeader,
  register: Register,
  choices: ImportChoices,
  shifted: TabProblem[],
): { visit: LineVisitor; answers: ChoiceAnswers } | undefined {
  const { tab } = plan;
  const columns = header.google ? undefined : importColumns(tab, header.cells, choices);
  plan.headerLine = header.index + 1;
  if (header.google) {
    plan.columnsChoosable = false;
    plan.mapping = googleContactsMapping(header.google);
  } else {
    plan.mapping = columns!.shown;
  }
  const reader = tabLineReader(tab, columns?.header ?? header.cells, { formulasAsText: true });
  if (Object.keys(reader.mapping.indexOf).length === 0) {
    const headers = header.cells
      .filter((name) => name !== '')
      .slice(0, 8)
      .join(', ');
    plan.fatal = csvReason('csv.no_columns', { tab: tabDef(tab).label, headers });
    return undefined;
  }
  const state = importState(tab, register, choices);
  const answers = new ChoiceAnswers(tab, choices.values);
  const persons = columns?.persons ?? {};
  const planLine = (record: TabRecord): LineOutcome =>
    tab === 'partners'
      ? planPartnerLine(state, record, persons)
      : tab === 'contacts'
        ? planContactLine(state, record)
        : planRecordLine(state, record);
  const visit: LineVisitor = (cells, index) => {
    const read = reader.read(cells, index + 1, shifted);
    if (!read) return;
    plan.lineCount++;
    const raw = answers.answer(read.raw);
    recordOutcome(plan, planLine(raw === read.raw ? read : { ...read, raw }));
  };
  return { visit, answers };
}

/**
 * What importing CSV text (or a sheet's grid) into a tab of the register would do: each line
 * accepted (normalised, partners given by name resolved, new organisations planned), matched to
 * a record already there (then skipped, updated or added as the person decides), a duplicate of
 * an earlier line, or rejected with every problem of the line. Pure; the register is not
 * changed. Finds the header line below title rows; understands headers as keys or th/en labels
 * and aliases (or as the person mapped them), the older Thai partner list with person columns
 * (they become a contact of the partner), and a Google Contacts export (into contacts); a choice
 * that is no allowed value takes the nearest one or the person's answer. A file of more than
 * MAX_IMPORT_ROWS lines is refused whole. CSV text is parsed as it is planned, a line at a time,
 * so a large file is never held as a grid.
 */
export function planImport(
  tab: DataTabKey,
  source: string | Grid,
  register: Register,
  choices: ImportChoices = {},
): ImportPlan {
  // A text longer than the byte limit came from a file larger than it (one byte or more a character).
  const tooLarge = typeof source === 'string' ? importSizeRefusal(source.length) : null;
  if (tooLarge) return emptyPlan(tab, tooLarge);
  const plan = emptyPlan(tab);
  const shifted: TabProblem[] = [];
  let planner: ReturnType<typeof linePlanner>;
  const feed = importLineFeed(tab, choices, (header) => {
    planner = linePlanner(plan, header, register, choices, shifted);
    return planner?.visit;
  });
  let lines: number;
  let broken: CsvFault | undefined;
  if (typeof source === 'string') {
    ({ lines, broken } = streamCsv(source, feed.add));
  } else {
    source.forEach(feed.add);
    lines = source.length;
  }
  feed.end();
  const refusal = fileRefusal(lines, broken);
  if (refusal) return emptyPlan(tab, refusal);
  if (plan.fatal || !planner) return plan;
  for (const problem of shifted) {
    if (problem.reason.code !== 'row.shifted') continue;
    plan.lineCount++;
    plan.rejected.push({ line: problem.line, reason: problem.reason });
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  plan.values = planner.answers.questions();
  return plan;
}
