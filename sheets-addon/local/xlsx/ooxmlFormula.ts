/**
 * Functions newer than Excel 2007 that an .xlsx must name with the `_xlfn.` prefix: Excel and
 * LibreOffice read the bare name as unknown (#NAME?), while Google Sheets reads either
 * (https://support.microsoft.com/en-us/office/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula-882f1ef7-68fb-4fcd-8d54-9fbb77fd5025).
 */
const PREFIXED = new Set([
  'BITAND',
  'BITOR',
  'BITXOR',
  'BITLSHIFT',
  'BITRSHIFT',
  'CONCAT',
  'DAYS',
  'IFNA',
  'IFS',
  'MAXIFS',
  'MINIFS',
  'SWITCH',
  'TEXTJOIN',
  'XLOOKUP',
  'XMATCH',
]);

/**
 * A formula (without its `=`) as an .xlsx stores it: later functions carry `_xlfn.`; text
 * in double quotes and sheet names in single quotes are left alone.
 */
export function ooxmlFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.])([A-Z][A-Z0-9.]*)\(/g, (whole, name: string) =>
            PREFIXED.has(name) ? `_xlfn.${name}(` : whole,
          ),
    )
    .join('');
}
