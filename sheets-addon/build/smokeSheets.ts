/**
 * `npm run smoke:sheets` — for maintainers with Google credentials: pushes the school bundle plus
 * a smoke function to a throwaway spreadsheet's bound script with clasp, runs the function
 * through the Apps Script API (`clasp run`) and prints its table of results. Needs
 * `npx clasp login` (~/.clasprc.json) and `.clasp.smoke.json` (the throwaway script's id,
 * `rootDir: dist/smoke`); without them it stops at once and says so. `npm test` never runs it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAddon } from './buildAddon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PROJECT = join(ROOT, '.clasp.smoke.json');
const CREDENTIALS = join(homedir(), '.clasprc.json');
const OUT = join(ROOT, 'dist/smoke');

/** Runs in Apps Script beside Code.js: each flow of the strict harness, once, on the throwaway spreadsheet. */
const SMOKE = `
function smokeTest() {
  var rows = [];
  function flow(name, run) {
    try { rows.push([name, 'ok', String(run() || '')]); }
    catch (error) { rows.push([name, 'FAILED', String(error && error.message || error)]); }
  }
  flow('setup', function () { return setupOrRepair('en').changes.length + ' changes'; });
  flow('setup again', function () { return setupOrRepair('en').changes.length + ' changes'; });
  flow('add partner', function () { return addRecord('partner', { name: 'Smoke test partner' }).id; });
  var imported;
  flow('import', function () { imported = confirmImport('partners', 'name\\nSmoke import A\\nSmoke import B\\n'); return imported.added.join(' '); });
  flow('undo import', function () { return restoreSnapshot(imported.snapshotId).changes.length + ' changes'; });
  flow('settings', function () { var s = getSettings(); return saveSettings(s).stale_days; });
  var switched;
  flow('language th', function () { switched = setupOrRepair('th'); return switched.snapshotId; });
  flow('language back', function () { return restoreSnapshot(switched.snapshotId).changes.length + ' changes'; });
  flow('summary', function () { menuSummary(); return 'built'; });
  flow('today', function () { return Utilities.formatDate(new Date(), SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd'); });
  return rows;
}
`;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(CREDENTIALS) || !existsSync(PROJECT))
  stop(
    'smoke:sheets needs Google credentials: run `npx clasp login` and create .clasp.smoke.json (scriptId of a throwaway spreadsheet, rootDir dist/smoke).',
  );

const { outDir } = await buildAddon();
mkdirSync(OUT, { recursive: true });
cpSync(outDir, OUT, { recursive: true });
writeFileSync(join(OUT, 'Smoke.js'), SMOKE);
// clasp run calls the function through the Apps Script API as the signed-in user.
const manifest = JSON.parse(readFileSync(join(OUT, 'appsscript.json'), 'utf8'));
writeFileSync(
  join(OUT, 'appsscript.json'),
  JSON.stringify({ ...manifest, executionApi: { access: 'MYSELF' } }, null, 2),
);
const clasp = join(ROOT, 'node_modules/.bin/clasp');
execFileSync(clasp, ['push', '--force', '--project', PROJECT], { cwd: ROOT, stdio: 'inherit' });
const output = execFileSync(clasp, ['run', 'smokeTest', '--project', PROJECT], {
  cwd: ROOT,
  encoding: 'utf8',
});
const rows = JSON.parse(output.slice(output.indexOf('['))) as string[][];
console.log('| flow | result | detail |\n|---|---|---|');
for (const [name, result, detail] of rows) console.log(`| ${name} | ${result} | ${detail} |`);
if (rows.some((row) => row[1] !== 'ok')) process.exit(1);
