import { joinBoth, type Reason, reason } from '../../../shared/i18n/reason';
import { stillCurrent } from '../../../shared/rollup/checkpoint';
import { ROLLUP_MESSAGES } from '../../../shared/rollup/messages';
import { type NetworkFiguresOf, schoolFigures } from '../../../shared/rollup/schoolFigures';
import { registerKey } from '../../../shared/rollup/schoolRef';
import { schoolRegister } from '../../../shared/rollup/schoolRegister';
import type { SchoolEntry, SchoolResult } from '../../../shared/rollup/schoolResult';
import { tabDef } from '../../../shared/schema/tabs';
import type { Settings } from '../../../shared/settings/settings';
import type { RegisterReader } from './registerReader';

/** What reading one school needs besides the school itself. */
export interface SchoolReading {
  reader: RegisterReader;
  settings: Settings & { as_of: string };
  networkFiguresOf: NetworkFiguresOf;
  /** Now, ISO date-time: stamped on the result. */
  now: string;
  /** Results this run already holds, by register key: a second row naming one is not read or counted again. */
  readKeys: Map<string, SchoolResult>;
  /** The last finished run's results by register key, and its as-of day, for reuse when unchanged. */
  previous: { byKey: Map<string, SchoolResult>; asOf: string | null };
}

/**
 * Reads one school's register and computes its figures; every failure becomes a status, never a
 * throw of ours — except "try later" (the platform's quota or a passing server error), which is
 * `null`: the school is not answered, so the run reads it again.
 */
export function readSchool(entry: SchoolEntry, reading: SchoolReading): SchoolResult | null {
  const base = { ...entry, readAt: reading.now, modifiedAt: null, figures: null };
  const key = registerKey(entry.ref, { allowPaths: reading.reader.acceptsPaths });
  if (!key.ok) return { ...base, key: null, status: 'unreadable', reason: key.reason };
  const already = reading.readKeys.get(key.value);
  if (already && already.index !== entry.index) {
    return {
      ...base,
      key: key.value,
      status: 'unreadable',
      reason: reason('school.duplicate', ROLLUP_MESSAGES['school.duplicate'], { other: already.name }),
    };
  }
  const modifiedAt = reading.reader.modifiedAt(key.value);
  const previous = reading.previous.byKey.get(key.value);
  if (stillCurrent(previous, modifiedAt, reading.settings.as_of, reading.previous.asOf)) {
    return {
      ...previous,
      ...entry,
      key: key.value,
      reason: reason('school.unchanged', ROLLUP_MESSAGES['school.unchanged'], {
        date: previous.readAt.slice(0, 10),
      }),
    };
  }
  const read = reading.reader.read(key.value);
  if (!read.ok && read.later) return null;
  if (!read.ok) return { ...base, key: key.value, modifiedAt, status: 'unreadable', reason: read.reason };
  const school = schoolRegister(read.grids, reading.settings);
  if (!school.ok) return { ...base, key: key.value, modifiedAt, status: 'unreadable', reason: school.reason };
  const missing = joinBoth(
    school.value.missingTabs.map((tab) => tabDef(tab).label),
    ', ',
  );
  const status: Reason =
    school.value.missingTabs.length === 0
      ? reason('school.ok', ROLLUP_MESSAGES['school.ok'])
      : reason('school.ok_partial', ROLLUP_MESSAGES['school.ok_partial'], { tabs: missing });
  return {
    ...base,
    key: key.value,
    modifiedAt,
    status: 'ok',
    reason: status,
    figures: schoolFigures(school.value.register, reading.settings, reading.networkFiguresOf),
  };
}
