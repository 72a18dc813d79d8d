import type { Language } from '../../../shared/i18n/language';
import { buildPartnerIndex, type PartnerIndex } from '../../../shared/match/partnerIndex';
import { cellText, type Row } from '../../../shared/register/register';
import { tabDef } from '../../../shared/schema/tabs';
import { columnsOf } from '../appendRecords';
import type { FormulaLayer } from '../formulaLayer';
import { findDataSheet } from '../sheetLocator';
import { gridToRows } from '../tableRows';
import type { Grid, SheetCell, Workbook } from '../workbook';
import { type CaptureLog, readCaptureLog } from './captureLog';
import { marksOf } from './captureMarks';

/** The partners tab as a batch reads it once, before deciding anything. */
export interface PartnersAsRead {
  sheet: string | undefined;
  values: Grid;
  /** Column key → 1-based column. */
  columns: Record<string, number>;
  /** Partner id → its sheet row (the first row carrying that id). */
  rowOf: Map<string, number>;
}

/** What a capture batch reads of the register, once, under the lock. */
export interface RegisterForCaptures {
  log: CaptureLog;
  partners: PartnersAsRead;
  contacts: Row[];
  index: PartnerIndex;
  /** Capture id → the row (its id) that carries its mark: written by an earlier attempt. */
  marked: Map<string, string>;
  /** The tabs whose rows carry marks (none where the host saves an action as one commit). */
  marking: MarkedTab[];
}

/** A data tab that keeps capture marks, and its header as read. */
export interface MarkedTab {
  sheet: string;
  header: readonly SheetCell[];
}

export function readRegisterForCaptures(
  workbook: Workbook,
  layer: FormulaLayer,
  language: Language,
): RegisterForCaptures {
  const log = readCaptureLog(workbook, language);
  const sheets = workbook.listSheets();
  const partnerSheet = findDataSheet(sheets, tabDef('partners'), language);
  const partnerValues = partnerSheet ? workbook.readValues(partnerSheet) : [];
  const partnerColumns = columnsOf('partners', (partnerValues[0] ?? []).map(headerText), layer);
  const rowOf = new Map<string, number>();
  partnerValues.forEach((line, r) => {
    const id = cellText((line[partnerColumns.id - 1] ?? null) as string | null);
    if (r > 0 && id !== '' && !rowOf.has(id)) rowOf.set(id, r + 1);
  });
  const contactSheet = findDataSheet(sheets, tabDef('contacts'), language);
  const contactValues = contactSheet ? workbook.readValues(contactSheet) : [];
  const contacts = gridToRows(tabDef('contacts'), contactValues);

  const marked = new Map<string, string>();
  const marking: MarkedTab[] = [];
  if (!workbook.commitsActions) {
    const activitySheet = findDataSheet(sheets, tabDef('activities'), language);
    const activityValues = activitySheet ? workbook.readValues(activitySheet) : [];
    for (const [tab, sheet, values] of [
      ['partners', partnerSheet, partnerValues],
      ['contacts', contactSheet, contactValues],
      ['activities', activitySheet, activityValues],
    ] as const) {
      if (!sheet) continue;
      const header = values[0] ?? [];
      marking.push({ sheet, header });
      const idColumn = columnsOf(tab, header.map(headerText), layer).id;
      for (const [id, row] of marksOf(values, idColumn)) if (!marked.has(id)) marked.set(id, row);
    }
  }

  return {
    log,
    partners: { sheet: partnerSheet, values: partnerValues, columns: partnerColumns, rowOf },
    contacts,
    index: buildPartnerIndex(gridToRows(tabDef('partners'), partnerValues), contacts),
    marked,
    marking,
  };
}

function headerText(cell: SheetCell): string {
  return cell === null ? '' : String(cell);
}
