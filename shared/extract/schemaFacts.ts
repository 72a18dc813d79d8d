import { schemaKind } from './schemaTypes';

/** An address as structured data gives it, raw. */
export interface AddressFacts {
  text?: string;
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  /** addressCountry: a code (`GB`) or a name (`United Kingdom`), as written. */
  country?: string;
}

/** An organisation described by structured data (JSON-LD, microdata or a microformat); values raw. */
export interface OrganisationFacts {
  source: string;
  types: string[];
  name?: string;
  website?: string;
  emails: string[];
  phones: string[];
  address?: AddressFacts;
  people: PersonFacts[];
}

/** A person or contact point described by structured data; values raw. */
export interface PersonFacts {
  source: string;
  name?: string;
  role?: string;
  emails: string[];
  phones: string[];
}

/** An event described by structured data; values raw. */
export interface EventFacts {
  source: string;
  types: string[];
  title?: string;
  start?: string;
  /** The location's name, else its address, as written. */
  place?: string;
  organiser?: OrganisationFacts;
}

/** Everything structured data said about organisations, people and events. */
export interface SchemaFacts {
  organisations: OrganisationFacts[];
  people: PersonFacts[];
  events: EventFacts[];
}

/** Structured data nested deeper than this is not read further (a hostile page may nest without end). */
export const MAX_SCHEMA_DEPTH = 24;
/** At most this many nodes are read from one page's structured data. */
export const MAX_SCHEMA_NODES = 5_000;

type SchemaNode = Record<string, unknown>;

/** The schema.org type names of a node, lower-case and without their vocabulary prefix. */
export function typeNames(node: SchemaNode): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, '').toLowerCase());
}

// Any subtype counts, through schema.org's type hierarchy (schemaTypes.ts): a Restaurant, a
// GovernmentOffice, a MusicVenue. A place names a partner as an organisation does (a venue, a park).
const isOrganisation = (types: string[]) => {
  const kind = schemaKind(types);
  return kind === 'organisation' || kind === 'place';
};
const isEvent = (types: string[]) => schemaKind(types) === 'event';
const isPerson = (types: string[]) => schemaKind(types) === 'person' || types.includes('contactpoint');

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function values(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Every plain text a property holds (strings, numbers, `{"@value": …}`), in order. */
export function texts(value: unknown): string[] {
  const out: string[] = [];
  for (const item of values(value)) {
    if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number') out.push(String(item));
    else if (isNode(item) && (typeof item['@value'] === 'string' || typeof item['@value'] === 'number'))
      out.push(String(item['@value']));
  }
  return out;
}

const firstText = (value: unknown): string | undefined => texts(value)[0];

/** Reads organisations, people and events out of structured-data nodes (JSON-LD values or converted microdata). */
export function readSchemaFacts(roots: unknown[], source: string): SchemaFacts {
  const facts: SchemaFacts = { organisations: [], people: [], events: [] };
  let budget = MAX_SCHEMA_NODES;

  const organisation = (node: SchemaNode, depth: number): OrganisationFacts => {
    const org: OrganisationFacts = {
      source,
      types: typeNames(node),
      name: firstText(node.name) ?? firstText(node.legalName) ?? firstText(node.alternateName),
      website: firstText(node.url) ?? (isNode(node.url) ? firstText(node.url['@id']) : undefined),
      emails: texts(node.email),
      phones: texts(node.telephone),
      address: address(node.address) ?? (isNode(node.location) ? address(node.location.address) : undefined),
      people: [],
    };
    for (const key of ['contactPoint', 'employee', 'employees', 'member', 'members', 'founder', 'contact']) {
      for (const child of values(node[key])) {
        if (!isNode(child) || depth >= MAX_SCHEMA_DEPTH || budget-- <= 0) continue;
        const childTypes = typeNames(child);
        if (isPerson(childTypes) || childTypes.length === 0) {
          const person = personOf(child);
          // A contact point without a name carries the organisation's own lines, not a person's.
          if (!person.name && !childTypes.includes('person')) {
            org.emails.push(...person.emails);
            org.phones.push(...person.phones);
          } else org.people.push(person);
        }
      }
    }
    return org;
  };

  const personOf = (node: SchemaNode): PersonFacts => ({
    source,
    name: firstText(node.name) ?? joinName(node),
    role: firstText(node.jobTitle) ?? firstText(node.contactType) ?? firstText(node.roleName),
    emails: texts(node.email),
    phones: texts(node.telephone),
  });

  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_SCHEMA_DEPTH || budget-- <= 0) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    const types = typeNames(value);
    if (isEvent(types)) {
      const organisers = values(value.organizer).filter(isNode);
      // An organiser that is a person is a contact; the partner is the organising body.
      const organiser = organisers.find((node) => !isPerson(typeNames(node)));
      for (const node of organisers)
        if (node === organiser) continue;
        else if (isPerson(typeNames(node))) facts.people.push(personOf(node));
        else facts.organisations.push(organisation(node, depth + 1));
      // The venue, a performing group (a MusicGroup, a TheaterGroup) are offered as partners too;
      // performers and speakers who are people as contacts the school may want to reach again.
      for (const node of values(value.location).filter(isNode))
        if (firstText(node.name) && isOrganisation(typeNames(node)))
          facts.organisations.push(organisation(node, depth + 1));
      for (const key of ['performer', 'performers', 'actor', 'contributor'])
        for (const node of values(value[key]).filter(isNode)) {
          const nodeTypes = typeNames(node);
          if (isPerson(nodeTypes)) facts.people.push(personOf(node));
          else if (isOrganisation(nodeTypes)) facts.organisations.push(organisation(node, depth + 1));
        }
      facts.events.push({
        source,
        types,
        title: firstText(value.name),
        start: firstText(value.startDate),
        place: placeOf(value.location),
        organiser: organiser ? organisation(organiser, depth + 1) : undefined,
      });
      return;
    }
    if (isOrganisation(types)) {
      facts.organisations.push(organisation(value, depth));
      return;
    }
    if (isPerson(types)) {
      const person = personOf(value);
      facts.people.push(person);
      const employer = values(value.worksFor ?? value.affiliation).find(isNode);
      if (employer) {
        const org = organisation(employer, depth + 1);
        org.people.push(person);
        facts.organisations.push(org);
      }
      return;
    }
    // Containers (@graph, WebPage.mainEntity, WebSite.publisher, …): look inside.
    for (const [key, child] of Object.entries(value)) {
      if (key !== '@context' && typeof child === 'object' && child !== null) visit(child, depth + 1);
    }
  };

  for (const root of roots) visit(root, 0);
  return facts;
}

/** An event's location: its text, a Place's name, or its address written out. */
function placeOf(value: unknown): string | undefined {
  const text = firstText(value);
  if (text) return text;
  const node = values(value).find(isNode);
  if (!node) return undefined;
  const name = firstText(node.name);
  if (name) return name;
  const where = address(node.address);
  if (!where) return undefined;
  const parts = where.text ? [where.text] : [where.street, where.locality, where.region, where.postalCode];
  const written = parts.filter(Boolean).join(' ');
  return written === '' ? undefined : written;
}

function joinName(node: SchemaNode): string | undefined {
  const parts = [
    firstText(node.honorificPrefix),
    firstText(node.givenName),
    firstText(node.familyName),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function address(value: unknown): AddressFacts | undefined {
  const text = firstText(value);
  if (text) return { text };
  const node = values(value).find(isNode);
  if (!node) return undefined;
  return {
    street: firstText(node.streetAddress),
    locality: firstText(node.addressLocality),
    region: firstText(node.addressRegion),
    postalCode: firstText(node.postalCode),
    country:
      firstText(node.addressCountry) ??
      (isNode(node.addressCountry) ? firstText(node.addressCountry.name) : undefined),
  };
}
