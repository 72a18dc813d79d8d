/**
 * `npm run docs`: rewrites README.md's `netreg` command table from the commands' own usage and
 * summary (sheets-addon/cli/commands.ts); tests/sheets-addon/cli/readmeCommands.test.ts fails
 * when the README and the commands disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../cli/commands';
import { withCommandTable } from '../cli/commandTable';

const README = join(import.meta.dirname, '../../README.md');
writeFileSync(README, withCommandTable(readFileSync(README, 'utf8'), COMMANDS));
