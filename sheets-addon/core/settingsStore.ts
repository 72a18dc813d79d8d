import { isLanguage } from '../../shared/i18n/language';
import { type Reason, reason } from '../../shared/i18n/reason';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings';
import type { FormulaLayer } from './formulaLayer';
import { ADDON_MESSAGES } from './messages';
import { PROPERTY, readRegisterProperties } from './registerProperties';
import { findGeneratedSheet } from './sheetLocator';
import type { Grid, Workbook } from './workbook';

/** The register's settings: as stored, updated by whatever a person changed on the Settings sheet. */
export function readSettings(workbook: Workbook): Settings {
  const properties = readRegisterProperties(workbook.getProperties());
  const language = properties.language ?? properties.settings.language;
  const sheet = findGeneratedSheet(workbook.listSheets(), 'settings', language);
  return sheet ? settingsFromSheet(workbook.readValues(sheet), properties.settings) : properties.settings;
}

/** Why settings can't be saved, if they can't: thresholds, weights, dates and language checked. */
export function checkSettings(settings: Settings): Reason | null {
  const problem = (en: string, th: string): Reason =>
    reason('settings.invalid', ADDON_MESSAGES.settingsInvalid, { problem: { en, th } });
  const days = [settings.fresh_days, settings.stale_days, settings.expiring_days];
  if (!days.every((d) => Number.isInteger(d) && d > 0 && d <= 3650)) {
    return problem('day thresholds must be whole numbers from 1 to 3650', 'จำนวนวันต้องเป็นจำนวนเต็ม 1–3650');
  }
  if (settings.fresh_days >= settings.stale_days) {
    return problem('“fresh” must be fewer days than “stale”', 'จำนวนวัน “ใกล้ชิด” ต้องน้อยกว่า “ห่างหาย”');
  }
  const weights = Object.values(settings.weights ?? {});
  if (weights.length !== 5 || !weights.every((w) => typeof w === 'number' && w >= 0)) {
    return problem('weights must be five numbers of 0 or more', 'น้ำหนักต้องเป็นตัวเลขห้าค่า ไม่ติดลบ');
  }
  if (Math.abs(weights.reduce((a, b) => a + b, 0) - 100) > 1e-9) {
    return problem('weights must add up to 100', 'น้ำหนักรวมกันต้องเท่ากับ 100');
  }
  if (settings.as_of !== null && !/^\d{4}-\d{2}-\d{2}$/.test(settings.as_of)) {
    return problem('the as-of date must be YYYY-MM-DD or empty', 'วันที่อ้างอิงต้องเป็น ปปปป-ดด-วว หรือเว้นว่าง');
  }
  if (![settings.academic_year_start, settings.term2_start].every((d) => /^\d{2}-\d{2}$/.test(d))) {
    return problem('term dates must be MM-DD', 'วันเปิดภาคเรียนต้องเป็น ดด-วว');
  }
  if (
    !['last_12_months', 'academic_year', 'fiscal_year'].includes(settings.period) ||
    !isLanguage(settings.language)
  ) {
    return problem('unknown reporting period or language', 'ไม่รู้จักช่วงรายงานหรือภาษา');
  }
  return null;
}

/** Saves settings to the document and rewrites the Settings sheet the formulas read. */
export function saveSettings(
  workbook: Workbook,
  layer: FormulaLayer,
  incoming: Settings,
): { ok: true; value: Settings } | { ok: false; reason: Reason } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...incoming,
    weights: { ...DEFAULT_SETTINGS.weights, ...incoming.weights },
  };
  const problem = checkSettings(settings);
  if (problem) return { ok: false, reason: problem };
  return workbook.withLock(() => {
    const properties = readRegisterProperties(workbook.getProperties());
    const language = properties.language ?? settings.language;
    const sheet = findGeneratedSheet(workbook.listSheets(), 'settings', language);
    if (sheet) {
      workbook.clearSheet(sheet);
      workbook.writeValues(sheet, 1, 1, layer.settingsGrid(settings, language));
    }
    workbook.setProperties({ [PROPERTY.settings]: JSON.stringify(settings) });
    return { ok: true, value: settings };
  });
}

const NUMBER_SETTINGS = ['fresh_days', 'stale_days', 'expiring_days'] as const;
const WEIGHT_SETTINGS = ['recency', 'frequency', 'depth', 'resources', 'agreement'] as const;

/**
 * Settings as the Settings sheet shows them (keys in column A, values in column B), over `base`:
 * people may edit the values there, and formulas read them there. Returns `base` unchanged when
 * the sheet's values don't make valid settings, so a typo never breaks the register.
 */
export function settingsFromSheet(values: Grid, base: Settings): Settings {
  const cells = new Map(values.map((line) => [String(line[0] ?? ''), line[1] ?? null]));
  // A copy by hand: Apps Script's V8 has no structuredClone.
  const read: Settings = { ...base, weights: { ...base.weights } };
  const number = (key: string) => {
    const value = cells.get(key);
    return typeof value === 'number' ? value : undefined;
  };
  for (const key of NUMBER_SETTINGS) read[key] = number(key) ?? read[key];
  for (const key of WEIGHT_SETTINGS) read.weights[key] = number(`weight_${key}`) ?? read.weights[key];
  if (cells.has('as_of')) {
    const asOf = cells.get('as_of');
    read.as_of = typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  }
  for (const key of ['period', 'academic_year_start', 'term2_start'] as const) {
    const value = cells.get(key);
    if (typeof value === 'string' && value !== '') (read as unknown as Record<string, string>)[key] = value;
  }
  return checkSettings(read) === null ? read : base;
}
