/**
 * What every sheet builder needs besides its own numbers: the language, the thresholds of the
 * run, and codebook look-ups from ids to labels (question text, option label, phase, theme,
 * index). An unknown id falls back to the id itself, so a label never goes missing silently.
 */
import type { Estimate, Indicators } from '../../analyse/types.js';
import type { Codebook, Question } from '../../model/codebook.js';
import { type Lang, type Text, tr } from '../labels/index.js';
import { suppressedNote } from '../labels/workbook.js';
import type { Cell, CellInput, Format } from './cell.js';

export interface Context {
  lang: Lang;
  codebook: Codebook;
  minCell: number;
  minCount: number;
  /** A glossary or codebook text in the workbook's language. */
  t(text: Text): string;
  question(id: string): Question | undefined;
  /** Question wording, or the id when the codebook lacks it. */
  questionText(id: string): string;
  /** Label of an answer code of a question's scale, or the code itself. */
  optionLabel(questionId: string, code: string | number): string;
  phaseLabel(id: string): string;
  themeLabel(id: string): string;
  /** Index label, or question text, or the id: whatever `id` names. */
  itemLabel(id: string): string;
}

/** Build the look-ups for one workbook. */
export function toContext(indicators: Indicators, lang: Lang): Context {
  const { codebook, methods } = indicators;
  const questions = new Map(codebook.questions.map((q) => [q.id, q]));
  const scales = new Map(codebook.scales.map((s) => [s.id, s]));
  const labelled = (list: { id: string; label: Text }[]) => new Map(list.map((x) => [x.id, x.label]));
  const phases = labelled(codebook.phases);
  const themes = labelled(codebook.themes);
  const indices = labelled(codebook.indices);
  const t = (text: Text) => tr(text, lang);
  const questionText = (id: string) => {
    const q = questions.get(id);
    return q ? t(q.text) : id;
  };
  return {
    lang,
    codebook,
    minCell: methods.minCell,
    minCount: methods.minCount,
    t,
    question: (id) => questions.get(id),
    questionText,
    optionLabel(questionId, code) {
      const q = questions.get(questionId);
      const scale = q && 'scale' in q ? scales.get(q.scale) : undefined;
      const option = scale?.options.find((o) => String(o.code) === String(code));
      return option ? t(option.label) : String(code);
    },
    phaseLabel: (id) => t(phases.get(id) ?? { nl: id, en: id }),
    themeLabel: (id) => t(themes.get(id) ?? { nl: id, en: id }),
    itemLabel(id) {
      const index = indices.get(id);
      return index ? t(index) : questionText(id);
    },
  };
}

/** The en dash shown for a suppressed number, right-aligned like the numbers around it. */
export const SUPPRESSED: Cell = { value: '–', align: 'right' };

/** A number of an estimate: the value, "–" when suppressed, empty when there is nothing. */
export function toValueCell(value: number | null, suppressed: boolean, format: Format): CellInput {
  if (suppressed) return SUPPRESSED;
  return value === null ? null : { value, format };
}

/** The n of an estimate, or "–" when suppressed (indicators.csv leaves it empty then too). */
export function toNCell(e: Estimate): CellInput {
  return e.suppressed ? SUPPRESSED : e.n;
}

/** `[estimate, ciLow, ciHigh]` of an estimate in the given format. */
export function toEstimateCells(e: Estimate, format: Format): CellInput[] {
  return [
    toValueCell(e.estimate, e.suppressed, format),
    toValueCell(e.ciLow, e.suppressed, format),
    toValueCell(e.ciHigh, e.suppressed, format),
  ];
}

/** The note for a row: "n<10" when any of its estimates is suppressed, else empty. */
export function toSuppressedNote(ctx: Context, estimates: Estimate[]): string | null {
  return estimates.some((e) => e.suppressed) ? ctx.t(suppressedNote(ctx.minCell)) : null;
}

/** Notes of a row joined with "; ", or null when there are none. */
export function joinNotes(...notes: (string | null)[]): string | null {
  const present = notes.filter((note): note is string => Boolean(note));
  return present.length > 0 ? present.join('; ') : null;
}
