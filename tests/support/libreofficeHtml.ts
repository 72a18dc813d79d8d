/** A cell of a sheet LibreOffice rendered to HTML: its text as shown, and its inline background colour. */
export interface RenderedCell {
  text: string;
  background: string | null;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(\w+);/g, (whole, name) => ENTITIES[name] ?? whole);
}

/**
 * The tables of an HTML file LibreOffice Calc wrote (one per sheet, in sheet order), as rows of
 * cells with the text each cell shows. A cell's comment, which LibreOffice writes inside the
 * cell before its text, is dropped: the text is the cell's last line.
 */
export function renderedTables(html: string): RenderedCell[][][] {
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map(([, attributes, inner]) => {
        const lines = decode(inner.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, ''))
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const background = /bgcolor="?(#[0-9a-f]{6})/i.exec(attributes)?.[1].toLowerCase() ?? null;
        return { text: lines[lines.length - 1] ?? '', background };
      }),
    ),
  );
}
