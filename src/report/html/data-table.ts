/**
 * A chart's data table as HTML, the text alternative under its figure: a caption, column headers
 * and row headers with their scope, numbers aligned right and kept on one line, in a region that
 * scrolls sideways when the table is wider than the page. Every string is escaped.
 */
import type { ChartTable } from '../charts/types.js';
import { h, type Raw } from './escape.js';

/** The table of `table`, captioned with its own caption or else `caption`. */
export function toDataTable(table: ChartTable, caption: string): Raw {
  const numeric = (i: number) => (table.columns[i]?.numeric ? h` class="num"` : '');
  const head = table.columns.map((c, i) => h`<th scope="col"${numeric(i)}>${c.label}</th>`);
  const rows = table.rows.map(
    (row) =>
      h`<tr>${row.map((cell, i) => (i === 0 ? h`<th scope="row">${cell}</th>` : h`<td${numeric(i)}>${cell}</td>`))}</tr>`,
  );
  const title = table.caption ?? caption;
  // A wide table scrolls within the page; the region can take focus, so keys scroll it too.
  return h`<div class="table-scroll" role="region" tabindex="0" aria-label="${title}"><table class="chart-data">
<caption>${title}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}
