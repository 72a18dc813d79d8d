import { describe, expect, it } from 'vitest';
import { importSizeRefusal, MAX_IMPORT_BYTES } from '../../../shared/csv/importSize';
import { MAX_IMPORT_ROWS } from '../../../shared/csv/limits';
import { planImport } from '../../../shared/csv/planImport';
import { emptyCounters, emptyTables } from '../../../shared/register/register';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';

describe('the size a CSV import accepts', () => {
  it('is enough for the largest row count a file may have, at a few hundred bytes a row', () => {
    expect(MAX_IMPORT_BYTES / MAX_IMPORT_ROWS).toBeGreaterThanOrEqual(500);
  });

  it('refuses a 200 MB file by its size, in both languages', () => {
    expect(importSizeRefusal(MAX_IMPORT_BYTES)).toBeNull();
    const refusal = importSizeRefusal(200 * 1024 * 1024);
    expect(refusal?.code).toBe('csv.too_large');
    expect(refusal?.message.en).toBe(
      'The file is 200 MB, more than the 32 MB a file may be; split it and import the parts',
    );
    expect(refusal?.message.th).toContain('200 MB เกินกำหนด 32 MB');
  });

  it('refuses an oversized text in planImport before parsing it', () => {
    const register = {
      language: 'th' as const,
      tables: emptyTables(),
      counters: emptyCounters(),
      settings: DEFAULT_SETTINGS,
    };
    // One unterminated quote: parsing it would report a broken file, so a size refusal proves nothing was parsed.
    const text = `name\n"${'ก'.repeat(MAX_IMPORT_BYTES)}`;
    const plan = planImport('partners', text, register);
    expect(plan.fatal?.code).toBe('csv.too_large');
    expect(plan.accepted).toEqual([]);
  });
});
