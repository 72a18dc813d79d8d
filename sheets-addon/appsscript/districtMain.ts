/// <reference types="google-apps-script" />
/**
 * The district office workbook's Apps Script entry: a separate bundle with its own manifest
 * (`district/appsscript.json`: `spreadsheets.readonly` to read the schools' registers, trigger
 * management for the hourly Continue). A bound template an office copies, never the school's
 * add-on, so no school user is asked to let it see all their spreadsheets.
 */
import { DISTRICT_MENU_ITEMS } from './districtEntry';
import { buildMenu, languageOfLocale } from './menu';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  let language: 'th' | 'en' = 'th';
  try {
    language = languageOfLocale(Session.getActiveUserLocale());
  } catch {
    // A restricted authorization mode may refuse the locale; the menu still appears, in Thai.
  }
  buildMenu(SpreadsheetApp.getUi(), language, [DISTRICT_MENU_ITEMS], 'top');
}

export {
  districtContinueTrigger,
  menuDistrictAutoContinue,
  menuDistrictContinue,
  menuDistrictRollup,
} from './districtEntry';
