import type { NamedPartner, NetworkMetrics } from '../metrics/compute';

/** A partner as people know it: by name; the id only when the row has no name. */
const shown = (partner: NamedPartner) => partner.name || partner.id;

/** "Most connected" as the Summary, the .xlsx and `netreg summary` write it: name (links), … */
export const mostConnectedText = (network: NetworkMetrics): string =>
  network.most_connected.map((entry) => `${shown(entry)} (${entry.links})`).join(', ');

/** "Isolated partners" as every writer shows them: names, comma-separated. */
export const isolatedText = (network: NetworkMetrics): string => network.isolated.map(shown).join(', ');
