/// <reference types="google-apps-script" />
/**
 * The Apps Script server entry. Every export becomes a real top-level function in the built
 * Code.js (triggers, menu items, `google.script.run` targets, the web app's doGet/doPost);
 * nothing else is visible to Apps Script.
 */
import { pairingTokenFromUuids } from '../../shared/capture/token';
import type { Language } from '../../shared/i18n/language';
import type { DataTabKey } from '../../shared/schema/tabs';
import type { Settings } from '../../shared/settings/settings';
import { createCaptureHandler } from '../core/capture/captureHandler';
import type { DeletePlan, ImportRequest, RecordKind, SidebarApi } from '../core/contract';
import { onEditRows } from '../core/onEdit';
import { registerFormulaLayer } from '../core/registerFormulaLayer';
import { PROPERTY, readRegisterProperties } from '../core/registerProperties';
import { createSidebarApi } from '../core/sidebarApi';
import { buildSummary } from '../core/summarySheet';
import { buildMenu, languageOfLocale, MENU_ITEMS, MENU_TITLE } from './menu';
import { SheetsChartCanvas } from './sheetsChartCanvas';
import { SheetsWorkbook } from './sheetsWorkbook';
import { sidebarPageAt } from './sidebarPage';
import { jsonReply } from './webApp';

/** The sidebar's width in pixels (Sheets allows up to 300). */
const SIDEBAR_WIDTH = 300;

/**
 * The locks an action takes. `getDocumentLock()` is null in a web app
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()), so
 * `doPost` takes the script lock — one per bound copy, so one per register. A register with a
 * web app (its URL pasted) also takes the script lock in the sheet, so the sidebar, `onEdit`
 * and the web app exclude each other; a register without one never touches the script lock,
 * which an add-on shares across every document it is installed in.
 */
function registerLocks(properties: GoogleAppsScript.Properties.Properties): GoogleAppsScript.Lock.Lock[] {
  const documentLock = LockService.getDocumentLock();
  if (!documentLock) return [LockService.getScriptLock()];
  return properties.getProperty(PROPERTY.webAppUrl)
    ? [documentLock, LockService.getScriptLock()]
    : [documentLock];
}

function workbook(): SheetsWorkbook {
  const properties = PropertiesService.getDocumentProperties();
  return new SheetsWorkbook({
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    spreadsheetApp: SpreadsheetApp,
    properties,
    lock: registerLocks(properties),
    utilities: Utilities,
  });
}

/**
 * Now as an ISO date-time in the spreadsheet's time zone (`2026-11-30T06:15:00.000+07:00`), so
 * every date the script stamps (`now().slice(0, 10)`) is the day `TODAY()` shows in the sheet —
 * not the UTC day, a day behind in Thailand between 00:00 and 07:00.
 */
function now(): string {
  const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  return Utilities.formatDate(new Date(), zone, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
}

/** Native charts on the Summary, where the Charts service exists (it always does in Apps Script). */
function charts(): SheetsChartCanvas | undefined {
  if (typeof Charts === 'undefined') return undefined;
  return new SheetsChartCanvas({
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    chartTypes: Charts.ChartType,
  });
}

function api(): SidebarApi {
  return createSidebarApi({
    workbook: workbook(),
    layer: registerFormulaLayer,
    now,
    newToken: () => pairingTokenFromUuids(Utilities.getUuid(), Utilities.getUuid()),
    charts: charts(),
  });
}

function userLanguage(): Language {
  try {
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    // Should a restricted authorization mode refuse even the locale, the menu still appears, in Thai.
    return 'th';
  }
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi(), userLanguage(), [MENU_ITEMS], 'addon');
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Simple trigger: ids, dates and formulas for rows typed by hand, in one read and one write. */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!event?.range) return;
  const range = event.range;
  onEditRows(workbook(), registerFormulaLayer, {
    sheet: range.getSheet().getName(),
    fromRow: range.getRow(),
    toRow: range.getLastRow(),
  });
}

/** Opens the sidebar at a view; the view is set before the sidebar's own script runs. */
function showSidebar(view: string): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').getContent();
  const output = HtmlService.createHtmlOutput(sidebarPageAt(page, view))
    .setTitle(MENU_TITLE[userLanguage()])
    .setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function openSidebar(): void {
  showSidebar('home');
}

export function menuSetupOrRepair(): void {
  const properties = readRegisterProperties(PropertiesService.getDocumentProperties().getProperties());
  const language = properties.language ?? userLanguage();
  const report = api().setupOrRepair(language);
  const lines = report.changes.map((change) => change.message[language]);
  const done = language === 'th' ? 'ทะเบียนพร้อมใช้งาน' : 'The register is ready.';
  SpreadsheetApp.getUi().alert([done, ...lines].join('\n'));
}

export function menuImportCsv(): void {
  showSidebar('import');
}

export function menuExportCsv(): void {
  showSidebar('export');
}

export function menuSummary(): void {
  const name = buildSummary(workbook(), registerFormulaLayer, now(), charts());
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (sheet) SpreadsheetApp.getActiveSpreadsheet().setActiveSheet(sheet);
}

export function menuConnectExtension(): void {
  showSidebar('connect');
}

export function menuSettings(): void {
  showSidebar('settings');
}

// google.script.run targets: one per SidebarApi method, same names, same arguments.
export const getHome = () => api().getHome();
export const searchPartners = (query: string) => api().searchPartners(query);
export const searchContacts = (query: string) => api().searchContacts(query);
export const checkDuplicate = (fields: Record<string, string | number | null>) =>
  api().checkDuplicate(fields);
export const addRecord = (kind: RecordKind, fields: Record<string, string | number | null>) =>
  api().addRecord(kind, fields);
export const listAdoptableSheets = () => api().listAdoptableSheets();
export const previewImport = (request: ImportRequest) => api().previewImport(request);
export const confirmImport = (request: ImportRequest) => api().confirmImport(request);
export const exportCsv = (tab: DataTabKey, language: Language) => api().exportCsv(tab, language);
export const getSettings = () => api().getSettings();
export const saveSettings = (settings: Settings) => api().saveSettings(settings);
export const setupOrRepair = (language: Language) => api().setupOrRepair(language);
export const getPairing = () => api().getPairing();
export const rotatePairingToken = () => api().rotatePairingToken();
export const setWebAppUrl = (url: string) => api().setWebAppUrl(url);
export const listSnapshots = () => api().listSnapshots();
export const restoreSnapshot = (id: string, removeEdited?: boolean) =>
  api().restoreSnapshot(id, removeEdited);
export const searchRecords = (query: string) => api().searchRecords(query);
export const getRecord = (tab: DataTabKey, id: string) => api().getRecord(tab, id);
export const updateRecord = (tab: DataTabKey, id: string, fields: Record<string, string | number | null>) =>
  api().updateRecord(tab, id, fields);
export const recordReferences = (tab: DataTabKey, id: string) => api().recordReferences(tab, id);
export const deleteRecord = (tab: DataTabKey, id: string, plan: DeletePlan) =>
  api().deleteRecord(tab, id, plan);
export const removePerson = (contactId: string) => api().removePerson(contactId);

function captureHandler() {
  return createCaptureHandler(() => ({
    workbook: workbook(),
    layer: registerFormulaLayer,
    now,
    registerName: SpreadsheetApp.getActiveSpreadsheet().getName(),
    logError: (message: string) => console.error(message),
  }));
}

/** Web app GET: the extension's compact partner index, or a connection test. */
export function doGet(event?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return jsonReply(captureHandler().handleGet((event?.parameter ?? {}) as Record<string, string>));
}

/** Web app POST: a batch of captures from the extension (body sent as text/plain JSON). */
export function doPost(event?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return jsonReply(captureHandler().handlePost(event?.postData?.contents ?? ''));
}

/** Compile-time check that every SidebarApi method is exported above under its own name. */
export type SidebarTargets = { [K in keyof SidebarApi]: typeof import('./main')[K] };
