import type { Language } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import { emptyTables, type Register } from '../../shared/register/register';
import { DATA_TABS, type DataTabKey } from '../../shared/schema/tabs';
import type { ChartCanvas } from './charts/chartCanvas';
import type { RepairReport } from './contract';
import type { FormulaLayer, RegisterLayout } from './formulaLayer';
import { writeHelperSheets } from './helperSheets';
import { ADDON_MESSAGES } from './messages';
import { countersProperty, PROPERTY, REGISTER_VERSION, readRegisterProperties } from './registerProperties';
import { settingsFromSheet } from './settingsStore';
import {
  dataSheetName,
  findDataSheet,
  findGeneratedSheet,
  type GeneratedSheet,
  generatedSheetName,
} from './sheetLocator';
import { saveSnapshot } from './snapshots';
import { drawSummarySheetCharts } from './summarySheet';
import { decorateTab } from './tabDecoration';
import { gridToRows } from './tableRows';
import { TabWork } from './tabWork';
import type { Grid, Workbook } from './workbook';

/** What setup/repair needs besides the workbook. */
export interface RepairOptions {
  layer: FormulaLayer;
  /** The language to leave the register in; a different one than before is a language switch. */
  language?: Language;
  /** Now, ISO; stamps snapshots and the Summary. */
  now: string;
  /** Where the Summary's native charts go; none in hosts that draw no charts. */
  charts?: ChartCanvas;
  /** Keep a restore point of what it rewrites (not when it finishes an undo). @default true */
  keepSnapshot?: boolean;
}

export type RepairOutcome = { ok: true; report: RepairReport } | { ok: false; reason: Reason };

/** Generated sheets: which are hidden. The capture log and Lists are the register's own. */
const GENERATED: readonly { which: GeneratedSheet; hidden: boolean }[] = [
  { which: 'settings', hidden: false },
  { which: 'lists', hidden: true },
  { which: 'captureLog', hidden: true },
  { which: 'summary', hidden: false },
];

/**
 * Turns a spreadsheet into a register, or puts a register right: every tab and column (found by
 * key, label or alias wherever it moved; recreated at the end when deleted), ids for rows typed
 * by hand, Buddhist Era dates, choice labels in the language, formula cells, notes, dropdowns,
 * formats and protections. Never deletes a value or moves it to another column. Switching
 * language is this with another language. Whatever it rewrites is kept in an undo snapshot.
 */
export function setupOrRepair(workbook: Workbook, options: RepairOptions): RepairOutcome {
  return workbook.withLock(() => repairLocked(workbook, options));
}

function repairLocked(
  workbook: Workbook,
  { layer, language: requested, now, charts, keepSnapshot = true }: RepairOptions,
): RepairOutcome {
  const stored = readRegisterProperties(workbook.getProperties());
  const previous = stored.language ?? stored.settings.language;
  const language = requested ?? previous;
  const sheets = workbook.listSheets();

  const works = DATA_TABS.map((tab) => {
    const name = findDataSheet(sheets, tab, previous);
    const values = name ? workbook.readValues(name) : [];
    const formulas = name ? workbook.readFormulas(name) : [];
    return {
      work: new TabWork(
        tab,
        name ?? dataSheetName(tab, language),
        values,
        formulas,
        layer.formulaColumns(tab.key),
      ),
      existed: !!name,
    };
  });

  const foreign = works.find(({ work, existed }) => existed && work.isForeign());
  if (foreign)
    return {
      ok: false,
      reason: reason('setup.foreign_sheet', ADDON_MESSAGES.foreignSheet, { sheet: foreign.work.sheet }),
    };
  if (!stored.isRegister) {
    const clash = GENERATED.map(({ which }) => findGeneratedSheet(sheets, which, language)).find(
      (name) => name !== undefined && sheets.some((s) => s.name === name && s.lastRow > 0),
    );
    if (clash)
      return {
        ok: false,
        reason: reason('setup.foreign_sheet', ADDON_MESSAGES.foreignSheet, { sheet: clash }),
      };
  }

  for (const { work } of works) work.placeColumns(language);
  const layout = layoutOf(
    works.map(({ work }) => work),
    language,
  );
  const counters = { ...stored.counters };
  if (!stored.isRegister) {
    for (const { work } of works) {
      if (work.dataRows().length > 0) continue;
      layer.starterRows(work.tab.key, layout, language, 2).forEach((row, i) => {
        for (const [key, cell] of Object.entries(row)) {
          if (cell !== null && work.columns[key] !== undefined) work.set(2 + i, work.columns[key], cell);
        }
      });
    }
  }
  for (const { work } of works) {
    const rows = work.dataRows();
    counters[work.tab.key] = work.giveIds(rows, counters[work.tab.key]);
    work.repairDates(rows);
    work.repairPhones(rows);
    work.relabelEnums(rows, language);
    work.writeFormulaCells(rows, (row) => layer.formulaCells(work.tab.key, layout, row));
  }

  const changes: Reason[] = [];
  // Only the cells it rewrote are kept, by row id, so undoing it never loses later work.
  const rows = works.filter(({ existed }) => existed).flatMap(({ work }) => work.rowChanges());
  const action = !stored.isRegister ? 'setup' : language !== previous ? 'language' : 'repair';
  const snapshotId =
    keepSnapshot && (rows.length > 0 || action === 'language')
      ? saveSnapshot(
          workbook,
          { createdAt: now, action, language: previous, sheets: [], rows },
          sheets.map((s) => s.name),
        )
      : null;

  const names = new Set(sheets.map((sheet) => sheet.name));
  for (const { work, existed } of works) {
    const wanted = dataSheetName(work.tab, language);
    if (!existed) {
      workbook.createSheet(wanted);
      names.add(wanted);
      if (stored.isRegister)
        changes.push(reason('sheet.created', ADDON_MESSAGES.sheetCreated, { sheet: wanted }));
      work.sheet = wanted;
    } else if (work.sheet !== wanted && !names.has(wanted)) {
      workbook.renameSheet(work.sheet, wanted);
      changes.push(reason('sheet.renamed', ADDON_MESSAGES.sheetRenamed, { from: work.sheet, to: wanted }));
      names.delete(work.sheet);
      names.add(wanted);
      work.sheet = wanted;
    }
    // Formats first: a postal code written into a column not yet plain text would become a number.
    decorateTab(workbook, work, language, layer.formulaColumns(work.tab.key));
    const write = work.pendingWrite();
    if (write) workbook.writeValues(work.sheet, write.row, write.column, write.values);
    if (stored.isRegister) changes.push(...work.changes);
  }
  layout.sheets = Object.fromEntries(works.map(({ work }) => [work.tab.key, work.sheet])) as Record<
    DataTabKey,
    string
  >;

  // A person may have changed values on the Settings sheet; repair keeps them rather than reverting.
  const settingsSheet = stored.isRegister ? findGeneratedSheet(sheets, 'settings', previous) : undefined;
  const settings = settingsSheet
    ? settingsFromSheet(workbook.readValues(settingsSheet), stored.settings)
    : stored.settings;
  const register: Register = {
    language,
    tables: emptyTables(),
    counters,
    settings: { ...settings, language },
  };
  for (const { work } of works) register.tables[work.tab.key] = gridToRows(work.tab, work.values);
  const summary = layer.summary(register, layout, stored.settings.as_of ?? now.slice(0, 10));
  const grids: Partial<Record<GeneratedSheet, Grid>> = {
    settings: layer.settingsGrid(register.settings, language),
    lists: layer.listsGrid(language),
    summary: summary.grid,
  };
  for (const { which, hidden } of GENERATED) {
    const wanted = generatedSheetName(which, language);
    const found = findGeneratedSheet(workbook.listSheets(), which, previous);
    if (!found) {
      workbook.createSheet(wanted, { hidden });
      if (stored.isRegister)
        changes.push(reason('sheet.created', ADDON_MESSAGES.sheetCreated, { sheet: wanted }));
    } else if (found !== wanted && !names.has(wanted)) {
      workbook.renameSheet(found, wanted);
    }
    const grid = grids[which];
    if (grid) {
      workbook.clearSheet(wanted);
      workbook.writeValues(wanted, 1, 1, grid);
    }
    if (which === 'settings' || which === 'summary') workbook.freezeRows(wanted, 1);
  }

  writeHelperSheets(workbook, layer, register, layout, workbook.listSheets());
  if (charts) drawSummarySheetCharts(charts, generatedSheetName('summary', language), summary, language);

  workbook.setProperties({
    [PROPERTY.version]: REGISTER_VERSION,
    [PROPERTY.language]: language,
    [PROPERTY.settings]: JSON.stringify(register.settings),
    [PROPERTY.layout]: JSON.stringify(layout),
    ...countersProperty(counters),
  });
  return { ok: true, report: { changes, snapshotId } };
}

function layoutOf(works: readonly TabWork[], language: Language): RegisterLayout {
  return {
    language,
    sheets: Object.fromEntries(
      works.map((work) => [work.tab.key, dataSheetName(work.tab, language)]),
    ) as Record<DataTabKey, string>,
    columns: Object.fromEntries(works.map((work) => [work.tab.key, { ...work.columns }])) as Record<
      DataTabKey,
      Record<string, number>
    >,
    settingsSheet: generatedSheetName('settings', language),
    listsSheet: generatedSheetName('lists', language),
  };
}
