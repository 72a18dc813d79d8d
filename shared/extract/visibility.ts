// Elements whose text a reader never sees: code, templates, fallback content.
export const NEVER_SHOWN: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'iframe',
  'object',
  'select',
  'textarea',
]);
// Inline styles that hide an element; stylesheets are not consulted (that would need the browser's layout).
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether the element itself hides its content: a tag that is never shown, the `hidden`
 * attribute, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
 * Ancestors are the caller's business (the page walk skips whole hidden subtrees).
 */
export function hidesContent(element: Element): boolean {
  if (NEVER_SHOWN.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Whether the element or one of its ancestors hides it. */
export function isHidden(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (hidesContent(current)) return true;
  }
  return false;
}

/** The element's visible text (hidden descendants skipped), whitespace collapsed; walks without recursion. */
export function visibleText(element: Element): string {
  if (hidesContent(element)) return '';
  const pieces: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      pieces.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1 || (node !== element && hidesContent(node as Element))) continue;
    if ((node as Element).localName === 'br') pieces.push(' ');
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}
