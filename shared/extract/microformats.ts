import { mf2 } from 'microformats-parser';

/**
 * h-card and h-event items (and their classic vcard/vevent forms) in the given markup (the
 * page's visible microformat roots, see microformatMarkup) as JSON-LD-shaped nodes. A card
 * whose name is its organisation is an Organization. Runs in the capture page or the CLI,
 * never in the page: the parser is most of the extraction code.
 */
export function readMicroformats(html: string, url: string): unknown[] {
  if (html === '') return [];
  let items: MicroformatRoot[];
  try {
    items = mf2(`<!doctype html><html><body>${html}</body></html>`, { baseUrl: baseUrlOf(url) }).items;
  } catch {
    return [];
  }
  // A card named as another card's organisation (a person's p-org) is that organisation's own card.
  const organisations = new Set(
    items.flatMap((item) => allItems(item)).flatMap((item) => strings(item.properties.org)),
  );
  return items.flatMap((item) => nodesOf(item, organisations));
}

function baseUrlOf(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'https://invalid.invalid/';
  }
}

type MicroformatNode = Record<string, unknown>;
// The package exports only `mf2` and its options; its item types are reached through its result.
type MicroformatRoot = ReturnType<typeof mf2>['items'][number];
type MicroformatProperty = MicroformatRoot['properties'][string][number];

function allItems(item: MicroformatRoot): MicroformatRoot[] {
  return [item, ...(item.children ?? []).flatMap((child) => allItems(child))];
}

function nodesOf(item: MicroformatRoot, organisations: ReadonlySet<string>): MicroformatNode[] {
  const types = item.type ?? [];
  const nodes: MicroformatNode[] = [];
  if (types.includes('h-event')) nodes.push(eventOf(item));
  else if (types.includes('h-card')) nodes.push(cardOf(item, organisations));
  for (const child of item.children ?? []) nodes.push(...nodesOf(child, organisations));
  return nodes;
}

const strings = (property: MicroformatProperty[] | undefined): string[] =>
  (property ?? [])
    .map((value) =>
      typeof value === 'string' ? value : 'value' in value ? (value as { value?: unknown }).value : undefined,
    )
    .filter((value): value is string => typeof value === 'string');

function cardOf(item: MicroformatRoot, organisations: ReadonlySet<string>): MicroformatNode {
  const p = item.properties;
  const name = strings(p.name)[0];
  const org = strings(p.org)[0];
  const isOrganisation = !name || (org !== undefined && org === name) || organisations.has(name);
  const adr = (p.adr ?? []).find(
    (value): value is MicroformatRoot => typeof value === 'object' && 'properties' in value,
  );
  const address = adr
    ? {
        streetAddress: strings(adr.properties['street-address'])[0],
        addressLocality: strings(adr.properties.locality)[0],
        addressRegion: strings(adr.properties.region)[0],
        postalCode: strings(adr.properties['postal-code'])[0],
      }
    : {
        streetAddress: strings(p['street-address'])[0] ?? strings(p.adr)[0],
        addressLocality: strings(p.locality)[0],
        addressRegion: strings(p.region)[0],
        postalCode: strings(p['postal-code'])[0],
      };
  const common = {
    email: strings(p.email).map((email) => email.replace(/^mailto:/i, '')),
    telephone: strings(p.tel).map((tel) => tel.replace(/^tel:/i, '')),
    url: strings(p.url)[0],
  };
  if (isOrganisation) return { '@type': 'Organization', name: name ?? org, address, ...common };
  return {
    '@type': 'Person',
    name,
    jobTitle: strings(p['job-title'])[0] ?? strings(p.role)[0],
    ...common,
    worksFor: org ? { '@type': 'Organization', name: org, address } : undefined,
  };
}

function eventOf(item: MicroformatRoot): MicroformatNode {
  const p = item.properties;
  return {
    '@type': 'Event',
    name: strings(p.name)[0],
    startDate: strings(p.start)[0],
    url: strings(p.url)[0],
  };
}
