/**
 * Every chart spec the bundled demo run draws, in Dutch and in English: each region's charts of
 * the report plan and the overview charts of index.html, with the hand-made region of the chart
 * tests (a trend, suppressed cells of every kind) beside them. Built in-process, as `run` does,
 * once per test file.
 */
import type { TopLevelSpec } from 'vega-lite';
import { analyse } from '../../src/analyse/index.js';
import type { Indicators } from '../../src/analyse/types.js';
import { ingest } from '../../src/ingest/index.js';
import { defaultRunOptions, readSetup, toInputs } from '../../src/pipeline.js';
import { overviewCharts } from '../../src/report/charts/map-overview.js';
import { type ReportContext, toReportContext } from '../../src/report/context.js';
import type { Lang } from '../../src/report/labels/index.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { codebook, context, region } from './chart-fixture.js';

export interface NamedSpec {
  /** `<lang> <region or "overview" or "fixture"> <chart id>`. */
  name: string;
  spec: TopLevelSpec;
}

let demo: Promise<Indicators> | undefined;

/** The demo run's indicators, analysed once. */
export function demoIndicators(): Promise<Indicators> {
  demo ??= (async () => {
    const options = defaultRunOptions();
    const setup = await readSetup(options);
    const survey = await ingest(toInputs(options.inputs), setup);
    return analyse(survey);
  })();
  return demo;
}

/** The report context of the demo run in `lang`. */
export async function demoContext(lang: Lang): Promise<ReportContext> {
  return toReportContext(await demoIndicators(), {
    lang,
    generatedAt: new Date('2026-12-01T00:00:00Z'),
    version: '0.0.0',
    libraries: {},
    options: {},
  });
}

/** Every spec of the demo run and of the fixture region, in both languages. */
export async function allSpecs(): Promise<NamedSpec[]> {
  const indicators = await demoIndicators();
  const out: NamedSpec[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const ctx = await demoContext(lang);
    for (const r of indicators.regions)
      for (const chart of ctx.plan.charts) {
        const spec = chart.spec(r, ctx);
        if (spec) out.push({ name: `${lang} ${r.slug} ${chart.id}`, spec });
      }
    for (const chart of overviewCharts) {
      const spec = chart.spec(indicators, ctx);
      if (spec) out.push({ name: `${lang} overview ${chart.id}`, spec });
    }
    for (const chart of toReportPlan(codebook).charts) {
      const spec = chart.spec(region, context(lang));
      if (spec) out.push({ name: `${lang} fixture ${chart.id}`, spec });
    }
  }
  return out;
}
