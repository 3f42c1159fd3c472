/**
 * Reach per municipality on a map of the region: respondents per 10,000 residents as colour,
 * every municipality named with its reach. A suppressed municipality is grey and says "niet
 * getoond" (never its number); one without population is a lighter grey; one without a CBS
 * boundary is named under the title and in the text alternative.
 */
import type { CountCell, RegionResult } from '../../analyse/types.js';
import { matchMunicipalities, readBoundaries, type Topology, type UnmatchedName } from '../geo/index.js';
import { extremesBy, joinNames } from '../headlines.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { type AreaKind, legendTicks, type MapArea, sayMap, toMapSpec } from './map-parts.js';
import { maxOf } from './parts.js';
import { numberColumn, sayTable, textColumn } from './table.js';
import type { ChartContext, ChartDef } from './types.js';

const GM_CODE = /^\s*GM\s*\d{4}\s*$/i;

/** A municipality cell of the region with its boundary, when one was found. */
interface Place {
  cell: CountCell;
  /** Its name in the report: as the regions file writes it, the CBS name when that is a code. */
  name: string;
  statcode: string | null;
}

/** The region's municipalities matched to the boundaries, in the order of the response table. */
export function placesOf(
  region: RegionResult,
  lang: Lang,
  topology: Topology,
): { places: Place[]; unmatched: UnmatchedName[] } {
  const cells = region.response.byMunicipality;
  const { matched, unmatched } = matchMunicipalities(
    cells.map((c) => c.key),
    topology,
  );
  const byName = new Map(matched.map((m) => [m.name, m]));
  const places = cells.map((cell) => {
    const m = byName.get(cell.key);
    const name = m && GM_CODE.test(cell.key) ? m.statnaam : tr(cell.label, lang);
    return { cell, name, statcode: m?.statcode ?? null };
  });
  return { places, unmatched };
}

function kindOf(cell: CountCell): AreaKind {
  if (cell.count === null || cell.suppressed) return 'suppressed';
  return cell.per10k === null ? 'unknown' : 'value';
}

/** "Bergen (meerdere gemeenten: Bergen (NH.) of Bergen (L.))", or the name as written. */
function unmatchedName(u: UnmatchedName, lang: Lang): string {
  if (u.reason !== 'ambiguous') return u.name;
  const or = sayMap('or', lang);
  const candidates = `${u.candidates.slice(0, -1).join(', ')} ${or} ${u.candidates.at(-1)}`;
  return sayMap('ambiguous', lang, { name: u.name, candidates });
}

function unmatchedLine(unmatched: UnmatchedName[], lang: Lang): string[] {
  if (unmatched.length === 0) return [];
  const names = joinNames(
    unmatched.map((u) => unmatchedName(u, lang)),
    lang,
  );
  return [sayMap('unmatched', lang, { names })];
}

const per10k = (value: number, lang: Lang) => formatNumber(value, lang, 1);

function message(places: Place[], lang: Lang): string {
  const least = extremesBy(places, (p) => (kindOf(p.cell) === 'value' ? p.cell.per10k : null), 'low', 1);
  const first = least[0]?.cell.per10k;
  if (first === undefined || first === null) return sayMap('reachMessageNone', lang);
  return sayMap(least.length > 1 ? 'reachMessageTie' : 'reachMessage', lang, {
    names: joinNames(
      least.map((p) => p.name),
      lang,
    ),
    per10k: per10k(first, lang),
  });
}

/** The message of a map of counts: where most respondents come from. */
function countsMessage(places: Place[], lang: Lang): string {
  const most = extremesBy(places, (p) => (kindOf(p.cell) === 'suppressed' ? null : p.cell.count), 'high', 1);
  const first = most[0]?.cell.count;
  if (first === undefined || first === null) return sayMap('reachMessageNone', lang);
  return sayMap('countsMessage', lang, {
    names: joinNames(
      most.map((p) => p.name),
      lang,
    ),
    count: formatNumber(first, lang, 0),
  });
}

/** The line of a municipality on the map under its name. */
function valueLine(cell: CountCell, lang: Lang): string {
  const kind = kindOf(cell);
  if (kind === 'suppressed') return sayMap('notShown', lang);
  if (kind === 'unknown') return sayMap('noPopulation', lang);
  return per10k(cell.per10k ?? 0, lang);
}

/** The map of reach per municipality (the region question `item`), id `map-reach`. */
export function reachMapChart(item: string): ChartDef {
  const chart: ChartDef = {
    id: 'map-reach',
    // Respondents per 10,000 residents: counts, the same with weights or without.
    measure: 'counts',
    items: [item],
    title: (ctx) => sayMap('reachTitle', ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const topology = readBoundaries();
      const { places, unmatched } = placesOf(region, lang, topology);
      const onMap = places.filter((p): p is Place & { statcode: string } => p.statcode !== null);
      if (onMap.length === 0) return null;
      // Without any population figure there is no reach to map: the map shows where the
      // respondents come from instead, rather than a legend of nothing over grey areas.
      const counts = !places.some((p) => kindOf(p.cell) === 'value');
      const areas: MapArea[] = onMap.map((p) => {
        const kind = kindOf(p.cell);
        if (counts)
          return kind === 'suppressed'
            ? { statcode: p.statcode, kind, value: null }
            : { statcode: p.statcode, kind: 'value', value: p.cell.count ?? 0 };
        return { statcode: p.statcode, kind, value: kind === 'value' ? p.cell.per10k : null };
      });
      const values = areas.flatMap((a) => (a.value === null ? [] : [a.value]));
      const high = maxOf(values, counts ? 1 : 0.1);
      const line = (cell: CountCell) =>
        counts && kindOf(cell) !== 'suppressed'
          ? formatNumber(cell.count ?? 0, lang, 0)
          : valueLine(cell, lang);
      return toMapSpec({
        message: counts ? countsMessage(places, lang) : message(places, lang),
        subtitle: [
          sayMap('reachSubtitle', lang, { total: formatNumber(region.response.respondents, lang, 0) }),
          ...(counts ? [sayMap('countsNote', lang)] : []),
          ...unmatchedLine(unmatched, lang),
        ],
        description: chart.alt(region, ctx),
        lang,
        topology,
        areas,
        labels: onMap.map((p) => ({ lines: [p.name, line(p.cell)], statcodes: [p.statcode] })),
        extent: 'around',
        legendTitle: sayMap(counts ? 'countsLegend' : 'per10kLegend', lang),
        scale: legendTicks(0, high),
      });
    },
    alt(region, ctx: ChartContext) {
      const { lang } = ctx;
      const { places, unmatched } = placesOf(region, lang, readBoundaries());
      // As the map: without any population figure it shows respondents, not reach.
      const counts = !places.some((p) => kindOf(p.cell) === 'value');
      const rows = places.map(({ cell, name }) => {
        const kind = kindOf(cell);
        if (kind === 'suppressed') return sayMap('reachAltSuppressed', lang, { name });
        const count = formatNumber(cell.count ?? 0, lang, 0);
        if (counts) return sayMap('reachAltCount', lang, { name, count });
        if (kind === 'unknown') return sayMap('reachAltNoPopulation', lang, { name, count });
        return sayMap('reachAltRow', lang, { name, count, per10k: per10k(cell.per10k ?? 0, lang) });
      });
      const text = sayMap(counts ? 'reachAltCounts' : 'reachAlt', lang, {
        region: region.name,
        total: formatNumber(region.response.respondents, lang, 0),
        rows: rows.join('; '),
      });
      return [text, ...unmatchedLine(unmatched, lang)].join(' ');
    },
    table(region, ctx) {
      const { lang } = ctx;
      const { places, unmatched } = placesOf(region, lang, readBoundaries());
      const caption = [
        `${sayMap('reachTitle', lang)} (n\u00a0=\u00a0${formatNumber(region.response.respondents, lang, 0)})`,
        ...unmatchedLine(unmatched, lang),
      ];
      return {
        caption: caption.join('. '),
        columns: [
          textColumn(sayTable('municipality', lang)),
          numberColumn(sayTable('respondents', lang)),
          numberColumn(sayTable('per10k', lang)),
        ],
        rows: places.map(({ cell, name }) => {
          const kind = kindOf(cell);
          if (kind === 'suppressed') return [name, sayMap('notShown', lang), sayMap('notShown', lang)];
          return [name, formatNumber(cell.count ?? 0, lang, 0), valueLine(cell, lang)];
        }),
      };
    },
  };
  return chart;
}
