import { basename, extname } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { buildDistrict, type DistrictModel } from '../../../shared/rollup/districtModel';
import { type DistrictTable, districtTable } from '../../../shared/rollup/districtTable';
import type { NetworkFiguresOf } from '../../../shared/rollup/schoolFigures';
import type { SchoolEntry, SchoolResult } from '../../../shared/rollup/schoolResult';
import type { Settings } from '../../../shared/settings/settings';
import { readSchool } from '../../core/district/readSchool';
import { LocalRegisters } from './localRegisters';

/** A local roll-up's outcome: the model and the table a District tab or .xlsx shows. */
export interface LocalRollup {
  asOf: string;
  model: DistrictModel;
  table: DistrictTable;
}

/**
 * Rolls up register folders and exported .xlsx files with the same core as the add-on: each is
 * one school, named after its folder or file. No checkpoint is needed: local files read in
 * milliseconds, not behind a 6-minute limit.
 */
export async function localRollup(
  paths: readonly string[],
  options: {
    settings: Settings;
    language: Language;
    networkFiguresOf: NetworkFiguresOf;
    now: string;
    cwd: string;
  },
): Promise<LocalRollup> {
  const reader = await LocalRegisters.load(paths, options.cwd);
  const asOf = options.settings.as_of ?? options.now.slice(0, 10);
  const settings = { ...options.settings, as_of: asOf };
  const readKeys = new Map<string, SchoolResult>();
  const results = paths.map((path, index) => {
    const entry: SchoolEntry = {
      index,
      name: basename(path.replace(/[\\/]+$/, ''), extname(path)),
      ref: path,
    };
    const result = readSchool(entry, {
      reader,
      settings,
      networkFiguresOf: options.networkFiguresOf,
      now: options.now,
      readKeys,
      previous: { byKey: new Map(), asOf: null },
    });
    // Files on disk have no quota: the local reader never answers "try later".
    if (!result) throw new Error(`${path}: the local reader asked to try later`);
    if (result.key && result.status === 'ok' && !readKeys.has(result.key)) readKeys.set(result.key, result);
    return result;
  });
  const model = buildDistrict(results);
  return { asOf, model, table: districtTable(model, options.language) };
}
