/**
 * The response sheet: respondents by role, subregion and municipality, with the population and
 * the reach (respondents per 10,000 residents) where known, each response chart to the right of
 * the table it draws. Suppressed counts show as "–".
 */
import type { Workbook } from 'exceljs';
import type { CountCell, RegionResult } from '../../analyse/types.js';
import type { Text } from '../labels/index.js';
import { headers, sheetNames, suppressedCountNote, response as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, toValueCell } from './context.js';
import type { Placed, ResponseTable } from './places.js';
import { SheetWriter, type TableRange } from './sheet.js';

/** Add the response sheet under `name`, with `charts` beside their tables. */
export function addResponseSheet(
  wb: Workbook,
  name: string,
  ctx: Context,
  region: RegionResult,
  charts: readonly Placed<ResponseTable>[] = [],
): void {
  const w = new SheetWriter(wb.addWorksheet(name), ctx.formats);
  const { response } = region;
  w.title(`${ctx.t(sheetNames.response)} – ${region.name}`);
  w.pairs([[ctx.t(text.total), { value: response.respondents, format: 'int' }]]);
  w.skip();
  const tables: [ResponseTable | 'byMunicipality', Text, CountCell[]][] = [
    ['byRole', text.role, response.byRole],
    ['bySubregion', text.subregion, response.bySubregion],
    ['byMunicipality', text.municipality, response.byMunicipality],
  ];
  // A chart whose table is empty goes beside the first table.
  const shown = new Set(tables.filter(([, , cells]) => cells.length > 0).map(([key]) => key));
  let first: TableRange | undefined;
  for (const [key, label, cells] of tables) {
    if (cells.length === 0) continue;
    const section = w.row;
    w.section(ctx.t(text[key]));
    for (const { table, chart } of charts) {
      if (table === key || (first === undefined && !shown.has(table))) w.beside(section, chart.image);
    }
    const range = w.table(
      [
        { header: ctx.t(label), wrap: true, maxWidth: 40 },
        { header: ctx.t(text.count), format: 'int' },
        { header: ctx.t(text.population), format: 'thousands' },
        { header: ctx.t(text.per10k), format: 'decimal1' },
        { header: ctx.t(headers.note) },
      ],
      cells.map((c): CellInput[] => [
        ctx.t(c.label),
        toValueCell(c.count, c.suppressed, 'int'),
        c.population,
        // Roles have no population: their reach stays empty rather than "–".
        toValueCell(c.per10k, c.suppressed && c.population !== null, 'decimal1'),
        c.suppressed ? ctx.t(suppressedCountNote(ctx.minCount)) : null,
      ]),
    );
    first ??= range;
    w.skip();
  }
  w.finish({ freezeBelow: first?.header, filter: first });
}
