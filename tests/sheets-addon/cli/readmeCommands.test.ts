import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_OPTION_NOTE } from '../../../sheets-addon/cli/commandLine';
import { COMMANDS } from '../../../sheets-addon/cli/commands';
import { commandTableRows, readCommandTable } from '../../../sheets-addon/cli/commandTable';
import { runNetreg } from './netregRun';

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

describe("the README's netreg command table", () => {
  it('lists every command with its own usage and summary (npm run docs rewrites it)', () => {
    expect(readCommandTable(README)).toEqual(commandTableRows(COMMANDS));
  });

  it('shows the options people asked about: --lang, serve --demo, extract --json and --selection', () => {
    const usages = readCommandTable(README).map(([usage]) => usage);
    expect(usages.filter((usage) => usage.includes('--lang th|en')).length).toBeGreaterThan(3);
    expect(usages.find((usage) => usage.startsWith('netreg serve'))).toContain('--demo');
    expect(usages.find((usage) => usage.startsWith('netreg extract'))).toMatch(/--json.*|--selection/);
  });

  it('says, as netreg help does, that --lang may come before the command', async () => {
    expect(LANGUAGE_OPTION_NOTE).toContain('netreg --lang th import');
    expect(README).toContain(`\n${LANGUAGE_OPTION_NOTE}\n`);
    expect((await runNetreg(import.meta.dirname, ['help'])).out).toContain(LANGUAGE_OPTION_NOTE);
  });
});
