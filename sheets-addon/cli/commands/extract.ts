import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../../../shared/extract/extractPage';
import { boundHtmlForParsing, type HtmlParseLimit } from '../../../shared/extract/htmlParseBounds';
import { partialNote, type ReadingLimit } from '../../../shared/extract/partialNote';
import { type PlainProposal, toPlainProposal } from '../../../shared/extract/plainProposal';
import type { Language } from '../../../shared/i18n/language';
import { type Command, type CommandIo, UsageError } from '../command';
import { decodePage, documentOf } from '../pageDocument';
import { languageOption } from './languageOption';
import { missingValue, unknownOption } from './sharedUsageErrors';

/** A saved page larger than this is refused rather than parsed. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

interface ExtractArgs {
  file: string;
  url: string | null;
  json: boolean;
  selection: string | null;
  /** --lang: read and checked here; runCommand prints the errors in it. The proposal has no language. */
  language?: Language;
}

function parse(args: string[]): ExtractArgs {
  const parsed: ExtractArgs = { file: '', url: null, json: false, selection: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--url' || arg === '--selection' || arg === '--lang') {
      const value = args[++i];
      if (value === undefined) throw missingValue(arg);
      if (arg === '--url') parsed.url = value;
      else if (arg === '--lang') parsed.language = languageOption(value);
      else parsed.selection = value;
    } else if (arg.startsWith('--')) throw unknownOption(arg);
    else if (parsed.file)
      throw new UsageError({ en: 'give one page file', th: 'ระบุไฟล์หน้าเว็บได้ครั้งละไฟล์เดียว' });
    else parsed.file = arg;
  }
  if (!parsed.file)
    throw new UsageError({
      en: 'name a saved page, e.g. page.html',
      th: 'ระบุไฟล์หน้าเว็บที่บันทึกไว้ เช่น page.html',
    });
  return parsed;
}

async function readPage(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError({ en: `${path} is not a file`, th: `${path} ไม่ใช่ไฟล์` });
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError({ en: `cannot read ${path}`, th: `อ่านไฟล์ ${path} ไม่ได้` });
  }
  if (size > MAX_PAGE_BYTES)
    throw new UsageError({ en: `${path} is larger than 20 MB`, th: `ไฟล์ ${path} ใหญ่เกิน 20 MB` });
  return readFile(path);
}

/** The proposal with the limits that cut the HTML before parsing added to its partial reading. */
function withParseBounds(proposal: PlainProposal, reached: HtmlParseLimit[]): PlainProposal {
  if (reached.length === 0) return proposal;
  const limits: ReadingLimit[] = [...reached];
  for (const limit of proposal.partial?.limits ?? []) if (!limits.includes(limit)) limits.push(limit);
  return { ...proposal, partial: { limits, note: partialNote(limits) } };
}

async function run(args: string[], io: CommandIo): Promise<number> {
  const options = parse(args);
  const path = resolve(io.cwd, options.file);
  // linkedom's cost grows with character references and nesting: the HTML is bounded before parsing.
  const bounded = boundHtmlForParsing(decodePage(await readPage(path)));
  const url = options.url ?? pathToFileURL(path).href;
  const proposal = withParseBounds(
    toPlainProposal(
      extractPage(documentOf(bounded.html), url, options.selection ? { selection: options.selection } : {}),
    ),
    bounded.reached,
  );
  if (options.json) {
    io.out(JSON.stringify(proposal, null, 2));
    return 0;
  }
  const { sources, partial, ...values } = proposal;
  io.out(JSON.stringify(values, null, 2));
  io.out('\nsources / ที่มา:');
  io.out(JSON.stringify(sources, null, 2));
  if (partial) io.out(`\nหมายเหตุ: ${partial.note.th}\nNote: ${partial.note.en}`);
  return 0;
}

export const extractCommand: Command = {
  name: 'extract',
  summary:
    'Propose a partner, contacts and an activity from a saved web page / เสนอข้อมูลภาคีเครือข่าย ผู้ติดต่อ และกิจกรรมจากหน้าเว็บที่บันทึกไว้',
  usage: 'netreg extract FILE.html [--url URL] [--selection TEXT] [--json] [--lang th|en]',
  run,
};
