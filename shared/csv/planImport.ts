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
import { type DataTabKey, tabDef } from '../schema/tabs';
import { type TabRecord, visitTabRecords } from '../table/readTab';
import {
  googleContactsGrid,
  googleContactsMapping,
  isGoogleContactsHeader,
  ORGANISATION_WEBSITE_HEADER,
} from './googleContacts';
import type { ImportPlan, PlannedRow } from './importPlan';
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

/** Where the contact columns of a partner list sit (ผู้ติดต่อ, ตำแหน่ง … in an older Thai list). */
function personColumns(unknownHeaders: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const header of unknownHeaders) {
    const column = columnForHeader('contacts', header);
    if (column && ['name', 'role', 'line_id'].includes(column.key) && !(column.key in found))
      found[column.key] = header;
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
  private nextRef = 1;

  constructor(
    readonly tab: DataTabKey,
    readonly register: Register,
    readonly plan: ImportPlan,
  ) {
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

  ref(): string {
    return `#new:${this.nextRef++}`;
  }

  /** A partner reference given as an id or a name: the id, a planned partner's placeholder, or why not. */
  resolvePartner(
    text: string,
    createAs: number | undefined,
    hints: { emails?: string[]; website?: string } = {},
  ): { id: string; match?: PartnerMatch } | { problem: Reason } {
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
    this.plan.related.push(partner);
    return { id: partner.ref! };
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
 * What importing CSV text into a tab of the register would do: each line accepted (normalised,
 * partners given by name resolved, new organisations planned), matched to a record already
 * there, a duplicate of an earlier line, or rejected with every problem of the line. Pure;
 * the register is not changed. Understands headers as keys or th/en labels and aliases, the
 * older Thai partner list with person columns (they become a contact of the partner), and a
 * Google Contacts export (into contacts). A file of more than MAX_IMPORT_ROWS lines is refused whole.
 */
export function planImport(tab: DataTabKey, text: string, register: Register): ImportPlan {
  const plan: ImportPlan = {
    tab,
    mapping: [],
    lineCount: 0,
    accepted: [],
    related: [],
    matched: [],
    duplicates: [],
    rejected: [],
  };
  // A text longer than the byte limit came from a file larger than it (one byte or more a character).
  const tooLarge = importSizeRefusal(text.length);
  if (tooLarge) {
    plan.fatal = tooLarge;
    return plan;
  }
  const parsed = parseCsv(text);
  if (parsed.broken) {
    plan.fatal = csvReason('csv.broken', { line: parsed.broken.line, detail: parsed.broken.detail });
    return plan;
  }
  let grid = parsed.grid;
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
  if (google) grid = googleContactsGrid(grid);
  const header = (grid[0] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
  const mapping = mapHeaders(tab, header);
  const persons = tab === 'partners' ? personColumns(mapping.unknown.map((unknown) => unknown.header)) : {};
  plan.mapping = header.map((name, index) => {
    const key = Object.entries(mapping.indexOf).find(([, at]) => at === index)?.[0];
    const person = Object.entries(persons).find(([, h]) => h === name)?.[0];
    return { header: name, column: key ?? (person ? `contacts.${person}` : null) };
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
  const planner = new Planner(tab, register, plan);
  // Lines are planned as they are read, so a big file's raw records never pile up in memory.
  const { problems } = visitTabRecords(tab, grid, { formulasAsText: true }, (record) => {
    plan.lineCount++;
    if (tab === 'partners') planPartner(planner, record, persons);
    else if (tab === 'contacts') planContact(planner, record);
    else planRecord(planner, record);
  });
  for (const problem of problems) {
    if (problem.reason.code !== 'row.shifted') continue;
    plan.lineCount++;
    plan.rejected.push({ line: problem.line, reason: problem.reason });
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  return plan;
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
  if (match) {
    plan.matched.push({ line: record.line, id: match.id, reason: match.reason });
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
    const before = plan.related.length;
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
    if (!hasName) {
      const planned = plan.related.length > before ? plan.related.pop() : undefined;
      if (planned) plan.accepted.push(planned);
      else if (!resolved.id.startsWith('#')) {
        plan.matched.push({
          line: record.line,
          id: resolved.id,
          reason: resolved.match?.reason ?? csvReason('import.same_row', { id: resolved.id }),
        });
      } else {
        const first =
          [...plan.accepted, ...plan.related].find((candidate) => candidate.ref === resolved.id)?.line ??
          record.line;
        plan.duplicates.push({ line: record.line, first, reason: csvReason('import.duplicate', { first }) });
      }
      return;
    }
  }
  for (const email of listItems(row.email)) {
    const existing = planner.contactByEmail.get(email.toLowerCase());
    if (existing) {
      plan.matched.push({
        line: record.line,
        id: existing,
        reason: csvReason('import.contact_exists', { id: existing }),
      });
      return;
    }
  }
  const byName = planner.contactByPartnerName.get(
    `${cellText(row.partner_id)}|${foldPersonName(cellText(row.name))}`,
  );
  if (byName) {
    plan.matched.push({
      line: record.line,
      id: byName,
      reason: csvReason('import.contact_exists', { id: byName }),
    });
    return;
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
    plan.matched.push({
      line: record.line,
      id: existing,
      reason: csvReason('import.same_row', { id: existing }),
    });
    return;
  }
  planner.keepIdIfFree(row);
  plan.accepted.push({ line: record.line, tab, row });
}
