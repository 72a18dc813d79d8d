/// <reference types="google-apps-script" />
/**
 * The district roll-up's Apps Script functions: menu items, the Continue button's target and
 * the hourly trigger. `main.ts` re-exports them, so each becomes a top-level function.
 */
import type { Language } from '../../shared/i18n/language';
import { networkFigures } from '../../shared/rollup/networkFigures';
import {
  continueDistrictRollup,
  type DistrictPorts,
  type RollupProgress,
  startDistrictRollup,
} from '../core/district/runDistrictRollup';
import { readSettings } from '../core/settingsStore';
import { SheetsChartCanvas } from './sheetsChartCanvas';
import { type SheetsApi, SheetsRegisterReader } from './sheetsRegisterReader';
import { SheetsWorkbook } from './sheetsWorkbook';

/**
 * Scopes only the roll-up needs, asked for when the officer first runs it (granular consent),
 * not at install: reading other spreadsheets, and — only if the officer turns on automatic
 * continuing — managing the script's own trigger.
 */
export const ROLLUP_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly'] as const;
export const TRIGGER_SCOPES = ['https://www.googleapis.com/auth/script.scriptapp'] as const;

/** The trigger that continues an unfinished roll-up; add-ons may run a time trigger at most hourly. */
const CONTINUE_TRIGGER = 'districtContinueTrigger';
const TRIGGER_EVERY_HOURS = 1;

export const DISTRICT_MENU_ITEMS = [
  { fn: 'menuDistrictRollup', en: 'District roll-up: start', th: 'ภาพรวมเขต: เริ่มรวบรวม' },
  { fn: 'menuDistrictContinue', en: 'District roll-up: continue', th: 'ภาพรวมเขต: ทำต่อ' },
  {
    fn: 'menuDistrictAutoContinue',
    en: 'District roll-up: continue every hour',
    th: 'ภาพรวมเขต: ทำต่ออัตโนมัติทุกชั่วโมง',
  },
] as const;

function language(): Language {
  return Session.getActiveUserLocale()?.toLowerCase().startsWith('th') ? 'th' : 'en';
}

function ports(): DistrictPorts {
  // An advanced service that is not enabled is no global at all: `!Sheets` would be a ReferenceError.
  if (typeof Sheets === 'undefined')
    throw new Error(
      'เปิดบริการขั้นสูง Google Sheets API ก่อน (บริการ → Sheets API) / Enable the Google Sheets API advanced service (Services → Sheets API).',
    );
  // The district workbook is a bound template: its own spreadsheet is there in a menu and in its
  // time-driven trigger, and the script lock is this workbook's alone.
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const sleep = (ms: number) => Utilities.sleep(ms);
  return {
    workbook: new SheetsWorkbook({
      spreadsheet,
      spreadsheetApp: SpreadsheetApp,
      properties: PropertiesService.getDocumentProperties(),
      lock: LockService.getDocumentLock() ?? LockService.getScriptLock(),
      utilities: Utilities,
    }),
    reader: new SheetsRegisterReader(Sheets as unknown as SheetsApi, { now: () => Date.now(), sleep }),
    charts: new SheetsChartCanvas({ spreadsheet, chartTypes: Charts.ChartType }),
    clock: () => Date.now(),
    // In the spreadsheet's zone, so the run's as-of day is the day TODAY() shows there.
    now: () => Utilities.formatDate(new Date(), zone, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
    sleep,
  };
}

/** The officer's own settings (thresholds, as-of date) if the district spreadsheet keeps any, else the defaults. */
function options(districtPorts: DistrictPorts, lang: Language) {
  return {
    settings: readSettings(districtPorts.workbook),
    language: lang,
    networkFiguresOf: networkFigures,
  };
}

function report(progress: RollupProgress, lang: Language): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(progress.message.message[lang], 'District / ภาพรวมเขต', -1);
}

/** Menu: start a roll-up of every school listed on the District tab. */
export function menuDistrictRollup(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...ROLLUP_SCOPES]);
  const lang = language();
  const district = ports();
  report(startDistrictRollup(district, options(district, lang)), lang);
}

/** Menu and the Continue button: read the next schools from the last checkpoint. */
export function menuDistrictContinue(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...ROLLUP_SCOPES]);
  const lang = language();
  const district = ports();
  report(continueDistrictRollup(district, options(district, lang)), lang);
}

/** Menu: continue an unfinished roll-up every hour until it finishes (asks for the trigger scope). */
export function menuDistrictAutoContinue(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...ROLLUP_SCOPES, ...TRIGGER_SCOPES]);
  const exists = ScriptApp.getProjectTriggers().some(
    (trigger) => trigger.getHandlerFunction() === CONTINUE_TRIGGER,
  );
  if (!exists) ScriptApp.newTrigger(CONTINUE_TRIGGER).timeBased().everyHours(TRIGGER_EVERY_HOURS).create();
  menuDistrictContinue();
}

/** Time-driven trigger: continues, and removes itself once the roll-up is finished. */
export function districtContinueTrigger(): void {
  const district = ports();
  const progress = continueDistrictRollup(district, options(district, language()));
  if (!progress.finished) return;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_TRIGGER) ScriptApp.deleteTrigger(trigger);
  }
}
