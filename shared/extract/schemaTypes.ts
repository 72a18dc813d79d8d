import { SCHEMA_TYPE_PARENTS } from './schemaTypeTable';

/** What a schema.org node describes, as capture reads it. */
export type SchemaKind = 'event' | 'organisation' | 'person' | 'place';

let parentsByType: Map<string, string[]> | undefined;

/** The table read once: lower-case type → its lower-case direct supertypes. */
function parents(): Map<string, string[]> {
  if (!parentsByType) {
    parentsByType = new Map();
    for (const line of SCHEMA_TYPE_PARENTS.split('\n')) {
      const [type, ...supertypes] = line.toLowerCase().split(' ');
      if (type) parentsByType.set(type, supertypes);
    }
  }
  return parentsByType;
}

/**
 * The given type names (lower-case, without a vocabulary prefix) with every supertype schema.org
 * gives them: `restaurant` → restaurant, foodestablishment, localbusiness, organization, place.
 */
export function withSupertypes(types: readonly string[]): Set<string> {
  const table = parents();
  const all = new Set<string>();
  const climb = (type: string) => {
    if (all.has(type)) return;
    all.add(type);
    for (const parent of table.get(type) ?? []) climb(parent);
  };
  for (const type of types) climb(type);
  return all;
}

/**
 * What a node of these types is: an event, an organisation (LocalBusiness included, though it is
 * a Place too), a person, or a place; undefined for anything else (a WebPage, a Product).
 * A name schema.org does not have (an extension's `OnlineSchool`) is read by its ending.
 */
export function schemaKind(types: readonly string[]): SchemaKind | undefined {
  const all = withSupertypes(types);
  const known = types.some((type) => parents().has(type));
  if (all.has('event') || (!known && types.some((type) => type.endsWith('event')))) return 'event';
  if (
    all.has('organization') ||
    (!known && types.some((type) => /(?:organi[sz]ation|school|business)$/.test(type)))
  )
    return 'organisation';
  if (all.has('person')) return 'person';
  if (all.has('place')) return 'place';
  return undefined;
}
