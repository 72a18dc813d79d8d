import { fillTemplate, type Reason, reason } from '../i18n/reason';
import { matchPartner, type PartnerMatch } from '../match/matchPartner';
import { foldOrganisationName } from '../match/organisationName';
import { buildPartnerIndex, type PartnerIndex } from '../match/partnerIndex';
import { foldPersonName } from '../match/personName';
import { listCellItems } from '../normalise/cell';
import { CellMemo } from '../normalise/cellMemo';
import { normaliseReference } from '../normalise/reference';
import { quoted } from '../normalise/refusal';
import { normaliseRow } from '../normalise/row';
import { cellText, listItems, type Register, type Row } from '../register/register';
import { columnForHeader, mapHeaders } from '../schema/columnLookup';
import type { ColumnDef } from '../schema/columns';
import { enumKeyOf } from '../schema/enumLookup';
import { nearestEnumValue } from '../schema/nearestEnumValue';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { Grid } from '../table/grid';
import { type TabRecord, visitTabRecords } from '../table/readTab';
import {
  googleContactsGrid,
  googleContactsMapping,
  isGoogleContactsHeader,
  ORGANISATION_WEBSITE_HEADER,
} from './googleContacts';
import { findHeaderIndex } from './headerLine';
import type { DuplicateDecision, ImportChoices } from './importChoices';
import type { ImportPlan, MatchedLine, PlannedRow, ValueQuestion } from './importPlan';
import { importSizeRefusal } from './importSize';
import { MAX_IMPORT_ROWS } from './limits';
import { CSV_MESSAGES, type CsvReasonCode } from './messages';
import { parseCsv } from './parseCsv';

function csvReason(code: CsvReasonCode, params: Record<string, string | number> = {}): Reason {
  return reason(code, CSV_MESSAGES[code], params);
}

/** One reason listing every problem of a line (each already led by its column's name). */
function rowReason(problems: readonly Reason[]): Reason {
  const list = (language: 'th' | 'en') => problems.map((problem) => problem.message[language]).join('; ');
  return {
    code: problems.length === 1 ? problems[0].code : 'import.row_problems',
    message: {
      th: fillTemplate(CSV_MESSAGES['import.row_problems'].th, { problems: list('th') }),
      en: fillTemplate(CSV_MESSAGES['import.row_problems'].en, { problems: list('en') }),
    },
  };
}

function withColumn(tab: DataTabKey, column: string, problem: Reason): Reason {
  const label = tabDef(tab).columns.find((def) => def.key === column)?.label ?? { th: column, en: column };
  return {
    code: problem.code,
    message: { th: `${label.th}: ${problem.message.th}`, en: `${label.en}: ${problem.message.en}` },
  };
}

/** A row's content without its id, to recognise the same record twice. */
function contentKey(tab: DataTabKey, row: Row): string {
  return JSON.stringify(
    tabDef(tab).columns.map((column) => (column.key === 'id' ? null : (row[column.key] ?? null))),
  );
}

/** The person columns a partner list may carry. */
const PERSON_KEYS = ['name', 'role', 'line_id'];

/**
 * Where the contact columns of a partner list sit (ผู้ติดต่อ, ตำแหน่ง … in an older Thai list, or
 * the ones the person mapped to `contacts.…`): contact column key → header text.
 */
function personColumns(
  header: readonly string[],
  unknown: readonly { index: number; header: string }[],
  chosen: ReadonlySet<number> | undefined,
): Record<string, string> {
  const found: Record<string, string> = {};
  header.forEach((name, index) => {
    if (!chosen?.has(index) || !name.startsWith('contacts.')) return;
    const key = name.slice(9);
    if (!(key in found)) found[key] = name;
  });
  for (const { index, header: name } of unknown) {
    if (chosen?.has(index)) continue;
    const column = columnForHeader('contacts', name);
    if (column && PERSON_KEYS.includes(column.key) && !(column.key in found)) found[column.key] = name;
  }
  return found;
}

/** State kept while a file's lines are planned. */
class Planner {
  readonly index: PartnerIndex;
  readonly ids: Record<DataTabKey, Set<string>>;
  readonly existingContent: Map<string, string>;
  /** Contacts already in the register by email, and by partner + folded name. */
  readonly contactByEmail = new Map<string, string>();
  readonly contactByPartnerName = new Map<string, string>();
  /** Partners this file will create, by folded name → placeholder. */
  readonly newPartners = new Map<string, PlannedRow>();
  readonly seen = new Map<string, number>();
  /** Partner lines of this file by folded name: the first line and the partner it is (id or placeholder). */
  readonly partnerLines = new Map<string, { line: number; id: string }>();
  readonly idsInFile = new Set<string>();
  /** The file's repeated phones, emails, enum labels… normalised once for the whole file. */
  readonly memo = new CellMemo();
  /** Single choice columns of the tab, whose near misses the value-mapping step answers. */
  readonly choiceColumns: ColumnDef[];
  /** Each distinct (column, text) that is no allowed value, met once, asked once. */
  readonly questions = new Map<string, ValueQuestion>();
  /** Choice texts already known to be allowed values. */
  private readonly allowed = new Set<string>();
  private nextRef = 1;

  constructor(
    readonly tab: DataTabKey,
    readonly register: Register,
    readonly plan: ImportPlan,
    readonly choices: ImportChoices,
  ) {
    this.choiceColumns = tabDef(tab).columns.filter((column) => column.type === 'enum' && !column.multiple);
    this.index = buildPartnerIndex(register.tables.partners, register.tables.contacts);
    this.ids = Object.fromEntries(
      Object.entries(register.tables).map(([key, rows]) => [
        key,
        new Set(rows.map((row) => cellText(row.id))),
      ]),
    ) as Record<DataTabKey, Set<string>>;
    this.existingContent = new Map();
    // Partners and contacts are recognised by matching, other records by their content.
    if (tab !== 'partners' && tab !== 'contacts') {
      for (const row of register.tables[tab])
        this.existingContent.set(contentKey(tab, row), cellText(row.id));
    }
    for (const contact of register.tables.contacts) {
      const id = cellText(contact.id);
      for (const email of listItems(contact.email)) this.contactByEmail.set(email.toLowerCase(), id);
      this.contactByPartnerName.set(
        `${cellText(contact.partner_id)}|${foldPersonName(cellText(contact.name))}`,
        id,
      );
    }
  }

  /**
   * A line's raw cells with each choice that is no allowed value answered: the person's answer
   * in the value-mapping step, else the nearest allowed value; a text with neither is left for
   * normalisation to refuse. Returns the same object when nothing needed answering.
   */
  answerChoices(raw: Record<string, string | number | null>): Record<string, string | number | null> {
    let answered: Record<string, string | number | null> | undefined;
    for (const column of this.choiceColumns) {
      const text = raw[column.key];
      if (typeof text !== 'string' || text.trim() === '') continue;
      const question = this.question(column, text.trim());
      if (!question) continue;
      question.count++;
      if (question.chosen === undefined) continue;
      answered ??= { ...raw };
      answered[column.key] = question.chosen;
    }
    return answered ?? raw;
  }

  /** The question a choice text raises, or undefined when it is an allowed value. */
  private question(column: ColumnDef, text: string): ValueQuestion | undefined {
    const id = `${column.key}\u0000${text}`;
    const known = this.questions.get(id);
    if (known) return known;
    if (this.allowed.has(id)) return undefined;
    const given = this.choices.values?.[column.key];
    const answered = given !== undefined && Object.hasOwn(given, text);
    if (!answered && enumKeyOf(column.enum!, text) !== undefined) {
      this.allowed.add(id);
      return undefined;
    }
    const proposal = nearestEnumValue(column.enum!, text) ?? null;
    const question: ValueQuestion = {
      column: column.key,
      text,
      proposal,
      chosen: answered ? given[text] : (proposal ?? undefined),
      count: 0,
    };
    this.questions.set(id, question);
    return question;
  }

  /** What to do with a line matched to an existing record: the person's decision, else the default. */
  decide(line: number, fallback: DuplicateDecision, options: DuplicateDecision[]): DuplicateDecision {
    const given = this.choices.duplicates?.[String(line)];
    return given !== undefined && options.includes(given) ? given : fallback;
  }

  ref(): string {
    return `#new:${this.nextRef++}`;
  }

  /**
   * A partner reference given as an id or a name: the id, a planned partner's placeholder, or
   * why not. With `createAs`, an organisation not found becomes a new planned partner, returned
   * as `created` for the caller to place (the line's own row, or a row alongside).
   */
  resolvePartner(
    text: string,
    createAs: number | undefined,
    hints: { emails?: string[]; website?: string } = {},
  ): { id: string; match?: PartnerMatch; created?: PlannedRow } | { problem: Reason } {
    const asId = normaliseReference('partners', text);
    if (asId.ok) {
      if (this.ids.partners.has(asId.value)) return { id: asId.value };
      return { problem: csvReason('import.partner_unknown', { value: quoted(text) }) };
    }
    const match = matchPartner(
      this.index,
      createAs === undefined ? { name: text } : { name: text, ...hints },
    );
    if (match && (createAs !== undefined || match.by === 'name')) return { id: match.id, match };
    const fold = foldOrganisationName(text);
    const planned = this.newPartners.get(fold);
    if (planned) return { id: planned.ref! };
    if (createAs === undefined)
      return { problem: csvReason('import.partner_unknown', { value: quoted(text) }) };
    const { row, problems } = normaliseRow('partners', { name: text, website: hints.website || null });
    if (problems.some((problem) => problem.column === 'name')) return { problem: problems[0].reason };
    if (problems.length > 0) row.website = null;
    const partner: PlannedRow = { line: createAs, tab: 'partners', row, ref: this.ref() };
    this.newPartners.set(fold, partner);
    return { id: partner.ref!, created: partner };
  }

  /** Whether a line repeats an earlier one; reports it when it does. */
  isDuplicate(line: number, key: string): boolean {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, line);
      return false;
    }
    this.plan.duplicates.push({ line, first, reason: csvReason('import.duplicate', { first }) });
    return true;
  }

  /** Keeps an id given in the file when it is free; otherwise the row gets a new one. */
  keepIdIfFree(row: Row): void {
    const id = cellText(row.id);
    if (id === '') return;
    if (this.ids[this.tab].has(id) || this.idsInFile.has(id)) row.id = null;
    else this.idsInFile.add(id);
  }
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
 * MAX_IMPORT_ROWS lines is refused whole.
 */
export function planImport(
  tab: DataTabKey,
  source: string | Grid,
  register: Register,
  choices: ImportChoices = {},
): ImportPlan {
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
  let grid: Grid;
  if (typeof source === 'string') {
    // A text longer than the byte limit came from a file larger than it (one byte or more a character).
    const tooLarge = importSizeRefusal(source.length);
    if (tooLarge) {
      plan.fatal = tooLarge;
      return plan;
    }
    const parsed = parseCsv(source);
    if (parsed.broken) {
      plan.fatal = csvReason('csv.broken', { line: parsed.broken.line, detail: parsed.broken.detail });
      return plan;
    }
    grid = parsed.grid;
  } else {
    grid = source;
  }
  if (grid.length < 2) {
    plan.fatal = csvReason('csv.empty');
    return plan;
  }
  if (grid.length - 1 > MAX_IMPORT_ROWS) {
    plan.fatal = csvReason('csv.too_many_rows', { count: grid.length - 1, max: MAX_IMPORT_ROWS });
    return plan;
  }
  const google = tab === 'contacts' && isGoogleContactsHeader(grid[0]);
  const googleMapping = google ? googleContactsMapping(grid) : undefined;
  if (google) {
    grid = googleContactsGrid(grid);
    plan.columnsChoosable = false;
  } else {
    const headerIndex = headerIndexOf(tab, grid, choices);
    plan.headerLine = headerIndex + 1;
    if (headerIndex > 0) grid = grid.slice(headerIndex);
  }
  const header = (grid[0] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
  const columns = google ? undefined : chosenColumns(tab, header, choices);
  if (columns) grid = [columns.header, ...grid.slice(1)];
  const effective = columns?.header ?? header;
  const mapping = mapHeaders(tab, effective);
  const persons = tab === 'partners' ? personColumns(effective, mapping.unknown, columns?.chosen) : {};
  plan.mapping = header.map((name, index) => {
    const key = Object.entries(mapping.indexOf).find(([, at]) => at === index)?.[0];
    const person = Object.entries(persons).find(([, h]) => h === effective[index])?.[0];
    const column = key ?? (person ? `contacts.${person}` : null);
    return columns?.chosen.has(index) ? { header: name, column, chosen: true } : { header: name, column };
  });
  if (googleMapping) plan.mapping = googleMapping;
  if (Object.keys(mapping.indexOf).length === 0) {
    const headers = header
      .filter((name) => name !== '')
      .slice(0, 8)
      .join(', ');
    plan.fatal = csvReason('csv.no_columns', { tab: tabDef(tab).label.en, headers });
    return plan;
  }
  const planner = new Planner(tab, register, plan, choices);
  // Lines are planned as they are read, so a big file's raw records never pile up in memory.
  const { problems } = visitTabRecords(
    tab,
    grid,
    { formulasAsText: true, headerLine: plan.headerLine },
    (read) => {
      plan.lineCount++;
      const record = { ...read, raw: planner.answerChoices(read.raw) };
      if (tab === 'partners') planPartner(planner, record, persons);
      else if (tab === 'contacts') planContact(planner, record);
      else planRecord(planner, record);
    },
  );
  for (const problem of problems) {
    if (problem.reason.code !== 'row.shifted') continue;
    plan.lineCount++;
    plan.rejected.push({ line: problem.line, reason: problem.reason });
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  plan.values = [...planner.questions.values()];
  return plan;
}

/** The header's grid index: the person's choice when it is inside the file, else the line found. */
function headerIndexOf(tab: DataTabKey, grid: Grid, choices: ImportChoices): number {
  const chosen = choices.headerLine;
  if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 1 && chosen < grid.length)
    return chosen - 1;
  return findHeaderIndex(tab, grid);
}

/**
 * The header as the planner reads it once the person's column choices are put in: a chosen
 * column is named by its key (keys win over labels), an ignored one is blanked, a person column
 * of a partner list keeps a `contacts.` name. Undefined when the person chose nothing.
 */
function chosenColumns(
  tab: DataTabKey,
  header: readonly string[],
  choices: ImportChoices,
): { header: string[]; chosen: Set<number> } | undefined {
  const given = choices.columns;
  if (!given || Object.keys(given).length === 0) return undefined;
  const keys = new Set(tabDef(tab).columns.map((column) => column.key));
  const chosen = new Set<number>();
  const rewritten = header.map((name, index) => {
    // A choice names its header by position (the sidebar) or by its text (a CLI mapping file).
    const at = Object.hasOwn(given, String(index))
      ? String(index)
      : Object.hasOwn(given, name)
        ? name
        : undefined;
    if (at === undefined) return name;
    const column = given[at];
    if (column === null) {
      chosen.add(index);
      return '';
    }
    const person =
      tab === 'partners' && column.startsWith('contacts.') && PERSON_KEYS.includes(column.slice(9));
    if (!keys.has(column) && !person) return name;
    chosen.add(index);
    return column;
  });
  // A header naming the same column as a chosen one would take it first: the person's choice wins.
  const taken = new Set(rewritten.filter((_, index) => chosen.has(index)));
  return {
    header: rewritten.map((name, index) => {
      if (chosen.has(index) || name === '') return name;
      const column = columnForHeader(tab, name)?.key;
      return column !== undefined && taken.has(column) ? '' : name;
    }),
    chosen,
  };
}

function planPartner(planner: Planner, record: TabRecord, persons: Record<string, string>): void {
  const { plan } = planner;
  const { row, problems } = normaliseRow('partners', record.raw, planner.memo);
  let contact: Row | undefined;
  const reasons = problems.map((problem) => problem.reason);
  // Most partner lists have no person columns: then no contact is read at all.
  const personRaw: Record<string, unknown> = {};
  for (const key in persons) personRaw[key] = record.extra[persons[key]] ?? null;
  if (personRaw.name) {
    const person = normaliseRow(
      'contacts',
      { ...personRaw, email: row.email, phone: row.phone },
      planner.memo,
    );
    for (const problem of person.problems)
      reasons.push(withColumn('contacts', problem.column, problem.reason));
    contact = person.row;
  }
  if (reasons.length > 0) {
    plan.rejected.push({ line: record.line, reason: rowReason(reasons) });
    return;
  }
  // The folded name is the partner's identity within one file: a line whose name folds like an
  // earlier line's is that line again (reported once), whatever else it says.
  const fold = foldOrganisationName(cellText(row.name));
  const first = planner.partnerLines.get(fold);
  if (first !== undefined) {
    plan.duplicates.push({
      line: record.line,
      first: first.line,
      reason: csvReason('import.duplicate', { first: first.line }),
    });
    // Another person of the same organisation still becomes its contact.
    if (contact) planContactOf(planner, record.line, contact, first.id);
    return;
  }
  const match = matchPartner(planner.index, {
    name: cellText(row.name),
    nameFold: fold,
    emails: listItems(row.email),
    phones: listItems(row.phone),
    website: cellText(row.website) || undefined,
  });
  // A phone alone is shared by a switchboard, a temple and the co-operative next door: asked, and
  // added as a new organisation unless the person says it is the same one.
  const decision = match
    ? planner.decide(record.line, match.by === 'phone' ? 'add' : 'skip', UPDATABLE)
    : undefined;
  if (match && decision) {
    plan.matched.push(matchedLine(record.line, match.id, match.reason, match.by, decision, UPDATABLE));
  }
  if (match && decision !== 'add') {
    if (decision === 'update') plan.updates.push({ line: record.line, tab: 'partners', id: match.id, row });
    planner.partnerLines.set(fold, { line: record.line, id: match.id });
    if (contact) planContactOf(planner, record.line, contact, match.id);
    return;
  }
  planner.keepIdIfFree(row);
  const partner: PlannedRow = { line: record.line, tab: 'partners', row, ref: planner.ref() };
  planner.newPartners.set(fold, partner);
  planner.partnerLines.set(fold, { line: record.line, id: partner.ref! });
  plan.accepted.push(partner);
  if (contact) planContactOf(planner, record.line, contact, partner.ref!);
}

/** A contact from a partner list's person columns, unless the partner already has it. */
function planContactOf(planner: Planner, line: number, contact: Row, partnerId: string): void {
  const key = `${partnerId}|${foldPersonName(cellText(contact.name))}`;
  if (planner.contactByPartnerName.has(key)) return;
  planner.contactByPartnerName.set(key, '');
  planner.plan.related.push({ line, tab: 'contacts', row: { ...contact, id: null, partner_id: partnerId } });
}

function planContact(planner: Planner, record: TabRecord): void {
  const { plan } = planner;
  const organisation =
    record.raw.partner_id === null || record.raw.partner_id === undefined
      ? ''
      : String(record.raw.partner_id).trim();
  const { row, problems } = normaliseRow('contacts', { ...record.raw, partner_id: null }, planner.memo);
  const reasons: Reason[] = [];
  const hasName = cellText(row.name) !== '';
  for (const problem of problems) {
    // A line with only an organisation (Google keeps companies as contacts) brings in the partner alone.
    if (problem.reason.code === 'value.required' && problem.column === 'name' && organisation !== '')
      continue;
    reasons.push(problem.reason);
  }
  if (!hasName && organisation === '') reasons.push(csvReason('import.contact_without_name'));
  if (reasons.length > 0) {
    plan.rejected.push({ line: record.line, reason: rowReason(reasons) });
    return;
  }
  const content = `${contentKey('contacts', row)}|${organisation}`;
  if (planner.isDuplicate(record.line, content)) return;
  let partnerMatch: PartnerMatch | undefined;
  if (organisation !== '') {
    const website = record.extra[ORGANISATION_WEBSITE_HEADER];
    const resolved = planner.resolvePartner(organisation, record.line, {
      emails: listItems(row.email),
      website,
    });
    if ('problem' in resolved) {
      plan.rejected.push({
        line: record.line,
        reason: rowReason([withColumn('contacts', 'partner_id', resolved.problem)]),
      });
      return;
    }
    row.partner_id = resolved.id;
    partnerMatch = resolved.match;
    // A line with only an organisation brings the partner in as its own row.
    if (resolved.created) (hasName ? plan.related : plan.accepted).push(resolved.created);
    if (!hasName) {
      if (resolved.created) return;
      if (!resolved.id.startsWith('#')) {
        plan.matched.push(
          matchedLine(
            record.line,
            resolved.id,
            resolved.match?.reason ?? csvReason('import.same_row', { id: resolved.id }),
            resolved.match?.by ?? 'id',
            'skip',
            ['skip'],
          ),
        );
      } else {
        const first =
          [...plan.accepted, ...plan.related].find((candidate) => candidate.ref === resolved.id)?.line ??
          record.line;
        plan.duplicates.push({ line: record.line, first, reason: csvReason('import.duplicate', { first }) });
      }
      return;
    }
  }
  const byEmail = listItems(row.email)
    .map((email) => planner.contactByEmail.get(email.toLowerCase()))
    .find((id) => id !== undefined);
  const byName = planner.contactByPartnerName.get(
    `${cellText(row.partner_id)}|${foldPersonName(cellText(row.name))}`,
  );
  const existing = byEmail ?? byName;
  if (existing) {
    const decision = planner.decide(record.line, 'skip', UPDATABLE);
    const why = csvReason('import.contact_exists', { id: existing });
    plan.matched.push(
      matchedLine(record.line, existing, why, byEmail ? 'email' : 'name', decision, UPDATABLE),
    );
    if (decision === 'update') plan.updates.push({ line: record.line, tab: 'contacts', id: existing, row });
    if (decision !== 'add') return;
  }
  planner.keepIdIfFree(row);
  plan.accepted.push({ line: record.line, tab: 'contacts', row, partnerMatch });
}

/** Activities, agreements, resources, indicators, reflections: references checked, then matched by content. */
function planRecord(planner: Planner, record: TabRecord): void {
  const { plan, tab } = planner;
  const columns = tabDef(tab).columns;
  const reasons: Reason[] = [];
  const resolved: Record<string, string | null> = {};
  const raw: Record<string, unknown> = { ...record.raw };
  for (const column of columns) {
    if (column.type !== 'partner_ref' && column.type !== 'partner_refs' && column.type !== 'activity_ref')
      continue;
    const value = raw[column.key];
    raw[column.key] = null;
    if (value === null || value === undefined || String(value).trim() === '') continue;
    if (column.type === 'activity_ref') {
      const id = normaliseReference('activities', String(value));
      if (!id.ok) reasons.push(withColumn(tab, column.key, id.reason));
      else if (!planner.ids.activities.has(id.value))
        reasons.push(withColumn(tab, column.key, csvReason('import.activity_unknown', { value: id.value })));
      else resolved[column.key] = id.value;
      continue;
    }
    const items = column.type === 'partner_refs' ? listCellItems(column, String(value)) : [String(value)];
    const ids: string[] = [];
    for (const item of items) {
      const partner = planner.resolvePartner(item.trim(), undefined);
      if ('problem' in partner) reasons.push(withColumn(tab, column.key, partner.problem));
      else if (!ids.includes(partner.id)) ids.push(partner.id);
    }
    resolved[column.key] = ids.length > 0 ? ids.join(',') : null;
  }
  const { row, problems } = normaliseRow(tab, raw, planner.memo);
  reasons.push(...problems.map((problem) => problem.reason));
  if (reasons.length > 0) {
    plan.rejected.push({ line: record.line, reason: rowReason(reasons) });
    return;
  }
  Object.assign(row, resolved);
  const content = contentKey(tab, row);
  if (planner.isDuplicate(record.line, content)) return;
  const existing = planner.existingContent.get(content);
  if (existing !== undefined) {
    // The same content: nothing to update, only to add again or not.
    const decision = planner.decide(record.line, 'skip', ['skip', 'add']);
    const why = csvReason('import.same_row', { id: existing });
    plan.matched.push(matchedLine(record.line, existing, why, 'content', decision, ['skip', 'add']));
    if (decision === 'skip') return;
  }
  planner.keepIdIfFree(row);
  plan.accepted.push({ line: record.line, tab, row });
}

/** Partners and contacts found again may be updated from the file. */
const UPDATABLE: DuplicateDecision[] = ['update', 'add', 'skip'];

function matchedLine(
  line: number,
  id: string,
  why: Reason,
  by: string,
  decision: DuplicateDecision,
  options: DuplicateDecision[],
): MatchedLine {
  return { line, id, reason: why, by, question: by === 'phone', decision, options };
}
