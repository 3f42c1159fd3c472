/** A plain CSV/XLSX: one header row, then one response per record. Always matches; tried last. */
import type { RawTable } from '../read/table.js';
import type { ExportFormat, Layout, NormalizedTable } from './types.js';

export const generic: ExportFormat = {
  tool: 'generic',
  detect: () => ({ tool: 'generic', layout: 'one header row', headerRows: 1 }),
  normalize: (table: RawTable, layout: Layout): NormalizedTable => ({
    file: table.file,
    tool: layout.tool,
    layout: layout.layout,
    headers: (table.records[0]?.cells ?? []).map((h) => h.trim()),
    aliases: (table.records[0]?.cells ?? []).map(() => []),
    records: table.records.slice(layout.headerRows),
    meta: { metaColumns: [] },
  }),
};
