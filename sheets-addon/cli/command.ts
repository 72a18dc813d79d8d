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

/** A readable, one-line failure: printed without a stack trace, exit code non-zero. */
export class UsageError extends Error {}
