/** Classes that make an element a microformat root: h-card, h-event and their classic forms. */
const MICROFORMAT_ROOT_CLASSES = ['h-card', 'h-event', 'vcard', 'vevent'] as const;

/** Whether a class attribute names a microformat root (the page walk's test). */
export const MICROFORMAT_ROOT_CLASS = new RegExp(
  `(?:^|\\s)(?:${MICROFORMAT_ROOT_CLASSES.join('|')})(?:\\s|$)`,
);

/** The same roots as a CSS selector (the capture page's early question to the tab). */
export const MICROFORMAT_ROOT_SELECTOR = MICROFORMAT_ROOT_CLASSES.map((name) => `.${name}`).join(', ');
