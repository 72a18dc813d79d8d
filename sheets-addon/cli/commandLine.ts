import type { Language } from '../../shared/i18n/language';
import { languageOption } from './commands/languageOption';

/** What the person typed: the command's name, its arguments, and the language they chose. */
export interface CommandLine {
  /** undefined when no command was named (`netreg` alone, or only --lang). */
  name: string | undefined;
  args: string[];
  /** --lang, wherever it was typed; undefined means errors in English / Thai. */
  language: Language | undefined;
}

/** How `netreg help` and the README say where --lang may go. */
export const LANGUAGE_OPTION_NOTE =
  '--lang th|en goes before or after the command (netreg --lang th import … = netreg import --lang th …); errors then come in that language alone, else in English / Thai. / ใส่ --lang th หรือ en ไว้ก่อนหรือหลังชื่อคำสั่งก็ได้ ข้อความแจ้งข้อผิดพลาดจะเป็นภาษานั้นภาษาเดียว หากไม่ระบุจะแสดงทั้งภาษาอังกฤษและภาษาไทย';

/**
 * Reads `netreg <argv>`. --lang may come before the command's name, as global options do: it is
 * handed to the command in front of its own arguments, so the command still reads and checks it,
 * and the last --lang typed wins, as inside a command. A --lang other than th or en is a usage error.
 */
export function commandLine(argv: readonly string[]): CommandLine {
  let language: Language | undefined;
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--lang') language = languageOption(argv[++i]);
  let name = 0;
  while (argv[name] === '--lang') name += 2;
  return { name: argv[name], args: [...argv.slice(0, name), ...argv.slice(name + 1)], language };
}
