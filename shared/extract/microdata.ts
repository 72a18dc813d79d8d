import { hidesContent, visibleText } from './visibility';

/**
 * Items nested deeper than this are not read: readSchemaFacts reads no deeper (its
 * MAX_SCHEMA_DEPTH), and the content script imports nothing of it.
 */
const MAX_ITEM_DEPTH = 24;

type MicrodataItem = Record<string, unknown[]> & { '@type'?: unknown[] };

const URL_VALUE: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  iframe: 'src',
  embed: 'src',
  track: 'src',
  object: 'data',
};

/**
 * Microdata items (itemscope/itemtype/itemprop) as JSON-LD-shaped nodes: `@type` from the
 * itemtype, each property a list of values, nested items as nested nodes. Hidden properties
 * are skipped.
 */
export function readMicrodata(roots: Element[]): unknown[] {
  return roots.map((root) => itemOf(root, 0));
}

function itemOf(root: Element, depth: number): MicrodataItem {
  const item: MicrodataItem = {};
  const type = root.getAttribute('itemtype');
  if (type) item['@type'] = type.trim().split(/\s+/);
  const stack: Element[] = [];
  const pushChildren = (element: Element) => {
    const children = Array.from(element.children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (hidesContent(element)) continue;
    const names = element.getAttribute('itemprop')?.trim().split(/\s+/).filter(Boolean) ?? [];
    const isItem = element.hasAttribute('itemscope');
    if (names.length > 0) {
      const value = isItem
        ? depth < MAX_ITEM_DEPTH
          ? itemOf(element, depth + 1)
          : undefined
        : propertyValue(element);
      if (value !== undefined) {
        for (const name of names) {
          item[name] ??= [];
          item[name].push(value);
        }
      }
    }
    // A nested item owns the properties inside it.
    if (!isItem) pushChildren(element);
  }
  return item;
}

function propertyValue(element: Element): string {
  const tag = element.localName;
  if (tag === 'meta') return element.getAttribute('content') ?? '';
  const urlAttribute = URL_VALUE[tag];
  if (urlAttribute) return element.getAttribute(urlAttribute) ?? '';
  if (tag === 'time') return element.getAttribute('datetime') ?? visibleText(element);
  if (tag === 'data' || tag === 'meter') return element.getAttribute('value') ?? '';
  return visibleText(element);
}
