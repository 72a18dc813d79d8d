import { bundleServer, DISTRICT, delegatingFunctions, SCHOOL } from '../../../sheets-addon/build/buildAddon';
import { type AppsScriptDouble, createAppsScriptDouble } from '../../doubles/appsScriptDouble';
import { type AppsScriptRuntime, loadInAppsScript } from '../../doubles/appsScriptRuntime';

const built = new Map<string, Promise<{ code: string; exports: string[] }>>();

/** A bundle's Code.js as `npm run build:addon` writes it, built in memory once per test file. */
export function builtCode(entry: string): Promise<{ code: string; exports: string[] }> {
  let bundle = built.get(entry);
  if (!bundle) {
    bundle = bundleServer(entry).then(({ code, exports }) => ({
      code: `${code}\n${delegatingFunctions(exports)}\n`,
      exports,
    }));
    built.set(entry, bundle);
  }
  return bundle;
}

export const schoolCode = () => builtCode(SCHOOL.entry);
export const districtCode = () => builtCode(DISTRICT.entry);

/** A fresh spreadsheet double with the school's Code.js loaded into the strict runtime. */
export async function schoolRegister(
  options: Parameters<typeof createAppsScriptDouble>[0] = {},
): Promise<{ double: AppsScriptDouble; script: AppsScriptRuntime }> {
  const double = createAppsScriptDouble(options);
  const script = loadInAppsScript((await schoolCode()).code, double);
  return { double, script };
}
