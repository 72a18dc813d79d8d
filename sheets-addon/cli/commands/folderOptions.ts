import type { Language } from '../../../shared/i18n/language';
import type { RegisterFolderError } from '../../local/registerFolder';
import type { CommandIo } from '../command';
import { errorText } from '../errorText';
import { languageOption } from './languageOption';
import { missingValue, unknownOption } from './sharedUsageErrors';

/** The register folder used when --dir is not given. */
export const DEFAULT_REGISTER_DIR = 'register';

/** Options every register-folder command takes. */
export interface FolderOptions {
  dir: string;
  /** --lang; undefined means the register's own language. */
  language?: Language;
}

/**
 * Splits arguments into --dir, --lang, the command's own valued options and flags, and the
 * rest; an unknown option is a usage error.
 */
export function folderOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): { options: FolderOptions & { values: Record<string, string>; flags: Set<string> }; rest: string[] } {
  const options: FolderOptions & { values: Record<string, string>; flags: Set<string> } = {
    dir: DEFAULT_REGISTER_DIR,
    values: {},
    flags: new Set(),
  };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dir' || arg === '--lang' || valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw missingValue(arg);
      if (arg === '--dir') options.dir = value;
      else if (arg === '--lang') options.language = languageOption(value);
      else options.values[arg] = value;
    } else if (flags.includes(arg)) options.flags.add(arg);
    else if (arg.startsWith('--')) throw unknownOption(arg);
    else rest.push(arg);
  }
  return { options, rest };
}

/** A register folder failure as one readable line (both languages unless --lang chose one); exit code 1. */
export function printFolderError(
  io: CommandIo,
  command: string,
  error: RegisterFolderError,
  language?: Language,
): number {
  io.err(`netreg ${command}: ${errorText(error.reason.message, language)}`);
  return 1;
}
