import { resolve } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { computeMetrics, type NetworkMetrics } from '../../../shared/metrics/compute';
import { type MetricDefinition, NETWORK_METRICS, networkMetric } from '../../../shared/metrics/definitions';
import { displayFigure } from '../../../shared/metrics/figureFormats';
import { listLabel, RELATIONSHIP_STATES } from '../../../shared/metrics/listsArea';
import { enumLabel } from '../../../shared/schema/enumLookup';
import { ENUMS } from '../../../shared/schema/enums';
import { isolatedText, mostConnectedText } from '../../../shared/summary/partnerLists';
import { SUMMARY_TEXT } from '../../../shared/summary/summaryText';
import { loadRegister, RegisterFolderError } from '../../local/registerFolder';
import type { Command, CommandIo } from '../command';
import { asOfOption } from './asOfOption';
import { folderOptions, printFolderError } from './folderOptions';
import { unexpectedArgument } from './sharedUsageErrors';

/** Thai vowel and tone marks sit above or below a letter and take no column of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const columns = (text: string) => text.replace(ZERO_WIDTH, '').length;
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - columns(text))) + text;

function formatted(metric: MetricDefinition, network: NetworkMetrics, language: Language): string {
  const value = (network as unknown as Record<string, unknown>)[metric.key];
  if (metric.key === 'most_connected') return mostConnectedText(network) || '–';
  if (metric.key === 'isolated') return isolatedText(network) || '–';
  if (Array.isArray(value)) return value.join(', ') || '–';
  const kind = metric.format === 'table' ? 'count' : metric.format;
  return displayFigure(value, kind, language) || '–';
}

/** The network figures as aligned lines: label, value, explanation; then the tables. */
function readable(network: NetworkMetrics, asOf: string, language: Language): string[] {
  const t = SUMMARY_TEXT;
  const lines = [`${t.title[language]} ${displayFigure(asOf, 'date', language)}`, ''];
  const rows = NETWORK_METRICS.map((metric) => [
    metric.label[language],
    formatted(metric, network, language),
    metric.explanation[language],
  ]);
  const width = Math.max(...rows.map((row) => columns(row[0])));
  const valueWidth = Math.max(...rows.map((row) => columns(row[1])));
  for (const [label, value, explanation] of rows)
    lines.push(`${padEnd(label, width)}  ${padStart(value, valueWidth)}  ${explanation}`);
  const table = (key: string, entries: [string, string][]) => {
    lines.push('', networkMetric(key).label[language]);
    const w = Math.max(...entries.map(([label]) => columns(label)));
    for (const [label, value] of entries) lines.push(`  ${padEnd(label, w)}  ${value}`);
  };
  table(
    'strategy_activities',
    ENUMS.strategy.map((s) => {
      const count = network.strategy_activities[s.key];
      return [s[language], count === 0 ? `0  ${t.gapFlag[language]}` : String(count)];
    }),
  );
  table(
    'role_activities',
    ENUMS.admin_role.map((r) => {
      const count = network.role_activities[r.key];
      return [r[language], count === 0 ? `0  ${t.roleGapFlag[language]}` : String(count)];
    }),
  );
  table(
    'participation_ladder',
    network.participation_ladder.map((count, depth) => [`${depth}/5`, String(count)]),
  );
  table(
    'relationship_states',
    RELATIONSHIP_STATES.map((s) => [
      listLabel('relationship_state', s.key, language),
      String(network.relationship_states[s.key]),
    ]),
  );
  table(
    'by_status',
    Object.entries(network.by_status).map(([key, count]) => [
      key === '' ? t.blank[language] : enumLabel('partner_status', key, language),
      String(count),
    ]),
  );
  table(
    'indicators_by_level',
    ENUMS.indicator_level.map((level) => {
      const l = network.indicators_by_level[level.key];
      const share = l.achievement === null ? '–' : displayFigure(l.achievement, 'share', language);
      return [level[language], `${l.met}/${l.measured} (${l.indicators}) ${share}`];
    }),
  );
  return lines;
}

async function run(args: string[], io: CommandIo): Promise<number> {
  const { options, rest } = folderOptions(args, ['--as-of'], ['--json']);
  if (rest.length > 0) throw unexpectedArgument(rest[0]);
  const asOfValue = options.values['--as-of'];
  const asOf = asOfValue === undefined ? undefined : asOfOption(asOfValue);
  try {
    const { register } = await loadRegister(resolve(io.cwd, options.dir));
    const language = options.language ?? register.language;
    const metrics = computeMetrics(register, {
      ...register.settings,
      as_of: asOf ?? register.settings.as_of,
    });
    if (options.flags.has('--json'))
      io.out(JSON.stringify({ as_of: metrics.as_of, ...metrics.network }, null, 2));
    else io.out(readable(metrics.network, metrics.as_of, language).join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof RegisterFolderError) return printFolderError(io, 'summary', error, options.language);
    throw error;
  }
}

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'Print the network figures of a register (th/en table or JSON) / แสดงตัวเลขสรุปของเครือข่าย',
  usage: 'netreg summary [--dir D] [--json] [--as-of YYYY-MM-DD] [--lang th|en]',
  run,
};
