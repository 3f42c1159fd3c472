/**
 * report: Indicators → output files, as a stream. One shared context is composed once (labels,
 * the report plan, the run's facts, the methods in words); then each region's documents are made
 * and yielded one by one, so the writer writes (and hashes) each as it comes and memory does not
 * grow with the number of regions; the run-wide files follow, and the manifest is made last from
 * what was written.
 *
 *   context ─ per region: charts (Vega-Lite → SVG → PNG) · regioscan.html · regioscan.xlsx · CSVs
 *           ─ run: index.html · indicators.csv · respondents.csv ─ manifest.json (from the writer)
 *
 * Never recomputes a number: it chooses, labels and draws what analyse made (suppression included).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate, Indicators, RegionResult } from '../analyse/types.js';
import { trimAllocator } from '../collect.js';
import type { ProgressSink } from '../progress.js';
import { overviewCharts } from './charts/map-overview.js';
import { type ReportContext, type ReportOptions, toReportContext } from './context.js';
import { respondentsCsv, toIndicatorsCsv } from './csv.js';
import { toAnnexHtml } from './html/annex.js';
import { toOverviewHtml } from './html/overview.js';
import { type HtmlChart, toRegionHtml } from './html/region.js';
import { html } from './labels/html.js';
import { toManifest } from './manifest.js';
import { ReportWorkers } from './parallel.js';
import type { OutputFile, Writer } from './writer.js';

/**
 * Vega, resvg and exceljs, loaded when the first chart or workbook is made (0.8 s and 50 MB): the
 * main thread of a run whose workers make every chart never loads them.
 */
async function drawing() {
  const [render, workbook] = await Promise.all([import('./render/index.js'), import('./workbook/index.js')]);
  return {
    toPng: render.toPng,
    toSvg: render.toSvg,
    pngScale: (svg: string) => render.pngScale(render.svgSize(svg)),
    toWorkbook: workbook.toWorkbook,
  };
}

export type { ReportContext, ReportOptions } from './context.js';

const encoder = new TextEncoder();
const text = (path: string, content: string): OutputFile => ({ path, bytes: encoder.encode(content) });

/** The estimates of each region (and of the whole run under `all`), in table order. */
function tableByRegion(table: readonly Estimate[]): Map<string, Estimate[]> {
  const out = new Map<string, Estimate[]>();
  for (const e of table) {
    const rows = out.get(e.region) ?? [];
    out.set(e.region, rows);
    rows.push(e);
  }
  return out;
}

/** A weighted chart says so, under its title. */
function markWeighted(spec: TopLevelSpec, ctx: ReportContext): TopLevelSpec {
  const title = spec.title as { text: string[]; subtitle?: string[] } | undefined;
  if (!title) return spec;
  return {
    ...spec,
    title: { ...title, subtitle: [...(title.subtitle ?? []), ctx.labels.t(html.weightedNote)] },
  } as TopLevelSpec;
}

/** The message of a chart in one sentence: its title lines joined (the figure's short text alternative). */
function messageOf(spec: TopLevelSpec): string | undefined {
  const title = spec.title as { text?: string | string[] } | string | undefined;
  const text = typeof title === 'string' ? title : title?.text;
  return Array.isArray(text) ? text.join(' ') : text;
}

/** The files of one region, made and yielded one at a time. */
export async function* regionDocuments(
  ctx: ReportContext,
  indicators: Indicators,
  region: RegionResult,
  table: readonly Estimate[],
): AsyncGenerator<OutputFile> {
  const { toPng, toSvg, pngScale, toWorkbook } = await drawing();
  const dir = region.slug;
  const charts = new Map<string, HtmlChart & { png: Uint8Array; scale: number }>();
  for (const chart of ctx.plan.charts) {
    const drawn = chart.spec(region, ctx);
    if (!drawn) continue;
    // Counts of respondents are the same with weights or without.
    const spec = ctx.methods.weighted && chart.measure !== 'counts' ? markWeighted(drawn, ctx) : drawn;
    const svg = await toSvg(spec);
    const scale = pngScale(svg);
    const png = await toPng(svg, scale);
    charts.set(chart.id, {
      id: chart.id,
      title: chart.title(ctx),
      svg,
      alt: chart.alt(region, ctx),
      message: messageOf(drawn),
      table: chart.table(region, ctx),
      measure: chart.measure ?? 'estimate',
      png,
      scale,
    });
    yield text(`${dir}/charts/${chart.id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    yield text(`${dir}/charts/${chart.id}.svg`, svg);
    yield { path: `${dir}/charts/${chart.id}.png`, bytes: png };
  }
  yield text(`${dir}/regioscan.html`, toRegionHtml({ ctx, region, charts }));
  yield text(`${dir}/annex.html`, toAnnexHtml({ ctx, region, charts }));
  yield {
    path: `${dir}/regioscan.xlsx`,
    bytes: await toWorkbook({
      ctx,
      indicators,
      region,
      table,
      charts: [...charts.values()].map((c) => ({ id: c.id, title: c.title, png: c.png, scale: c.scale })),
    }),
  };
  yield { path: `${dir}/indicators.csv`, text: () => toIndicatorsCsv(table, ctx.labels) };
  // The region's own rows: included here, or excluded after they were placed (duplicates, no answers).
  yield {
    path: `${dir}/respondents.csv`,
    text: () => respondentsCsv(indicators.ledger.rowsOf(region.name)),
  };
}

/** The national overview: its charts (Vega-Lite, SVG, PNG) and index.html. */
export async function* overviewDocuments(
  indicators: Indicators,
  ctx: ReportContext,
): AsyncGenerator<OutputFile> {
  const { toPng, toSvg } = await drawing();
  const overview: HtmlChart[] = [];
  for (const chart of overviewCharts) {
    const drawn = chart.spec(indicators, ctx);
    if (!drawn) continue;
    const spec = ctx.methods.weighted ? markWeighted(drawn, ctx) : drawn;
    const svg = await toSvg(spec);
    overview.push({
      id: chart.id,
      title: chart.title(ctx),
      svg,
      alt: chart.alt(indicators, ctx),
      message: messageOf(drawn),
      table: chart.table(indicators, ctx),
    });
    yield text(`charts/${chart.id}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    yield text(`charts/${chart.id}.svg`, svg);
    yield { path: `charts/${chart.id}.png`, bytes: await toPng(svg) };
  }
  yield text('index.html', toOverviewHtml(indicators, ctx, overview));
}

/**
 * Every output file of a run but the manifest: the run's respondents.csv, region by region, then
 * the run-wide files. With `parallel` (worker threads, and the options the context was made from)
 * the regions and the overview are made in the workers; the files are the same.
 *
 * respondents.csv comes first, streamed piece by piece from the ledger: the writer takes it while
 * the workers draw their first regions, on a thread that would otherwise only wait for them. Made
 * whole in a worker and sent over instead, a national run's 72 MB were held twice there and once
 * more here until the end.
 */
export async function* report(
  indicators: Indicators,
  ctx: ReportContext,
  parallel?: { options: ReportOptions; workers: ReportWorkers },
  progress?: Pick<ProgressSink, 'phase' | 'region'>,
): AsyncGenerator<OutputFile> {
  const tables = tableByRegion(indicators.table);
  const { regions } = indicators;
  progress?.phase('reports');
  yield { path: 'respondents.csv', text: () => respondentsCsv(indicators.ledger) };
  const workers = regions.length > 1 ? parallel?.workers : undefined;
  let overview: Promise<OutputFile[]> | undefined;
  if (parallel && workers) {
    workers.setup(indicators, parallel.options);
    // So is the national overview, which would otherwise be drawn here after the last region.
    overview = workers.overview();
    for await (const file of workers.regions(indicators, tables, (i) =>
      progress?.region(regions[i]!.name, i + 1, regions.length),
    ))
      yield file;
  } else
    for (const [i, region] of regions.entries()) {
      yield* regionDocuments(ctx, indicators, region, tables.get(region.name) ?? []);
      // As after each region a worker makes (parallel.ts).
      trimAllocator();
      progress?.region(region.name, i + 1, regions.length);
    }
  progress?.phase('overview');
  if (overview) for (const file of await overview) yield file;
  else yield* overviewDocuments(indicators, ctx);
  yield { path: 'indicators.csv', text: () => toIndicatorsCsv(indicators.table, ctx.labels) };
}

/**
 * Make every output of a run and write it through `writer`: each file as it is made, the manifest
 * last from what was written, then the output moves into place. On any failure nothing is moved
 * and the staging is removed.
 */
export async function writeReport(
  indicators: Indicators,
  options: ReportOptions,
  writer: Writer,
  progress?: Pick<ProgressSink, 'phase' | 'region'>,
  started?: ReportWorkers,
): Promise<string[]> {
  const ctx = toReportContext(indicators, options);
  // Workers the caller started (and stops), or, with more than one job, our own.
  const jobs = Math.min(options.jobs ?? 1, indicators.regions.length);
  const own = !started && jobs > 1 ? ReportWorkers.start(jobs) : undefined;
  const workers = started ?? own;
  try {
    for await (const file of report(indicators, ctx, workers ? { options, workers } : undefined, progress))
      await writer.write(file);
    progress?.phase('write');
    const written = await writer.flush();
    await writer.write(text('manifest.json', toManifest(indicators, ctx, written)));
    const all = await writer.flush();
    await writer.commit();
    return all.map((w) => w.path);
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await own?.close();
  }
}
