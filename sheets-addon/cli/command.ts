import type { Bilingual } from '../../shared/i18n/language';
import { errorText } from './errorText';

/** One `netreg` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** One line for `netreg help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/**
 * A readable, one-line failure in both languages: runCommand prints it in the language the person
 * chose (--lang), without a stack trace, and exits with code 2.
 */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(errorText(text));
  }
}
