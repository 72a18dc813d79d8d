/// <reference types="google-apps-script" />
import type { Language } from '../../shared/i18n/language';

/** The add-on menu: each item's label in both languages and the global function it calls. */
export const MENU_ITEMS = [
  { fn: 'menuSetupOrRepair', en: 'Set up / repair register', th: 'ตั้งค่า / ซ่อมแซมทะเบียน' },
  { fn: 'openSidebar', en: 'Open sidebar', th: 'เปิดแถบด้านข้าง' },
  { fn: 'menuImportCsv', en: 'Import CSV', th: 'นำเข้า CSV' },
  { fn: 'menuExportCsv', en: 'Export CSV', th: 'ส่งออก CSV' },
  { fn: 'menuSummary', en: 'Summary', th: 'สรุปผล' },
  { fn: 'menuConnectExtension', en: 'Connect browser extension', th: 'เชื่อมต่อส่วนขยายเบราว์เซอร์' },
  { fn: 'menuSettings', en: 'Settings', th: 'ตั้งค่าการประเมิน' },
] as const;

export const MENU_TITLE = { en: 'Network Register', th: 'ทะเบียนเครือข่าย' };

/** Thai for a Thai locale (`th`, `th_TH`), English otherwise. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('th') ? 'th' : 'en';
}

/**
 * Builds the menu. Safe in AuthMode.NONE and LIMITED: it reads only the user's locale and
 * touches no document, property or lock. `addon`: under Extensions, as a published editor add-on
 * must (`Ui.createAddonMenu()`, https://developers.google.com/workspace/add-ons/guides/editor-style#menus);
 * `top`: a menu of its own in the menu bar, for a bound template such as the district workbook.
 */
export function buildMenu(
  ui: GoogleAppsScript.Base.Ui,
  language: Language,
  groups: readonly (readonly MenuItem[])[] = [MENU_ITEMS],
  place: 'addon' | 'top' = 'addon',
): void {
  let menu = place === 'addon' ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE[language]);
  groups.forEach((items, index) => {
    if (index > 0) menu = menu.addSeparator();
    for (const item of items) menu = menu.addItem(item[language], item.fn);
  });
  menu.addToUi();
}

/** A menu item: its label in both languages and the top-level function it runs. */
export interface MenuItem {
  fn: string;
  en: string;
  th: string;
}
