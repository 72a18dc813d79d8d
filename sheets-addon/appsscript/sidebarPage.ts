/**
 * The sidebar page with the view to open set before the sidebar's own script runs. The setting
 * goes inside `<head>`, never before `<!doctype html>`: anything ahead of the doctype puts the
 * page in quirks mode.
 */
export function sidebarPageAt(page: string, view: string): string {
  // `<` escaped so a view name can never close the script element early.
  const script = `<script>window.NETREG_VIEW=${JSON.stringify(view).replace(/</g, '\\u003c')};</script>`;
  const head = /<head(?:\s[^>]*)?>/i.exec(page);
  if (head) return insertAt(page, head.index + head[0].length, script);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(page);
  return insertAt(page, doctype ? doctype[0].length : 0, script);
}

function insertAt(text: string, index: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index);
}
