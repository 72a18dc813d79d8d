import type { Command } from './command';
import { LANGUAGE_OPTION_NOTE } from './commandLine';

/** Where the README's command table starts and ends; between them it is generated. */
export const TABLE_START =
  '<!-- netreg commands: generated from sheets-addon/cli/commands.ts by `npm run docs` -->';
export const TABLE_END = '<!-- end of netreg commands -->';

/** One README row per command, from the command's own usage and summary. */
export function commandTableRows(commands: readonly Command[]): [string, string][] {
  return commands.map((command) => [command.usage, command.summary]);
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The README's command table in Markdown (biome aligns its columns afterwards). */
export function commandTable(commands: readonly Command[]): string {
  return [
    '| command | does |',
    '| --- | --- |',
    ...commandTableRows(commands).map(([usage, summary]) => `| \`${cell(usage)}\` | ${cell(summary)} |`),
  ].join('\n');
}

/** The rows of the table between the markers in `markdown`, as [usage, summary] (for the test). */
export function readCommandTable(markdown: string): [string, string][] {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) return [];
  return markdown
    .slice(start + TABLE_START.length, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((text) => text.trim().replaceAll('\\|', '|'));
      return [cells[0].replace(/^`|`$/g, ''), cells[1]];
    });
}

/** `markdown` with the table between the markers replaced by the one `commands` give, and where --lang goes. */
export function withCommandTable(markdown: string, commands: readonly Command[]): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n\n${commandTable(commands)}\n\n${LANGUAGE_OPTION_NOTE}\n\n${markdown.slice(end)}`;
}
