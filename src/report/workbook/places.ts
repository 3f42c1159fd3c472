/**
 * Which sheet shows each chart, and beside which table. The response charts go beside the
 * response tables they draw; a chart of questions goes to the first block sheet with a table of
 * one of its questions (the report plan's `items`), beside that table; the rest (the comparisons
 * across blocks: perspective, benchmark, trend) are only on the charts sheet, which has them all.
 */

import type { Codebook } from '../../model/codebook.js';
import type { ChartDef } from '../charts/types.js';
import { BLOCK_SECTIONS, type BlockContent, type BlockSection, toSectionItems } from './blocks.js';
import type { SheetChart } from './charts.js';

/** The response charts of the report plan, by the table of the response sheet they draw. */
export const RESPONSE_CHARTS = { 'response-role': 'byRole', 'response-subregion': 'bySubregion' } as const;
export type ResponseTable = (typeof RESPONSE_CHARTS)[keyof typeof RESPONSE_CHARTS];

/** A chart beside a table: the block sheet's section, or the response sheet's table. */
export interface Placed<Table> {
  table: Table;
  chart: SheetChart;
}

export interface ChartPlaces {
  response: Placed<ResponseTable>[];
  /** By block id. */
  blocks: Map<string, Placed<BlockSection>[]>;
}

/** Place each chart that draws a table of the workbook, keeping the order of `charts` on every sheet. */
export function toChartPlaces(
  charts: readonly SheetChart[],
  defs: readonly ChartDef[],
  codebook: Codebook,
  blocks: readonly BlockContent[],
): ChartPlaces {
  const places: ChartPlaces = { response: [], blocks: new Map() };
  const items = new Map(defs.map((def) => [def.id, def.items]));
  const sections = blocks.map((block) => ({ id: block.id, sections: toSectionItems(codebook, block) }));
  for (const chart of charts) {
    const response = RESPONSE_CHARTS[chart.id as keyof typeof RESPONSE_CHARTS];
    if (response) {
      places.response.push({ table: response, chart });
      continue;
    }
    const place = findTable(items.get(chart.id) ?? [], sections);
    if (!place) continue;
    const list = places.blocks.get(place.id) ?? [];
    list.push({ table: place.table, chart });
    places.blocks.set(place.id, list);
  }
  return places;
}

/** The first block and section, in sheet order, that shows one of `drawn`. */
function findTable(
  drawn: readonly string[],
  blocks: readonly { id: string; sections: Record<BlockSection, Set<string>> }[],
): { id: string; table: BlockSection } | undefined {
  for (const { id, sections } of blocks) {
    const table = BLOCK_SECTIONS.find((section) => drawn.some((item) => sections[section].has(item)));
    if (table) return { id, table };
  }
  return undefined;
}
