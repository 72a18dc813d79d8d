import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readSchemaVocabulary,
  schemaTypeTableSource,
  typesUnderRoots,
} from '../../../sheets-addon/build/schemaVocabulary';

const TABLE = join(import.meta.dirname, '../../../shared/extract/schemaTypeTable.ts');

describe('the schema.org type table capture reads', () => {
  const vocabulary = readSchemaVocabulary();

  it('is what schema.org’s vocabulary gives (npm run schema-types rewrites it)', () => {
    expect(readFileSync(TABLE, 'utf8')).toBe(schemaTypeTableSource(vocabulary));
  });

  it('holds hundreds of types, the ones partners name themselves by among them', () => {
    const types = new Map(typesUnderRoots(vocabulary));
    expect(types.size).toBeGreaterThan(250);
    expect(types.get('Restaurant')).toEqual(['FoodEstablishment']);
    expect(types.get('GovernmentOffice')).toEqual(['LocalBusiness']);
    expect(types.get('LocalBusiness')).toEqual(['Organization', 'Place']);
    expect(types.get('MusicVenue')).toEqual(['CivicStructure']);
    expect(types.get('Organization')).toEqual([]);
  });

  it('leaves out types under none of Organization, Person, Event and Place', () => {
    const types = new Map(typesUnderRoots(vocabulary));
    for (const outside of ['WebPage', 'Product', 'ContactPoint', 'PostalAddress', 'Thing'])
      expect(types.has(outside), outside).toBe(false);
  });
});
