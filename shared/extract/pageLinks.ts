import type { CountryCode } from 'libphonenumber-js/max';
import { normaliseEmail } from '../normalise/email';
import { normaliseLineId } from '../normalise/lineId';
import { phoneWithoutExtension } from '../normalise/phone';
import { phoneOnPage } from './pageRegion';
import type { PageLink } from './pageScan';
import type { TextMatch } from './textFacts';

/** What the page's `mailto:`, `tel:` and LINE add-friend links point to, with the links' text ranges. */
export interface LinkFacts {
  emails: TextMatch[];
  phones: TextMatch[];
  lineIds: TextMatch[];
}

/** "Share on LINE" buttons (line.me/R/msg/text/?…, social-plugins.line.me/lineit/share): site chrome, not the partner's LINE. */
const SHARE_LINK = /line\.me\/R\/(?:msg|share)|lineit\/share|\/share\?/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads `mailto:` (several addresses too), `tel:` and line.me links; anything that does not
 * normalise is dropped. A `tel:` number without a country code is read in `region` (pageRegion.ts).
 */
export function readLinks(links: PageLink[], region?: CountryCode): LinkFacts {
  const facts: LinkFacts = { emails: [], phones: [], lineIds: [] };
  for (const link of links) {
    const href = link.href.trim();
    if (/^mailto:/i.test(href)) {
      const addresses = decoded(href.slice(7).split('?')[0]).split(/[,;]/);
      for (const address of addresses) {
        const email = normaliseEmail(address);
        if (email.ok)
          facts.emails.push({ value: email.value, start: link.start, end: link.end, source: 'mailto' });
      }
    } else if (/^tel:/i.test(href)) {
      const phone = phoneOnPage(decoded(href.slice(4)), region);
      if (phone.ok) {
        const extension = /;ext=(\d+)$/.exec(phone.value)?.[1];
        facts.phones.push({
          value: phoneWithoutExtension(phone.value),
          start: link.start,
          end: link.end,
          extension,
        });
      }
    } else if (/^(?:https?:)?\/\/line\.me\//i.test(href) && !SHARE_LINK.test(href)) {
      const id = normaliseLineId(decoded(href));
      if (id.ok) facts.lineIds.push({ value: id.value, start: link.start, end: link.end, source: 'link' });
    }
  }
  return facts;
}
