import type { CommandIo } from './command';
import { COMMANDS } from './commands';
import { consoleIo, runCommand } from './runCommand';

/** `netreg <argv>` with every command loaded: the tests and the run from sources use it. */
export function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  return runCommand(argv, io, COMMANDS);
}
