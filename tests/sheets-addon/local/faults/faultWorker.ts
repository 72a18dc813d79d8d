// One register operation in its own process, for the fault-injection suite: the suite kills it
// (NETREG_FAULT=kill:N) or fills its disk at a write boundary, then checks the folder.
// Usage: node faultWorker.mjs import DIR CSV TAB | capture DIR REQUEST_FILE | repair DIR LANGUAGE
import { readFileSync } from 'node:fs';
import { importCommand } from '../../../../sheets-addon/cli/commands/import';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';
import { withFileWorkbook } from '../../../../sheets-addon/local/fileWorkbook';
import { postCaptures } from '../../../../sheets-addon/local/server/captureRoute';

const [operation, dir, ...rest] = process.argv.slice(2);
const quiet = {
  out: () => undefined,
  err: (text: string) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

if (operation === 'import') {
  const [csv, tab] = rest;
  process.exitCode = await importCommand.run([csv, '--tab', tab, '--dir', dir], quiet);
} else if (operation === 'capture') {
  const reply = await postCaptures(dir, readFileSync(rest[0], 'utf8'), 'register');
  process.stdout.write(`${JSON.stringify(reply)}\n`);
} else if (operation === 'repair') {
  await withFileWorkbook(dir, (workbook) => {
    const outcome = setupOrRepair(workbook, {
      layer: registerFormulaLayer,
      language: rest[0] === 'en' ? 'en' : 'th',
      now: '2026-11-29T10:00:00.000Z',
    });
    if (!outcome.ok) throw new Error(outcome.reason.message.en);
  });
}
