/**
 * The regions of the run on a map of the Netherlands, each region's municipalities coloured by one
 * key indicator: the conditions index where the codebook has one, else the reach per 10,000
 * residents. Every region is named with its figure; a hidden figure is grey and says so.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Indicators } from '../../analyse/types.js';
import type { ReportContext } from '../context.js';
import { matchMunicipalities, readBoundaries, type UnmatchedName } from '../geo/index.js';
import { extremesBy, inSentence, joinNames } from '../headlines.js';
import { legendTicks, type MapArea, type MapText, sayMap, toMapSpec } from './map-parts.js';
import {
  type KeyCell,
  type KeyId,
  type KeyRow,
  keyIndex,
  keyIndicators,
  type OverviewChart,
} from './map-regions.js';
import { maxOf, minOf } from './parts.js';
import { numberColumn, sayTable, textColumn } from './table.js';
import type { ChartTable } from './types.js';

/** Which key indicator colours the map: the index when any region shows it, else the reach. */
function measureOf(rows: KeyRow[]): KeyId | null {
  const regions = rows.filter((r) => !r.national);
  const shows = (id: KeyId) => regions.some((r) => r.cells.get(id)?.state === 'shown');
  if (shows('index')) return 'index';
  return shows('reach') ? 'reach' : null;
}

interface Drawn {
  measure: KeyId;
  rows: KeyRow[];
}

function drawn(indicators: Indicators, ctx: ReportContext): Drawn | null {
  const rows = keyIndicators(indicators, ctx).rows.filter((r) => !r.national);
  const measure = measureOf(rows);
  if (!measure || rows.length === 0) return null;
  return { measure, rows };
}

const cellOf = (row: KeyRow, id: KeyId): KeyCell =>
  row.cells.get(id) ?? { state: 'none', value: null, text: '', detail: '' };

function indexName(indicators: Indicators, ctx: ReportContext): string {
  const index = keyIndex(indicators, ctx);
  return index ? ctx.labels.t(index.label) : '';
}

function message(d: Drawn, indicators: Indicators, ctx: ReportContext): string {
  const { lang } = ctx;
  const lowest = extremesBy(d.rows, (r) => cellOf(r, d.measure).value, 'low', d.measure === 'index' ? 0 : 1);
  const first = lowest[0] ? cellOf(lowest[0], d.measure) : undefined;
  if (!first) return sayMap('countryTitle', lang);
  const names = joinNames(
    lowest.map((r) => r.region.name),
    lang,
  );
  return d.measure === 'index'
    ? sayMap('countryMessageIndex', lang, { index: indexName(indicators, ctx), names, score: first.text })
    : sayMap('countryMessageReach', lang, { names, per10k: first.text });
}

/** The spec of the country map, or null when no region shows the index or a reach. */
export function countryMapSpec(indicators: Indicators, ctx: ReportContext): TopLevelSpec | null {
  const d = drawn(indicators, ctx);
  if (!d) return null;
  const { lang } = ctx;
  const topology = readBoundaries();
  const areas: MapArea[] = [];
  const labels: MapText[] = [];
  const unmatched: UnmatchedName[] = [];
  const taken = new Set<string>();
  for (const row of d.rows) {
    const cell = cellOf(row, d.measure);
    const match = matchMunicipalities(
      row.region.response.byMunicipality.map((c) => c.key),
      topology,
    );
    for (const name of match.unmatched) unmatched.push(name);
    const codes = match.matched.map((m) => m.statcode).filter((code) => !taken.has(code));
    for (const code of codes) {
      taken.add(code);
      areas.push({
        statcode: code,
        kind: cell.state === 'shown' ? 'value' : cell.state === 'suppressed' ? 'suppressed' : 'unknown',
        value: cell.state === 'shown' ? cell.value : null,
      });
    }
    if (codes.length > 0)
      labels.push({
        lines: [row.region.name, cell.state === 'shown' ? cell.text : sayMap('notShown', lang)],
        statcodes: codes,
      });
  }
  if (areas.length === 0) return null;
  const values = d.rows.flatMap((r) => {
    const v = cellOf(r, d.measure).value;
    return v === null ? [] : [v];
  });
  const index = indexName(indicators, ctx);
  const subtitle = [
    d.measure === 'index'
      ? sayMap('countrySubtitleIndex', lang, { index: inSentence(index) })
      : sayMap('countrySubtitleReach', lang),
    ...(unmatched.length > 0
      ? [
          sayMap('unmatched', lang, {
            names: joinNames(
              unmatched.map((u) => u.name),
              lang,
            ),
          }),
        ]
      : []),
  ];
  return toMapSpec({
    message: message(d, indicators, ctx),
    subtitle,
    description: countryMap.alt(indicators, ctx),
    lang,
    topology,
    areas,
    labels,
    extent: 'all',
    legendTitle:
      d.measure === 'index' ? sayMap('indexLegend', lang, { index }) : sayMap('per10kLegend', lang),
    scale: legendTicks(d.measure === 'index' ? minOf(values) : 0, maxOf(values)),
  });
}

/** The text alternative of the country map: every region with its figure (interval and n for the index). */
export function countryMapAlt(indicators: Indicators, ctx: ReportContext): string {
  const d = drawn(indicators, ctx);
  if (!d) return '';
  const { lang } = ctx;
  const rows = d.rows.map((row) => {
    const cell = cellOf(row, d.measure);
    const name = row.region.name;
    if (cell.state !== 'shown') return sayMap('countryAltNotShown', lang, { name });
    if (d.measure === 'reach') return sayMap('countryAltReach', lang, { name, per10k: cell.text });
    return sayMap('countryAltIndex', lang, { name, score: cell.text, detail: cell.detail });
  });
  const what = inSentence(d.measure === 'index' ? indexName(indicators, ctx) : sayMap('per10kLegend', lang));
  return sayMap('countryAlt', lang, { what, rows: rows.join('; ') });
}

/** The data table of the country map: every region with the figure it is coloured by. */
export function countryMapTable(indicators: Indicators, ctx: ReportContext): ChartTable {
  const { lang } = ctx;
  const d = drawn(indicators, ctx);
  const what = d?.measure === 'index' ? indexName(indicators, ctx) : sayMap('per10kLegend', lang);
  const title = sayMap('countryTitle', lang);
  return {
    caption: d?.measure === 'index' ? sayTable('detailCaption', lang, { title }) : title,
    columns: [
      textColumn(sayTable('region', lang)),
      numberColumn(d?.measure === 'index' ? sayMap('indexLegend', lang, { index: what }) : what),
    ],
    rows: (d?.rows ?? []).map((row) => {
      const cell = cellOf(row, d?.measure ?? 'reach');
      if (cell.state !== 'shown') return [row.region.name, sayMap('notShown', lang)];
      return [row.region.name, cell.detail ? `${cell.text} (${cell.detail})` : cell.text];
    }),
  };
}

/** The country map as an overview chart, id `map-country`. */
export const countryMap: OverviewChart = {
  id: 'map-country',
  title: (ctx) => sayMap('countryTitle', ctx.lang),
  spec: countryMapSpec,
  alt: countryMapAlt,
  table: countryMapTable,
};
