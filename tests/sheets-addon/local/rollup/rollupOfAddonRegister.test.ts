import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../sheets-addon/cli/main';
import { appendRecords } from '../../../../sheets-addon/core/appendRecords';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';
import { FileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';

const now = '2026-03-31T08:00:00.000Z';
let dir: string;

/** A register folder exactly as the add-on's local host keeps one: set up, then rows added through the add-on. */
async function addonRegister(path: string, language: 'th' | 'en', partners: number): Promise<void> {
  const workbook = await FileWorkbook.open(path);
  const setup = setupOrRepair(workbook, { layer: registerFormulaLayer, language, now });
  if (!setup.ok) throw new Error(setup.reason.message.en);
  const added = appendRecords(
    workbook,
    'partners',
    Array.from({ length: partners }, (_, i) => ({
      name: `โรงเรียนเครือข่าย ${i + 1}`,
      sector: i % 2 === 0 ? 'school' : 'local_gov',
      status: i === 0 ? 'dormant' : 'active',
      phone: '053 121 555',
    })),
    { layer: registerFormulaLayer, now },
  );
  if (!added.ok) throw new Error(added.reason.message.en);
  const activities = appendRecords(
    workbook,
    'activities',
    [
      {
        date: '2026-03-01',
        title: 'ประชุมวางแผน',
        partner_ids: 'P-0002,P-0003',
        strategy: 'S1',
        participation_stage: 'plan',
      },
      {
        date: '2026-02-10',
        title: 'อบรมครู',
        partner_ids: 'P-0002',
        strategy: 'S3',
        participation_stage: 'implement',
      },
    ],
    { layer: registerFormulaLayer, now },
  );
  if (!activities.ok) throw new Error(activities.reason.message.en);
  await workbook.save();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-addon-rollup-'));
  await addonRegister(join(dir, 'thai-school'), 'th', 4);
  await addonRegister(join(dir, 'english-school'), 'en', 6);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('netreg rollup over registers the add-on made', () => {
  it('reads the add-on’s own register folders, in Thai and in English, with the metrics module’s figures', async () => {
    let out = '';
    const code = await main(['rollup', 'thai-school', 'english-school', '--json', '--as-of', '2026-03-31'], {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        throw new Error(text);
      },
      cwd: dir,
    });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.schools.map((school: { status_code: string }) => school.status_code)).toEqual([
      'school.ok',
      'school.ok',
    ]);
    const [thai, english] = json.schools.map(
      (school: { figures: Record<string, unknown> }) => school.figures,
    );
    expect(thai).toMatchObject({
      partners: 4,
      active_share: 0.75,
      sector_diversity: 0.5,
      strategy_coverage: 2,
    });
    expect(english).toMatchObject({ partners: 6, strategy_coverage: 2 });
    // Two of four Thai partners took part in March; the other two were never contacted.
    expect(thai.stale_share).toBe(0.5);
    expect(json.total.partners).toBe(10);
  });
});
