import { cellText, listItems, type Register, type Row } from '../register/register';
import { columnLetter } from '../table/columnLetter';
import { FULL_FREQUENCY, STAGES, YEAR_DAYS } from './compute';
import { dayNumber } from './dates';
import { columnRange, linksSheetName, quotedSheet, rowCell, type SheetLayout } from './layout';
import { labelRef } from './listsArea';
import { PARTNER_FORMULA_COLUMNS, type PartnerFormulaKey } from './partnerColumns';
import type { Grid, GridCell } from './settingsArea';
import { settingRef } from './settingsArea';

/**
 * Columns of the hidden Links sheet: one row per (partner, activity) pair, grouped by partner,
 * rebuilt by the writer whenever activities change (append, import, repair, onEdit). The pair's
 * date and stage are copied as values; formulas decide what counts at the as-of date and carry
 * running totals *up* the partner's block, so the block's first row holds the partner's figures.
 * A partner then needs one exact VLOOKUP per figure — constant work per partner, where COUNTIFS
 * over the activity column costs work per partner × activity (see bench/formulaShapes.bench.ts).
 * The figures sit right of the key because HyperFormula's lookup cost grows with range width;
 * no lookup reaches back into Activities for the same reason.
 */
export const LINK_COLUMNS = [
  'partner_id',
  'count_all',
  'count_12m',
  'last_date',
  'depth',
  'activity_id',
  'date',
  'stage_bit',
  'counted',
  'stage_mask',
] as const;
type LinkColumn = (typeof LINK_COLUMNS)[number];
const L = (key: LinkColumn) => columnLetter(LINK_COLUMNS.indexOf(key) + 1);

/** One Links row for sheet row `row`: values of the pair and the formulas over them, in column order. */
export function linkRow(layout: SheetLayout, row: number, partnerId: string, activity: Row): GridCell[] {
  const asOf = settingRef(layout, 'as_of_effective');
  const at = (key: LinkColumn, r = row) => `$${L(key)}${r}`;
  const sameNext = `${at('partner_id', row + 1)}=${at('partner_id')}`;
  const carry = (key: LinkColumn) => `IF(${sameNext},${at(key, row + 1)},0)`;
  const date = at('date');
  const mask = at('stage_mask');
  const bits = STAGES.map((_, bit) =>
    bit === 0 ? `MOD(${mask},2)` : `MOD(INT(${mask}/${2 ** bit}),2)`,
  ).join('+');
  const stage = STAGES.indexOf(cellText(activity.participation_stage) as never);
  const cells: Record<LinkColumn, GridCell> = {
    partner_id: partnerId,
    count_all: `=${at('counted')}+${carry('count_all')}`,
    count_12m: `=IF(AND(${at('counted')}=1,${date}>${asOf}-${YEAR_DAYS}),1,0)+${carry('count_12m')}`,
    last_date: `=MAX(IF(${at('counted')}=1,${date},0),${carry('last_date')})`,
    depth: `=${bits}`,
    activity_id: cellText(activity.id),
    date: dayNumber(activity.date) === null ? null : cellText(activity.date),
    stage_bit: stage < 0 ? 0 : 2 ** stage,
    counted: `=IF(AND(ISNUMBER(${date}),${date}>0),IF(${date}<=${asOf},1,0),0)`,
    stage_mask: `=BITOR(IF(${at('counted')}=1,${at('stage_bit')},0),${carry('stage_mask')})`,
  };
  return LINK_COLUMNS.map((key) => cells[key]);
}

/** 1-based columns of the Links sheet that hold dates. */
export const LINK_DATE_COLUMNS = [LINK_COLUMNS.indexOf('date') + 1, LINK_COLUMNS.indexOf('last_date') + 1];

/** The (partner id, activity) pairs of a register, grouped by partner id, activities in sheet order. */
export function linkPairs(register: Register): [string, Row][] {
  const pairs: [string, Row][] = [];
  for (const activity of register.tables.activities) {
    if (cellText(activity.id) === '') continue;
    for (const partnerId of new Set(listItems(activity.partner_ids))) pairs.push([partnerId, activity]);
  }
  // Stable sort keeps each partner's block contiguous, which is all the running totals need.
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The whole Links sheet (header first), as the writer rewrites it. */
export function linksGrid(register: Register, layout: SheetLayout): Grid {
  const grid: Grid = [[...LINK_COLUMNS]];
  linkPairs(register).forEach(([partnerId, activity], index) => {
    grid.push(linkRow(layout, index + 2, partnerId, activity));
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
