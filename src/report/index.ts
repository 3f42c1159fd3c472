/**
 * report: Indicators → output files, in memory (the pipeline hands them to the writer).
 *
 *   per region ─ charts (Vega-Lite → SVG → PNG) ─ workbook ─ HTML ─ indicators.csv, respondents.csv
 *   top level  ─ index.html, indicators.csv, respondents.csv, manifest.json (hashes of all the above)
 *
 * Never recomputes a number: it chooses, labels and draws what analyse made (suppression included).
 */

import type { Indicators, RegionResult } from '../analyse/types.js';
import type { LedgerRow } from '../model/survey.js';
import { chartsFor } from './charts/index.js';
import type { ChartContext } from './charts/types.js';
import { respondentsCsv, toIndicatorsCsv } from './csv.js';
import { toOverviewHtml } from './html/overview.js';
import { type HtmlChart, toRegionHtml } from './html/region.js';
import type { Lang } from './labels/index.js';
import { toManifest } from './manifest.js';
import { toPng, toSvg } from './render/index.js';
import { toWorkbook } from './workbook/index.js';
import { measure, type OutputFile } from './writer.js';

export interface ReportOptions {
  lang: Lang;
  generatedAt: Date;
  version: string;
  /** The run options as the user gave them, recorded in the manifest. */
  options: Record<string, unknown>;
}

const encoder = new TextEncoder();
const text = (path: string, content: string): OutputFile => ({ path, bytes: encoder.encode(content) });

/** Every output file of a run. */
export async function report(indicators: Indicators, options: ReportOptions): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const region of indicators.regions) files.push(...(await regionFiles(indicators, region, options)));
  files.push(
    text('index.html', toOverviewHtml(indicators, options.lang, options.generatedAt, options.version)),
  );
  files.push(text('indicators.csv', toIndicatorsCsv(indicators.table)));
  files.push({ path: 'respondents.csv', text: () => respondentsCsv(indicators.ledger) });
  const hashes = files.map((f) => ({ path: f.path, ...measure(f) }));
  files.push(text('manifest.json', toManifest(indicators, options, hashes)));
  return files;
}

/** The ledger rows of one region, as they are needed. */
function* rowsOf(ledger: Iterable<LedgerRow>, region: string): Generator<LedgerRow> {
  for (const row of ledger) if (row.region === region) yield row;
}

async function regionFiles(
  indicators: Indicators,
  region: RegionResult,
  options: ReportOptions,
): Promise<OutputFile[]> {
  const dir = region.slug;
  const ctx: ChartContext = {
    codebook: indicators.codebook,
    lang: options.lang,
    minCell: indicators.methods.minCell,
    national: indicators.national,
  };
  const files: OutputFile[] = [];
  const rendered: (HtmlChart & { png: Uint8Array })[] = [];
  for (const chart of chartsFor(indicators.codebook)) {
    const spec = chart.spec(region, ctx);
    if (!spec) continue;
    const svg = await toSvg(spec);
    const png = toPng(svg);
    const title = chart.title(ctx);
    rendered.push({ id: chart.id, title, svg, alt: chart.alt(region, ctx), png });
    files.push(text(`${dir}/charts/${chart.id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`));
    files.push(text(`${dir}/charts/${chart.id}.svg`, svg));
    files.push({ path: `${dir}/charts/${chart.id}.png`, bytes: png });
  }
  const table = indicators.table.filter((e) => e.region === region.name);
  files.push(
    text(
      `${dir}/regioscan.html`,
      toRegionHtml({
        indicators,
        region,
        charts: rendered,
        lang: options.lang,
        generatedAt: options.generatedAt,
        version: options.version,
      }),
    ),
  );
  files.push({
    path: `${dir}/regioscan.xlsx`,
    bytes: await toWorkbook({
      indicators,
      region,
      table,
      charts: rendered.map((c) => ({ id: c.id, title: c.title, png: c.png })),
      lang: options.lang,
      generatedAt: options.generatedAt,
      version: options.version,
    }),
  });
  files.push(text(`${dir}/indicators.csv`, toIndicatorsCsv(table)));
  // The region's own rows: included here, or excluded after they were placed (duplicates, no answers).
  files.push({
    path: `${dir}/respondents.csv`,
    text: () => respondentsCsv(rowsOf(indicators.ledger, region.name)),
  });
  return files;
}
