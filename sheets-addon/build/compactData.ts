/**
 * esbuild plugins that keep the libraries' data out of the code V8 has to compile on every
 * Apps Script execution (every `onEdit` loads the whole Code.js):
 *
 * - libphonenumber-js's metadata becomes one `JSON.parse('…')` of a string (a string literal is
 *   scanned, an object literal compiled into code), with every country's "min" entry except
 *   Thailand's, which keeps its "max" entry: Thai numbers are still checked against the national
 *   numbering plan, foreign ones by length (libphonenumber-js's default), formatting unchanged.
 * - tldts's public-suffix trie arrays become base64 strings decoded once at load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

const require = createRequire(import.meta.url);

/** The country whose numbers are validated against the full numbering plan. */
export const FULL_METADATA_COUNTRY = 'TH';

interface PhoneMetadata {
  countries: Record<string, unknown>;
  [key: string]: unknown;
}

/** libphonenumber-js "min" metadata with Thailand's entry from "max". */
export function thaiPhoneMetadata(): PhoneMetadata {
  const min = require('libphonenumber-js/metadata.min.json') as PhoneMetadata;
  const max = require('libphonenumber-js/metadata.max.json') as PhoneMetadata;
  return {
    ...min,
    countries: { ...min.countries, [FULL_METADATA_COUNTRY]: max.countries[FULL_METADATA_COUNTRY] },
  };
}

/**
 * JSON as the text of a `String.raw` template: backslashes stay single (the metadata's patterns are
 * full of them; a quoted string would double each one). Refuses what a raw template cannot hold.
 */
function rawTemplateText(json: string): string {
  if (/`|\$\{|\\$/.test(json)) throw new Error('the metadata cannot go in a raw template literal');
  return json;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A typed array's values as text: one base64 character a value when every value is below 64
 * (the trie's flags and label lengths), else the values as little-endian base-128 varints,
 * base64-encoded (most child indexes fit one byte).
 */
function encodeValues(values: number[]): { sextets: boolean; text: string } {
  if (values.every((value) => value < 64))
    return { sextets: true, text: values.map((v) => ALPHABET[v]).join('') };
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 128) {
      bytes.push((value & 127) | 128);
      value >>>= 7;
    }
    bytes.push(value);
  }
  return { sextets: false, text: Buffer.from(bytes).toString('base64') };
}

/** Decodes what `encodeValues` wrote; written out because Apps Script has neither atob nor Buffer. */
const DECODER = `
const B64 = new Uint8Array(128).fill(255);
${JSON.stringify(ALPHABET)}.split('').forEach((c, i) => { B64[c.charCodeAt(0)] = i; });
function sextetsOf(text, Kind) {
  const values = new Kind(text.length);
  for (let i = 0; i < text.length; i++) values[i] = B64[text.charCodeAt(i)];
  return values;
}
function varintsOf(text, Kind, count) {
  const values = new Kind(count);
  let index = 0, value = 0, shift = 0, bits = 0, acc = 0;
  for (let i = 0; i < text.length; i++) {
    const sextet = B64[text.charCodeAt(i) & 127];
    if (sextet === 255) continue;
    acc = ((acc << 6) | sextet) & 0xffffff; bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const byte = (acc >> bits) & 255;
    value |= (byte & 127) << shift;
    if (byte & 128) { shift += 7; continue; }
    values[index++] = value; value = 0; shift = 0;
  }
  return values;
}
`;

/** tldts's trie module with each `new Uint8Array([…])`/`new Uint16Array([…])` decoded from a string at load. */
export function compactTrieSource(source: string): string {
  const rewritten = source.replace(
    /new (Uint8|Uint16)Array\(\[([\d,\s]*)\]\)/g,
    (_match, kind: string, list: string) => {
      const values = list.split(',').map((n) => Number(n.trim()));
      const { sextets, text } = encodeValues(values);
      return sextets
        ? `sextetsOf(${JSON.stringify(text)}, ${kind}Array)`
        : `varintsOf(${JSON.stringify(text)}, ${kind}Array, ${values.length})`;
    },
  );
  return `${DECODER}\n${rewritten}`;
}

/**
 * Libraries only some executions need (phones, domains) start on first use: each import of the
 * package is served a stand-in that `require`s the real one inside the function called, which
 * esbuild turns into a lazily initialised module. `onEdit`, which needs neither, then skips
 * building their data at every keystroke's execution.
 */
const LAZY: Record<string, string[]> = {
  tldts: ['getDomain'],
  'libphonenumber-js/max': ['parsePhoneNumberFromString'],
};

export const lazyLibraries: Plugin = {
  name: 'lazy-libraries',
  setup(build) {
    const names = Object.keys(LAZY)
      .map((name) => name.replace(/[/.]/g, '\\$&'))
      .join('|');
    // An import of the package from our code gets the stand-in; the real module's own import of
    // the package (from the 'lazy-real' namespace) resolves as usual.
    build.onResolve({ filter: new RegExp(`^(${names})$`) }, ({ path, namespace, resolveDir }) =>
      namespace === 'lazy-real' ? undefined : { path, namespace: 'lazy-library', pluginData: { resolveDir } },
    );
    build.onResolve({ filter: /^lazy-real:/ }, ({ path, pluginData }) => ({
      path: path.slice('lazy-real:'.length),
      namespace: 'lazy-real',
      pluginData,
    }));
    const resolveDirOf = (data: unknown) => (data as { resolveDir: string }).resolveDir;
    build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, ({ path, pluginData }) => ({
      contents: [
        'let library;',
        ...LAZY[path].map(
          (name) =>
            `export function ${name}(...args) { library ??= require(${JSON.stringify(`lazy-real:${path}`)}); return library.${name}(...args); }`,
        ),
      ].join('\n'),
      resolveDir: resolveDirOf(pluginData),
      pluginData,
      loader: 'js',
    }));
    // Only the functions named: `require` keeps a module's every export, so it requires this one.
    build.onLoad({ filter: /.*/, namespace: 'lazy-real' }, ({ path, pluginData }) => ({
      contents: `export { ${LAZY[path].join(', ')} } from ${JSON.stringify(path)};`,
      resolveDir: resolveDirOf(pluginData),
      loader: 'js',
    }));
  },
};

export const compactData: Plugin = {
  name: 'compact-data',
  setup(build) {
    build.onLoad({ filter: /libphonenumber-js[\\/]metadata\.max\.json\.js$/ }, () => ({
      contents: `export default JSON.parse(String.raw\`${rawTemplateText(JSON.stringify(thaiPhoneMetadata()))}\`);`,
      loader: 'js',
    }));
    build.onLoad({ filter: /tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/ }, ({ path }) => ({
      contents: compactTrieSource(readFileSync(path, 'utf8')),
      loader: 'js',
    }));
  },
};
