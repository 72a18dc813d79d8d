import { cellText, listItems, type Register } from '../register/register';
import { FULL_FREQUENCY, STAGES, YEAR_DAYS } from './compute';
import {
  columnLetter,
  columnNumber,
  columnRange,
  linksSheetName,
  quotedSheet,
  rowCell,
  type SheetLayout,
} from './layout';
import { labelRef, labelsRange } from './listsArea';
import { PARTNER_FORMULA_COLUMNS, type PartnerFormulaKey } from './partnerColumns';
import type { Grid } from './settingsArea';
import { settingRef } from './settingsArea';

/**
 * Columns of the hidden Links sheet: one row per (partner, activity) pair, written by the
 * writer grouped by partner. Each row looks its activity up live by id and carries running
 * totals *up* the partner's block, so the block's first row holds the partner's figures and a
 * partner needs one exact VLOOKUP per figure — constant work per partner, where COUNTIFS over
 * the activity column costs work per partner × activity (see bench/formulaShapes.bench.ts).
 * VLOOKUP rather than INDEX/MATCH: HyperFormula's INDEX copies its whole range on every call.
 * Keys are looked up in lower case: lookups are case-insensitive everywhere, and HyperFormula's
 * column index only follows inserted rows for keys already in its folded (lower) case.
 */
export const LINK_COLUMNS = [
  'partner_id',
  'activity_id',
  'date',
  'counted',
  'stage_bit',
  'count_all',
  'count_12m',
  'last_date',
  'stage_mask',
  'depth',
] as const;
type LinkColumn = (typeof LINK_COLUMNS)[number];
const L = (key: LinkColumn) => columnLetter(LINK_COLUMNS.indexOf(key) + 1);

/**
 * A live lookup of an activity's column by activity id: VLOOKUP over the columns from the id
 * rightwards when the column lies right of the id (as setup places it), else INDEX/MATCH, so a
 * user who reorders columns still gets right figures.
 */
function activityLookup(layout: SheetLayout, idCell: string, key: string): string {
  const idColumn = columnNumber(layout, 'activities', 'id');
  const column = columnNumber(layout, 'activities', key);
  if (column >= idColumn) {
    // The narrowest range that reaches the column: HyperFormula's cost grows with its width.
    const range = `${quotedSheet(layout.sheets.activities)}!$${columnLetter(idColumn)}:$${columnLetter(column)}`;
    return `VLOOKUP(LOWER(${idCell}),${range},${column - idColumn + 1},0)`;
  }
  return `INDEX(${columnRange(layout, 'activities', key)},MATCH(${idCell},${columnRange(layout, 'activities', 'id')},0))`;
}

/** The formula cells of one Links row (columns C onward) for sheet row `row`. */
export function linkFormulaCells(layout: SheetLayout, row: number): string[] {
  const asOf = settingRef(layout, 'as_of_effective');
  const at = (key: LinkColumn, r = row) => `$${L(key)}${r}`;
  const next = row + 1;
  const sameNext = `${at('partner_id', next)}=${at('partner_id')}`;
  const carry = (key: LinkColumn) => `IF(${sameNext},${at(key, next)},0)`;
  const activity = (key: string) => `IFERROR(${activityLookup(layout, at('activity_id'), key)},"")`;
  const date = at('date');
  const mask = at('stage_mask');
  const bits = STAGES.map((_, bit) =>
    bit === 0 ? `MOD(${mask},2)` : `MOD(INT(${mask}/${2 ** bit}),2)`,
  ).join('+');
  return [
    // Excel reads an empty looked-up cell as 0: a date must be a positive number.
    `=${activity('date')}`,
    `=IF(AND(ISNUMBER(${date}),${date}>0),IF(AND(${date}<=${asOf},ISNUMBER(SEARCH(","&${at('partner_id')}&",",","&SUBSTITUTE(${activity('partner_ids')}," ","")&","))),1,0),0)`,
    `=IF(${at('counted')}=0,0,IFERROR(2^(MATCH(${activity('participation_stage')},${labelsRange(layout, 'participation_stage')},0)-1),0))`,
    `=${at('counted')}+${carry('count_all')}`,
    `=IF(AND(${at('counted')}=1,${date}>${asOf}-${YEAR_DAYS}),1,0)+${carry('count_12m')}`,
    `=MAX(IF(${at('counted')}=1,${date},0),${carry('last_date')})`,
    `=BITOR(${at('stage_bit')},${carry('stage_mask')})`,
    `=${bits}`,
  ];
}

/** The (partner, activity) pairs of a register, grouped by partner id, activities in sheet order. */
export function linkPairs(register: Register): [string, string][] {
  const pairs: [string, string][] = [];
  for (const activity of register.tables.activities) {
    const activityId = cellText(activity.id);
    if (activityId === '') continue;
    for (const partnerId of new Set(listItems(activity.partner_ids))) pairs.push([partnerId, activityId]);
  }
  // Stable sort keeps each partner's block contiguous, which is all the running totals need.
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The whole Links sheet (header first). The writer rewrites it whenever activities' partner
 * lists change (append, import, repair, onEdit); dates, stages and removals flow live.
 */
export function linksGrid(register: Register, layout: SheetLayout): Grid {
  const grid: Grid = [[...LINK_COLUMNS]];
  linkPairs(register).forEach(([partnerId, activityId], index) => {
    grid.push([partnerId, activityId, ...linkFormulaCells(layout, index + 2)]);
  });
  return grid;
}

/** The per-partner formula columns (labels and notes) Partners carries after its data. */
export const partnerFormulaColumns = PARTNER_FORMULA_COLUMNS;

/**
 * The formula of every per-partner column for Partners sheet row `row`: portable (Sheets,
 * Excel, LibreOffice), so the writer puts them on each row it appends and the .xlsx export
 * writes the same text.
 */
export function partnerFormulaCells(layout: SheetLayout, row: number): Record<PartnerFormulaKey, string> {
  const own = (key: string) => rowCell(layout, 'partners', key, row);
  const id = own('id');
  const linksRange = (key: LinkColumn) => `${quotedSheet(linksSheetName(layout))}!$A:$${L(key)}`;
  const fromLinks = (key: LinkColumn) =>
    `IFERROR(VLOOKUP(LOWER(${id}),${linksRange(key)},${LINK_COLUMNS.indexOf(key) + 1},0),0)`;
  const last = own('last_contact');
  const days = own('days_since_contact');
  const asOf = settingRef(layout, 'as_of_effective');
  const fresh = settingRef(layout, 'fresh_days');
  const stale = settingRef(layout, 'stale_days');
  const r = (key: string) => columnRange(layout, 'resources', key);
  const m = (key: string) => columnRange(layout, 'agreements', key);
  const inForce = labelRef(layout, 'agreement_status', 'active');
  const state = (key: string) => labelRef(layout, 'relationship_state', key);
  const partnerAgreements = `${m('partner_id')},${id},${m('status')},${inForce}`;
  return {
    activities_all: `=IF(${id}="",0,${fromLinks('count_all')})`,
    activities_12m: `=IF(${id}="",0,${fromLinks('count_12m')})`,
    last_contact: `=IF(${id}="","",IF(${fromLinks('last_date')}=0,"",${fromLinks('last_date')}))`,
    days_since_contact: `=IF(${last}="","",${asOf}-${last})`,
    relationship_state: `=IF(${last}="",${state('never')},IF(${days}<=${fresh},${state('fresh')},IF(${days}>${stale},${state('stale')},${state('cooling')})))`,
    participation_depth: `=IF(${id}="",0,${fromLinks('depth')})`,
    resources_count: `=IF(${id}="",0,COUNTIFS(${r('partner_id')},${id},${r('date')},"<="&${asOf}))`,
    resources_value: `=IF(${id}="",0,SUMIFS(${r('value')},${r('partner_id')},${id},${r('date')},"<="&${asOf}))`,
    active_agreement: `=IF(${id}="",FALSE(),COUNTIFS(${partnerAgreements})-COUNTIFS(${partnerAgreements},${m('expires')},"<"&${asOf})>0)`,
    agreement_expiring: `=IF(${id}="",FALSE(),COUNTIFS(${partnerAgreements},${m('expires')},">="&${asOf},${m('expires')},"<="&(${asOf}+${settingRef(layout, 'expiring_days')}))>0)`,
    engagement_score: [
      `=${settingRef(layout, 'weight_recency')}*IF(${last}="",0,MAX(0,MIN(1,(${stale}-${days})/(${stale}-${fresh}))))`,
      `${settingRef(layout, 'weight_frequency')}*MIN(1,${own('activities_12m')}/${FULL_FREQUENCY})`,
      `${settingRef(layout, 'weight_depth')}*${own('participation_depth')}/${STAGES.length}`,
      `${settingRef(layout, 'weight_resources')}*IF(${own('resources_count')}>0,1,0)`,
      `${settingRef(layout, 'weight_agreement')}*IF(${own('active_agreement')},1,0)`,
    ].join('+'),
  };
}
