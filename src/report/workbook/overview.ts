/**
 * The overview sheet: survey, region, respondents, date and version; the key indicators (index
 * scores and ambitiekloof per phase) with n and 95% interval; the top opportunities and
 * strengths; and a list of the sheets that follow.
 */
import type { Workbook } from 'exceljs';
import type { Indicators, IpaResult, RegionResult } from '../../analyse/types.js';
import {
  ambitiekloofLabel,
  blocks as blockText,
  headers,
  legend,
  overview as text,
} from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, toEstimateCells, toNCell, toSuppressedNote } from './context.js';
import { SheetWriter } from './sheet.js';

export interface OverviewInput {
  indicators: Indicators;
  region: RegionResult;
  generatedAt: Date;
  version: string;
  /** The sheets of the workbook with what they hold (the name again when that says it all). */
  contents: { name: string; description: string }[];
}

/** Add the overview sheet under `name`. */
export function addOverviewSheet(wb: Workbook, name: string, ctx: Context, input: OverviewInput): void {
  const { indicators, region } = input;
  const { survey } = indicators.codebook;
  const w = new SheetWriter(wb.addWorksheet(name), ctx.formats);
  w.title(`${ctx.t(survey.title)} – ${region.name}`);
  w.pairs([
    [ctx.t(text.region), region.name],
    ...(survey.wave ? [[ctx.t(text.wave), survey.wave] as [string, CellInput]] : []),
    [ctx.t(text.respondents), { value: region.response.respondents, format: 'int' }],
    [ctx.t(text.generated), input.generatedAt.toISOString().slice(0, 10)],
    [ctx.t(text.version), `regioscan ${input.version}`],
  ]);
  w.note(ctx.t(legend(ctx.minCell)));
  w.skip();

  w.section(ctx.t(text.keyIndicators));
  w.table(
    [
      { header: ctx.t(headers.indicator), wrap: true, maxWidth: 45 },
      { header: ctx.t(headers.n), format: 'int' },
      // Rows differ in format (each cell carries its own); the column's format aligns the header.
      { header: ctx.t(headers.value), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(headers.note) },
    ],
    [
      ...region.indices.map((r): CellInput[] => [
        `${ctx.t(r.label)} (0–100)`,
        toNCell(r.score),
        ...toEstimateCells(r.score, 'score'),
        toSuppressedNote(ctx, [r.score]),
      ]),
      ...region.ladder.map((r): CellInput[] => [
        ctx.t(ambitiekloofLabel(ctx.phaseLabel(r.phase))),
        toNCell(r.ambitiekloof),
        ...toEstimateCells(r.ambitiekloof, 'mean'),
        toSuppressedNote(ctx, [r.ambitiekloof]),
      ]),
    ],
  );
  w.skip();

  const themes = new Map(region.ipa.map((r) => [r.theme, r]));
  const ranked = (ids: string[]) => ids.flatMap((id) => themes.get(id) ?? []);
  writeThemes(w, ctx, ctx.t(text.opportunities), ranked(region.opportunities));
  writeThemes(w, ctx, ctx.t(text.strengths), ranked(region.strengths));

  w.section(ctx.t(text.contents));
  for (const c of input.contents) w.line(c.description === c.name ? c.name : `${c.name}: ${c.description}`);
  w.finish({ freezeBelow: 1 });
}

function writeThemes(w: SheetWriter, ctx: Context, title: string, themes: IpaResult[]): void {
  w.section(title);
  if (themes.length === 0) {
    w.note(ctx.t(text.none));
    w.skip();
    return;
  }
  w.table(
    [
      { header: ctx.t(blockText.theme), wrap: true, maxWidth: 45 },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(blockText.importance), format: 'mean' },
      { header: ctx.t(blockText.performance), format: 'mean' },
      { header: ctx.t(blockText.gap), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(headers.note) },
    ],
    themes.map((r, i): CellInput[] => [
      `${i + 1}. ${ctx.themeLabel(r.theme)}`,
      toNCell(r.gap),
      ...toEstimateCells(r.importance, 'mean').slice(0, 1),
      ...toEstimateCells(r.performance, 'mean').slice(0, 1),
      ...toEstimateCells(r.gap, 'mean'),
      toSuppressedNote(ctx, [r.importance, r.performance, r.gap]),
    ]),
  );
  w.skip();
}
