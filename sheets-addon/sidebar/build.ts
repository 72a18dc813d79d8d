/**
 * The sidebar as ONE HTML file (Apps Script's HtmlService serves a single file): esbuild bundles
 * main.tsx with Preact, and the JS and CSS are inlined into the page. `npm run build:addon`
 * writes it to dist/sheets-addon/Sidebar.html; the local host serves the same page.
 * Node-only (esbuild, paths): excluded from the sidebar's DOM tsconfig, checked by the tests project.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'main.tsx');

/** `</script` inside the bundle would end the inline script early; `<\/` means the same in JS strings and regexes. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Bundles the sidebar and returns the whole page. */
export async function buildSidebarHtml(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    outdir: 'sidebar-out',
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  return [
    '<!doctype html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<base target="_top">',
    '<title>ทะเบียนเครือข่าย · Network Register</title>',
    `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${inlineScript(js)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
