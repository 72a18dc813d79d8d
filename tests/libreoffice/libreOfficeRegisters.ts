import fc from 'fast-check';
import { registerArbitrary } from '../formulas/registerArbitrary';

/**
 * Generated registers as drawn, with the first activity, resource and reflection dated on the
 * as-of day itself (where "up to the as-of date" must include them), or with no activities and
 * no resources at all (every partner never contacted, every sum empty).
 */
export const libreOfficeRegisters = fc
  .tuple(registerArbitrary, fc.constantFrom('drawn', 'on-as-of-day', 'no-activities'))
  .map(([{ register, asOf }, variant]) => {
    if (variant === 'drawn') return { register, asOf };
    const tables = { ...register.tables };
    if (variant === 'no-activities') {
      tables.activities = [];
      tables.resources = [];
    } else
      for (const tab of ['activities', 'resources', 'reflections'] as const)
        tables[tab] = tables[tab].map((row, index) => (index === 0 ? { ...row, date: asOf } : row));
    return { register: { ...register, tables }, asOf };
  });
