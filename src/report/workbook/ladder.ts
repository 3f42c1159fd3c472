/**
 * Block-sheet sections for the participation ladder: per phase and moment (now, desired) the
 * median rung, the share at adviseren or higher and the mean rung; the ambitiekloof per phase;
 * and the distribution over the rungs.
 */
import type { LadderResult, LadderSide } from '../../analyse/types.js';
import { headers, blocks as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, toEstimateCells, toNCell, toSuppressedNote, toValueCell } from './context.js';
import { type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

/** Write the ladder sections of one block; returns the first table. */
export function writeLadder(w: SheetWriter, ctx: Context, phases: LadderResult[]): TableRange {
  const sides = phases.flatMap((r) => [
    { r, moment: 'now' as const, side: r.now },
    { r, moment: 'desired' as const, side: r.desired },
  ]);
  const momentLabel = (moment: 'now' | 'desired') => ctx.t(moment === 'now' ? text.now : text.desired);

  w.section(ctx.t(text.ladder));
  const first = w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(text.phase), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(text.moment) },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(text.medianRung) },
      { header: ctx.t(text.shareAdviseren), format: 'share' },
      { header: ctx.t(headers.ciLow), format: 'share' },
      { header: ctx.t(headers.ciHigh), format: 'share' },
      { header: ctx.t(text.meanRung), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(headers.note) },
    ],
    sides.map(({ r, moment, side }): CellInput[] => [
      r.phase,
      ctx.phaseLabel(r.phase),
      momentLabel(moment),
      toNCell(side.shareAdviseren),
      medianCell(ctx, r.phase, side),
      ...toEstimateCells(side.shareAdviseren, 'share'),
      ...toEstimateCells(side.mean, 'mean'),
      toSuppressedNote(ctx, [side.median, side.shareAdviseren, side.mean]),
    ]),
  );
  w.skip();

  w.section(ctx.t(text.ambitiekloof));
  w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(text.phase), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(text.nPairs), format: 'int' },
      { header: ctx.t(text.ambitiekloof), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(headers.note) },
    ],
    phases.map((r) => [
      r.phase,
      ctx.phaseLabel(r.phase),
      toNCell(r.ambitiekloof),
      ...toEstimateCells(r.ambitiekloof, 'mean'),
      toSuppressedNote(ctx, [r.ambitiekloof]),
    ]),
  );
  w.skip();

  const rungs = [...new Set(sides.flatMap(({ side }) => side.distribution.map((e) => e.category)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  const firstPhase = phases[0]?.phase ?? '';
  w.section(ctx.t(text.ladderDistribution));
  w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(text.phase), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(text.moment) },
      { header: ctx.t(headers.n), format: 'int' },
      ...rungs.map((code) => ({ header: `% ${rungLabel(ctx, firstPhase, code)}`, format: 'share' as const })),
      { header: ctx.t(headers.note) },
    ],
    sides.map(({ r, moment, side }): CellInput[] => {
      const shares = new Map(side.distribution.map((e) => [e.category, e]));
      return [
        r.phase,
        ctx.phaseLabel(r.phase),
        momentLabel(moment),
        toNCell(side.distribution[0] ?? side.shareAdviseren),
        ...rungs.map((code) => {
          const e = shares.get(code);
          return e ? toValueCell(e.estimate, e.suppressed, 'share') : null;
        }),
        toSuppressedNote(ctx, side.distribution),
      ];
    }),
  );
  w.skip();
  return first;
}

/** Label of a rung code, from the scale of a ladder question of the phase. */
function rungLabel(ctx: Context, phase: string, code: string | number): string {
  const q = ctx.codebook.questions.find((x) => x.type === 'ladder' && x.phase === phase);
  return q ? ctx.optionLabel(q.id, code) : String(code);
}

/** The median rung as "adviseren (3)"; a non-integer median stays a number. */
function medianCell(ctx: Context, phase: string, side: LadderSide): CellInput {
  const { estimate, suppressed } = side.median;
  if (suppressed || estimate === null || !Number.isInteger(estimate)) {
    return toValueCell(estimate, suppressed, 'decimal1');
  }
  return { value: `${rungLabel(ctx, phase, estimate)} (${estimate})`, format: 'text' };
}
