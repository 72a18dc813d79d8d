/**
 * `npm run schema-types`: rewrites shared/extract/schemaTypeTable.ts from schema.org's vocabulary
 * (schemaVocabulary.ts); tests/sheets-addon/build/schemaVocabulary.test.ts fails when the
 * table and the vocabulary disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemaVocabulary, schemaTypeTableSource } from './schemaVocabulary';

const TABLE = join(import.meta.dirname, '../../shared/extract/schemaTypeTable.ts');
writeFileSync(TABLE, schemaTypeTableSource(readSchemaVocabulary()));
