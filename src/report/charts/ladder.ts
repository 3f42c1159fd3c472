/**
 * The participation ladder per policy phase as a dumbbell: the mean rung now and the mean rung
 * desired, joined by a line, with the rung names on the axis; beside it the ambitiekloof
 * (desired − now) with its 95% interval written out.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate, LadderResult, RegionResult } from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import { extremes, inSentence, joinNames } from '../headlines.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import {
  axisTitle,
  fitLine,
  heading,
  intervalsUnderDots,
  isShown,
  labelLines,
  maxOf,
  minOf,
  nSpan,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  scaleEnds,
  signed,
  suppressedMark,
} from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

const PLOT = 470;
const GAP_COLUMN = 200;

/** The rung scale: the scale of the codebook's first ladder question. */
function ladderScale(codebook: Codebook) {
  const question = codebook.questions.find((q) => q.type === 'ladder');
  return question && 'scale' in question ? codebook.scales.find((s) => s.id === question.scale) : undefined;
}

/**
 * Rung names as axis label lines; every other name one line lower so neighbours never touch. A
 * lower or upper name may take the room that the next name on its line leaves it; a name longer
 * than that ends in "…".
 */
function rungLines(rungs: { code: number; name: string }[], spacing: number): Record<string, string[]> {
  const fits = rungs.every((r) => textWidth(r.name, SIZE.label) <= spacing - 8);
  // Names two rungs apart share a line: together at most twice `room`, 8 px between them.
  const room = 2 * spacing - 8;
  const capped = rungs.map((r) => Math.min(textWidth(r.name, SIZE.label), room));
  return Object.fromEntries(
    rungs.map((r, i) => {
      const beside = maxOf([capped[i - 2] ?? 0, capped[i + 2] ?? 0]);
      const name = fitLine(r.name, fits ? spacing - 8 : Math.max(room, 2 * room - beside), SIZE.label);
      return [String(r.code), fits || i % 2 === 0 ? [name] : ['', name]];
    }),
  );
}

/** The ambitiekloof column of one phase: the gap in bold, then its interval at pixel `x2`. */
function gapText(r: LadderResult, ctx: ChartContext) {
  const gap = r.ambitiekloof;
  if (!isShown(gap)) return { text: suppressedMark(gap, ctx), interval: '', x2: 0, shown: false };
  const f = (v: number) => formatNumber(v, ctx.lang, 1);
  const text = signed(gap.estimate, ctx.lang);
  const interval =
    gap.ciLow !== null && gap.ciHigh !== null
      ? `(${say('interval', ctx.lang, { low: f(gap.ciLow), high: f(gap.ciHigh) })})`
      : '';
  return { text, interval, x2: textWidth(text, SIZE.text, true) + 8, shown: true };
}

function phaseLabel(r: LadderResult, lang: Lang): string {
  return tr(r.label, lang);
}

function ladderSpec(region: RegionResult, ctx: ChartContext, chart: ChartDef): TopLevelSpec | null {
  const scale = ladderScale(ctx.codebook);
  const phases = region.ladder;
  if (!scale || phases.length === 0) return null;
  const { lang } = ctx;
  const codes = scale.options.map((o) => o.code);
  const low = minOf(codes);
  const high = maxOf(codes);
  const names = scale.options.map((o) => ({ code: o.code, name: tr(o.label, lang) }));
  const rungs = { name: 'rungs', value: rungLines(names, PLOT / Math.max(1, high - low)) };
  const lines = phases.map((r) => labelLines(phaseLabel(r, lang)));
  const labels = rowLabels(Object.fromEntries(lines.map((l, i) => [rowKey(i), l])));
  const keys = phases.map((_, i) => rowKey(i));
  const now = say('now', lang);
  const desired = say('desired', lang);

  const points = phases.flatMap((r, i) =>
    [
      { moment: now, e: r.now.mean },
      { moment: desired, e: r.desired.mean },
    ]
      .filter((p) => isShown(p.e))
      .map((p) => ({
        key: rowKey(i),
        moment: p.moment,
        isNow: p.moment === now,
        value: p.e.estimate,
        low: p.e.ciLow ?? p.e.estimate,
        high: p.e.ciHigh ?? p.e.estimate,
      })),
  );
  const spans = phases.flatMap((r, i) =>
    isShown(r.now.mean) && isShown(r.desired.mean)
      ? [{ key: rowKey(i), now: r.now.mean.estimate, desired: r.desired.mean.estimate }]
      : [],
  );
  // A missing side is named next to the side that is shown (or at the left when neither is).
  const missing = phases.flatMap((r, i) => {
    const sides = [
      { name: now, e: r.now.mean },
      { name: desired, e: r.desired.mean },
    ];
    const hidden = sides.filter((s) => !isShown(s.e));
    if (hidden.length === 0) return [];
    const at = sides.find((s) => isShown(s.e))?.e.estimate ?? low;
    const text =
      hidden.length === 2
        ? suppressedMark(r.now.mean, ctx)
        : `${hidden[0]?.name}: ${suppressedMark(hidden[0]?.e, ctx)}`;
    return [{ key: rowKey(i), x: at, text }];
  });
  const gaps = phases.map((r, i) => ({ key: rowKey(i), ...gapText(r, ctx) }));

  const largest = extremes(phases, (r) => r.ambitiekloof, 'high', 1);
  const message =
    largest.length > 0
      ? say(largest.length > 1 ? 'ladderMessageTie' : 'ladderMessage', lang, {
          phase: joinNames(
            largest.map((r) => inSentence(phaseLabel(r, lang))),
            lang,
          ),
          gap: signed(largest[0]?.ambitiekloof.estimate ?? 0, lang),
        })
      : say('ladderTitle', lang);
  const step = rowStep(maxOf(lines.map((l) => l.length)));
  const y = { field: 'key', type: 'nominal' as const, sort: keys };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [low, high], nice: false },
  };
  return {
    $schema: SCHEMA,
    description: chart.alt(region, ctx),
    title: heading(message, [
      say('ladderSubtitle', lang, {
        n: nSpan(
          phases.map((r) => r.ambitiekloof),
          lang,
        ),
      }),
    ]),
    config: chartConfig(lang),
    params: [labels.param, rungs],
    spacing: 36,
    resolve: { scale: { y: 'shared' } },
    hconcat: [
      {
        width: PLOT,
        height: { step },
        encoding: { y: { ...y, axis: labels.axis } },
        layer: [
          {
            data: { values: spans },
            mark: { type: 'rule', strokeWidth: 4, color: COLOR.grey },
            encoding: { x: { ...x, field: 'now' }, x2: { field: 'desired' } },
          },
          ...intervalsUnderDots(points, x, 'isNow', [COLOR.vermillion, COLOR.blue]),
          {
            data: { values: points },
            mark: { type: 'point', filled: true, size: 420, opacity: 1 },
            encoding: {
              x: {
                ...x,
                field: 'value',
                title: axisTitle(say('axisLadder', lang, { ends: scaleEnds(scale, lang) }), PLOT + 80),
                axis: {
                  values: codes,
                  labelExpr: 'rungs[datum.value]',
                  grid: true,
                  labelFlush: false,
                  labelOverlap: false,
                },
              },
              color: {
                field: 'moment',
                type: 'nominal',
                scale: { domain: [now, desired], range: [COLOR.vermillion, COLOR.blue] },
                legend: { title: null, symbolType: 'circle' },
              },
              shape: { value: 'circle' },
            },
          },
          {
            data: { values: missing },
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 16, color: COLOR.suppressed },
            encoding: { x: { ...x, field: 'x' }, text: { field: 'text', type: 'nominal' } },
          },
        ],
      },
      {
        width: GAP_COLUMN,
        height: { step },
        title: { text: say('gapHeader', lang), fontSize: SIZE.label, anchor: 'start', offset: 12 },
        data: { values: gaps },
        encoding: { y: { ...y, axis: null } },
        layer: [
          {
            transform: [{ filter: { field: 'shown', equal: true } }],
            mark: { type: 'text', align: 'left', baseline: 'middle', fontWeight: 'bold', x: 0 },
            encoding: { text: { field: 'text', type: 'nominal' } },
          },
          {
            transform: [{ filter: { field: 'shown', equal: true } }],
            mark: { type: 'text', align: 'left', baseline: 'middle', color: COLOR.muted },
            encoding: {
              x: { field: 'x2', type: 'quantitative', scale: null },
              text: { field: 'interval', type: 'nominal' },
            },
          },
          {
            transform: [{ filter: { field: 'shown', equal: false } }],
            mark: { type: 'text', align: 'left', baseline: 'middle', color: COLOR.suppressed, x: 0 },
            encoding: { text: { field: 'text', type: 'nominal' } },
          },
        ],
      },
    ],
  };
}

/** Mean rung now and desired per phase (the ladder questions `items`), with the ambitiekloof. */
export function ladderChart(items: readonly string[]): ChartDef {
  const chart: ChartDef = {
    id: 'ladder',
    items,
    title: (ctx) => say('ladderTitle', ctx.lang),
    spec: (region, ctx) => ladderSpec(region, ctx, chart),
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const value = (e: Estimate) =>
        isShown(e)
          ? say('meanInterval', lang, {
              value: labels.number(e.estimate, 1),
              low: labels.number(e.ciLow ?? e.estimate, 1),
              high: labels.number(e.ciHigh ?? e.estimate, 1),
              n: labels.number(e.n, 0),
            })
          : suppressedMark(e, ctx);
      const rows = region.ladder.map((r) =>
        say('ladderAltRow', lang, {
          phase: phaseLabel(r, lang),
          now: value(r.now.mean),
          desired: value(r.desired.mean),
          gap: isShown(r.ambitiekloof)
            ? say('meanInterval', lang, {
                value: signed(r.ambitiekloof.estimate, lang),
                low: labels.number(r.ambitiekloof.ciLow ?? r.ambitiekloof.estimate, 1),
                high: labels.number(r.ambitiekloof.ciHigh ?? r.ambitiekloof.estimate, 1),
                n: labels.number(r.ambitiekloof.n, 0),
              })
            : suppressedMark(r.ambitiekloof, ctx),
        }),
      );
      return say('ladderAlt', lang, { rows: rows.join('; ') });
    },
    table(region, ctx) {
      const { lang, labels } = ctx;
      const scale = ladderScale(ctx.codebook);
      const rung = (v: number) => labels.number(v, 1);
      const now = say('now', lang);
      const desired = say('desired', lang);
      const gap = say('gapHeader', lang);
      return {
        caption: sayTable('ladderCaption', lang, { ends: scale ? scaleEnds(scale, lang) : '' }),
        columns: [
          textColumn(sayTable('phase', lang)),
          intervalColumn(now, lang),
          nColumn(lang, now),
          intervalColumn(desired, lang),
          nColumn(lang, desired),
          intervalColumn(gap, lang),
          nColumn(lang, gap),
        ],
        rows: region.ladder.map((r) => [
          phaseLabel(r, lang),
          estimateCell(r.now.mean, rung, ctx),
          nCell(r.now.mean, ctx),
          estimateCell(r.desired.mean, rung, ctx),
          nCell(r.desired.mean, ctx),
          estimateCell(r.ambitiekloof, (v) => signed(v, lang), ctx),
          nCell(r.ambitiekloof, ctx),
        ]),
      };
    },
  };
  return chart;
}
