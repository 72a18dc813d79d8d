import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../sheets-addon/cli/commands';
import { commandTableRows, readCommandTable } from '../../../sheets-addon/cli/commandTable';

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
});
