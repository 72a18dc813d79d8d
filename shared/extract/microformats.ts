import { mf2 } from 'microformats-parser';
import { isHidden } from './visibility';

/** Microformat markup past this length is not parsed (the parser reads the HTML again): later roots are left out. */
export const MAX_MICROFORMAT_HTML = 1_000_000;

/**
 * h-card and h-event items (and their classic vcard/vevent forms) as JSON-LD-shaped nodes.
 * The parser takes an HTML string, so only the visible microformat roots are serialised and
 * parsed, not the whole page. A card whose name is its organisation is an Organization.
 */
export function readMicroformats(roots: Element[], url: string): unknown[] {
  const html = outermostHtml(roots);
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

/**
 * The outer HTML of the visible roots that no other root contains, up to MAX_MICROFORMAT_HTML.
 * Roots come in document order, so a root inside another follows it before any root outside
 * it: comparing with the last outermost root is enough (linear, where comparing every pair
 * took minutes on a page of 100,000 cards).
 */
function outermostHtml(roots: Element[]): string {
  const pieces: string[] = [];
  let length = 0;
  let outer: Element | undefined;
  for (const root of roots) {
    if (outer?.contains(root) || isHidden(root)) continue;
    outer = root;
    const html = root.outerHTML;
    if (length + html.length > MAX_MICROFORMAT_HTML) break;
    pieces.push(html);
    length += html.length + 1;
  }
  return pieces.join('\n');
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
