import { describe, expect, it } from 'vitest';
import { schemaKind, withSupertypes } from '../../../shared/extract/schemaTypes';

describe("schema.org's type hierarchy", () => {
  it('gives a type every supertype up to its roots', () => {
    expect([...withSupertypes(['restaurant'])]).toEqual(
      expect.arrayContaining(['restaurant', 'foodestablishment', 'localbusiness', 'organization', 'place']),
    );
    expect(withSupertypes(['postoffice']).has('governmentoffice')).toBe(true);
    expect(withSupertypes(['hinduTemple'.toLowerCase()]).has('placeofworship')).toBe(true);
  });

  it.each([
    ['restaurant', 'organisation'],
    ['governmentoffice', 'organisation'],
    ['educationalorganization', 'organisation'],
    ['elementaryschool', 'organisation'],
    ['dentist', 'organisation'],
    ['musicgroup', 'organisation'],
    ['sportsteam', 'organisation'],
    ['musicvenue', 'place'],
    ['park', 'place'],
    ['person', 'person'],
    ['patient', 'person'],
    ['festival', 'event'],
    ['educationevent', 'event'],
    ['musicevent', 'event'],
  ])('reads %s as %s', (type, kind) => {
    expect(schemaKind([type])).toBe(kind);
  });

  it('reads a LocalBusiness, which is a Place too, as an organisation', () => {
    expect(schemaKind(['localbusiness'])).toBe('organisation');
  });

  it('reads pages, products and contact points as none of them', () => {
    expect(schemaKind(['webpage'])).toBeUndefined();
    expect(schemaKind(['product'])).toBeUndefined();
    expect(schemaKind(['contactpoint'])).toBeUndefined();
    expect(schemaKind([])).toBeUndefined();
  });

  it('reads a type schema.org does not have by its ending', () => {
    expect(schemaKind(['onlineschool'])).toBe('organisation');
    expect(schemaKind(['hackathonevent'])).toBe('event');
    expect(schemaKind(['widget'])).toBeUndefined();
  });
});
