/**
 * regioscan.xlsx: one workbook per region, built with exceljs from the analysed numbers.
 *
 *   Overzicht       survey, region, key indicators, top opportunities, contents
 *   Respons         response by role, subregion, municipality, with reach; the response charts
 *   <block> …       one sheet per questionnaire block with results, each chart beside its table
 *   Indicatoren     the tidy table, columns as indicators.csv
 *   Verantwoording  every input row with status and reason, counts per file
 *   Methode         methods in plain words, inputs with sha256
 *   Grafieken       every chart in report order, to print (and those of no single table)
 *
 * Every sheet prints on A4, one page wide (print.ts). Every cell value goes through `writeCell`
 * (cell.ts). The output is deterministic: document dates come from `generatedAt`, and the ZIP
 * entry times, which exceljs/JSZip stamp with the clock, are set when the archive is compressed
 * (zip.ts), so equal input gives byte-identical files.
 */
import ExcelJS from 'exceljs';
import type { Estimate, Indicators, RegionResult } from '../../analyse/types.js';
import type { ReportContext } from '../context.js';
import { sheetDescriptions, sheetNames } from '../labels/workbook.js';
import { addBlockSheet, toBlockHeading, toBlockTitle } from './block.js';
import { toBlockContents } from './blocks.js';
import { addChartImages, addChartsSheet, type ChartImage } from './charts.js';
import { toContext } from './context.js';
import { addLedgerSheet } from './ledger.js';
import { addMethodsSheet } from './methods.js';
import { SheetNames } from './names.js';
import { addOverviewSheet } from './overview.js';
import { toChartPlaces } from './places.js';
import { addResponseSheet } from './response.js';
import { addTidySheet } from './tidy.js';
import { toDeflatedZip } from './zip.js';

export interface WorkbookInput {
  /** The report's shared context: labels, facts, methods in words. */
  ctx: ReportContext;
  /** The whole run (for the ledger). */
  indicators: Indicators;
  /** The region of this workbook. */
  region: RegionResult;
  /** The tidy rows of this region (the caller chooses: region === name, or 'all'). */
  table: readonly Estimate[];
  /** Rendered charts to embed as images, in this order; placed by their id in `ctx.plan.charts`. */
  charts: ChartImage[];
}

/** Build the workbook of one region; returns the bytes of the .xlsx file. */
export async function toWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { indicators, region } = input;
  const { generatedAt, version } = input.ctx.facts;
  const ctx = toContext(input.ctx);
  const wb = new ExcelJS.Workbook();
  wb.creator = `regioscan ${version}`;
  wb.lastModifiedBy = `regioscan ${version}`;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  wb.lastPrinted = generatedAt;
  wb.title = ctx.t(indicators.codebook.survey.title);
  wb.subject = region.name;

  // Names are claimed first so the overview can list them; sheets are added in this order.
  const names = new SheetNames();
  const fixed = (key: keyof typeof sheetNames) => names.claim(ctx.t(sheetNames[key]));
  const overview = fixed('overview');
  const response = fixed('response');
  const contents = toBlockContents(indicators.codebook, region);
  const blocks = contents.map((block) => ({
    block,
    name: names.claim(toBlockHeading(block.id, ctx.t(block.title))),
  }));
  const tidy = fixed('indicators');
  const ledger = fixed('ledger');
  const methods = fixed('methods');
  const images = addChartImages(wb, input.charts);
  const places = toChartPlaces(images, input.ctx.plan.charts, indicators.codebook, contents);
  const charts = images.length > 0 ? fixed('charts') : null;

  const describe = (key: keyof typeof sheetDescriptions) => ctx.t(sheetDescriptions[key]);
  const listing = [
    { name: response, description: describe('response') },
    ...blocks.map(({ block, name }) => ({ name, description: toBlockTitle(ctx, block) })),
    { name: tidy, description: describe('indicators') },
    { name: ledger, description: describe('ledger') },
    { name: methods, description: describe('methods') },
    ...(charts ? [{ name: charts, description: describe('charts') }] : []),
  ];

  addOverviewSheet(wb, overview, ctx, { indicators, region, generatedAt, version, contents: listing });
  addResponseSheet(wb, response, ctx, region, places.response);
  for (const { block, name } of blocks) {
    addBlockSheet(wb, name, ctx, block, region, places.blocks.get(block.id));
  }
  addTidySheet(wb, tidy, input.table, ctx);
  addLedgerSheet(wb, ledger, ctx, {
    rows: indicators.ledger.rowsOf(region.name),
    total: region.accounting.rows,
    byFile: input.ctx.facts.accountingByFile,
    run: input.ctx.facts.accounting,
  });
  addMethodsSheet(wb, methods, ctx, input.ctx);
  if (charts) {
    addChartsSheet(wb, charts, `${ctx.t(sheetNames.charts)} – ${region.name}`, images, ctx.formats);
  }

  // Stored, then deflated by zlib with fixed entry times (zip.ts).
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return toDeflatedZip(new Uint8Array(buffer as ArrayBuffer), generatedAt);
}
