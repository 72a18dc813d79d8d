import type { Language } from '../../shared/i18n/language';
import { isLanguage } from '../../shared/i18n/language';
import { emptyCounters } from '../../shared/register/register';
import type { DataTabKey } from '../../shared/schema/tabs';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings';
import type { RegisterLayout } from './formulaLayer';

/** Document property keys the add-on keeps; one namespace so other scripts' keys are left alone. */
export const PROPERTY = {
  version: 'netreg.version',
  language: 'netreg.language',
  counters: 'netreg.counters',
  settings: 'netreg.settings',
  pairingToken: 'netreg.pairing_token',
  /** The web app's `/exec` URL the school pasted: where the extension posts captures (Apps Script host). */
  webAppUrl: 'netreg.web_app_url',
  /** Where repair last placed every column, so an append can write formula cells without reading other tabs. */
  layout: 'netreg.layout',
} as const;

/** The register format version written by setup. */
export const REGISTER_VERSION = '1';

/** What the document properties say about the register. */
export interface RegisterProperties {
  isRegister: boolean;
  language: Language | null;
  counters: Record<DataTabKey, number>;
  settings: Settings;
  /** Where repair last placed the columns; null before setup. */
  layout: RegisterLayout | null;
}

export function readRegisterProperties(properties: Record<string, string>): RegisterProperties {
  const language = properties[PROPERTY.language];
  return {
    isRegister: properties[PROPERTY.version] !== undefined,
    language: isLanguage(language) ? language : null,
    counters: { ...emptyCounters(), ...parseObject(properties[PROPERTY.counters]) },
    settings: { ...DEFAULT_SETTINGS, ...parseObject(properties[PROPERTY.settings]) } as Settings,
    layout: properties[PROPERTY.layout]
      ? (parseObject(properties[PROPERTY.layout]) as unknown as RegisterLayout)
      : null,
  };
}

function parseObject(text: string | undefined): Record<string, never> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, never>)
      : {};
  } catch {
    // A property edited by hand into nonsense falls back to defaults rather than breaking the add-on.
    return {};
  }
}

export function countersProperty(counters: Record<DataTabKey, number>): Record<string, string> {
  return { [PROPERTY.counters]: JSON.stringify(counters) };
}
