/**
 * Who answered: respondents by role (residents and professionals coloured apart) and by
 * subregion with the reach per 10,000 residents, the "regional anchoring" a funder asks for.
 */
import type { CountCell } from '../../analyse/types.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { type BarRow, toBarSpec } from './bars.js';
import { labelLines, say } from './parts.js';
import { numberColumn, sayTable, textColumn } from './table.js';
import { COLOR } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

const count = (n: number, lang: Lang) => formatNumber(n, lang, 0);
const shown = (cells: CountCell[]) =>
  cells.filter((c): c is CountCell & { count: number } => c.count !== null);

function roleSide(key: string, ctx: ChartContext): 'residents' | 'professionals' | 'otherRoles' {
  const code = Number(key);
  if (ctx.codebook.role?.residents.includes(code)) return 'residents';
  if (ctx.codebook.role?.professionals.includes(code)) return 'professionals';
  return 'otherRoles';
}

/** Respondents per role (the role question `item`). */
export function responseRoleChart(item: string): ChartDef {
  const chart: ChartDef = {
    id: 'response-role',
    measure: 'counts',
    items: [item],
    title: (ctx) => say('roleTitle', ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const cells = region.response.byRole;
      if (cells.length === 0) return null;
      const largest = shown(cells).sort((a, b) => b.count - a.count)[0];
      const total = count(region.response.respondents, lang);
      const sides = (['residents', 'professionals', 'otherRoles'] as const).filter((side) =>
        cells.some((c) => roleSide(c.key, ctx) === side),
      );
      const colors = { residents: COLOR.blue, professionals: COLOR.vermillion, otherRoles: COLOR.grey };
      const rows: BarRow[] = cells.map((c) => ({
        lines: labelLines(tr(c.label, lang)),
        value: c.count,
        text: c.count === null ? say('suppressedSmall', lang) : count(c.count, lang),
        group: say(roleSide(c.key, ctx), lang),
      }));
      return toBarSpec({
        message: largest
          ? say('roleMessage', lang, {
              total,
              label: tr(largest.label, lang).toLowerCase(),
              count: count(largest.count, lang),
            })
          : say('roleTitle', lang),
        subtitle: [say('roleSubtitle', lang)],
        axisTitle: say('countAxis', lang),
        rows,
        groups: sides.map((side) => ({ name: say(side, lang), color: colors[side] })),
        lang,
        description: chart.alt(region, ctx),
      });
    },
    alt(region, ctx) {
      const { lang } = ctx;
      const rows = region.response.byRole.map((c) =>
        c.count === null
          ? `${tr(c.label, lang)}: ${say('suppressedSmall', lang)}`
          : `${tr(c.label, lang)}: ${count(c.count, lang)}`,
      );
      return say('roleAlt', lang, { total: count(region.response.respondents, lang), rows: rows.join('; ') });
    },
    table(region, ctx) {
      const { lang } = ctx;
      return {
        caption: `${say('roleTitle', lang)} (${say('n', lang, { n: count(region.response.respondents, lang) })})`,
        columns: [
          textColumn(sayTable('role', lang)),
          textColumn(sayTable('group', lang)),
          numberColumn(sayTable('respondents', lang)),
        ],
        rows: region.response.byRole.map((c) => [
          tr(c.label, lang),
          say(roleSide(c.key, ctx), lang),
          c.count === null ? say('suppressedSmall', lang) : count(c.count, lang),
        ]),
      };
    },
  };
  return chart;
}

/** Respondents per subregion, as reach per 10,000 residents where the population is known (the region question `item`). */
export function responseSubregionChart(item: string): ChartDef {
  const chart: ChartDef = {
    id: 'response-subregion',
    measure: 'counts',
    items: [item],
    title: (ctx) => say('subregionTitle', ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const cells = region.response.bySubregion;
      if (cells.length === 0) return null;
      const reach = cells.some((c) => c.per10k !== null);
      const total = count(region.response.respondents, lang);
      const rows: BarRow[] = cells.map((c) => {
        const value = reach ? c.per10k : c.count;
        let text = say('suppressedSmall', lang);
        if (c.count !== null && reach && c.per10k !== null) {
          text = say('subregionBar', lang, {
            count: count(c.count, lang),
            per10k: formatNumber(c.per10k, lang, 1),
          });
        } else if (c.count !== null) text = count(c.count, lang);
        return { lines: labelLines(tr(c.label, lang)), value, text, group: '' };
      });
      const withReach = cells.filter((c): c is CountCell & { per10k: number } => c.per10k !== null);
      const lowest = withReach.sort((a, b) => a.per10k - b.per10k)[0];
      const most = shown(cells).sort((a, b) => b.count - a.count)[0];
      let message = say('subregionTitle', lang);
      if (reach && lowest) {
        message = say('subregionMessageReach', lang, {
          label: tr(lowest.label, lang),
          per10k: formatNumber(lowest.per10k, lang, 1),
        });
      } else if (most) {
        message = say('subregionMessageCount', lang, {
          label: tr(most.label, lang),
          count: count(most.count, lang),
        });
      }
      return toBarSpec({
        message,
        subtitle: [say(reach ? 'subregionSubtitleReach' : 'subregionSubtitleCount', lang, { total })],
        axisTitle: say(reach ? 'per10kAxis' : 'countAxis', lang),
        rows,
        groups: [{ name: '', color: COLOR.blue }],
        lang,
        description: chart.alt(region, ctx),
      });
    },
    alt(region, ctx) {
      const { lang } = ctx;
      const rows = region.response.bySubregion.map((c) => {
        const label = tr(c.label, lang);
        if (c.count === null) return `${label}: ${say('suppressedSmall', lang)}`;
        if (c.per10k === null) return `${label}: ${count(c.count, lang)}`;
        return say('subregionAltRow', lang, {
          label,
          count: count(c.count, lang),
          per10k: formatNumber(c.per10k, lang, 1),
        });
      });
      return say('subregionAlt', lang, {
        total: count(region.response.respondents, lang),
        rows: rows.join('; '),
      });
    },
    table(region, ctx) {
      const { lang } = ctx;
      const cells = region.response.bySubregion;
      const reach = cells.some((c) => c.per10k !== null);
      const hidden = say('suppressedSmall', lang);
      const per10k = (c: CountCell) =>
        c.count === null ? hidden : c.per10k === null ? '–' : formatNumber(c.per10k, lang, 1);
      return {
        caption: `${say('subregionTitle', lang)} (${say('n', lang, { n: count(region.response.respondents, lang) })})`,
        columns: [
          textColumn(sayTable('area', lang)),
          numberColumn(sayTable('respondents', lang)),
          ...(reach ? [numberColumn(sayTable('per10k', lang))] : []),
        ],
        rows: cells.map((c) => [
          tr(c.label, lang),
          c.count === null ? hidden : count(c.count, lang),
          ...(reach ? [per10k(c)] : []),
        ]),
      };
    },
  };
  return chart;
}
