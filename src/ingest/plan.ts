/**
 * The reading plan: for each codebook question, the export column(s) it comes from and how one
 * respondent's cells become its answer. Columns are found by code, then by question text
 * (`headers`), case-insensitively; a missing column names the closest headings.
 */
import type { Codebook, Question, Scale } from '../model/codebook.js';
import { MISSING, MISSING_TICK, Texts } from '../model/survey.js';
import { type ColumnBuilder, codeBuilder, float64s, uint8s } from './columns.js';
import type { HeaderIndex } from './headers.js';
import { message } from './messages.js';
import {
  cleanCell,
  decimalComma,
  labelKey,
  optionLookup,
  parseOption,
  splitOptions,
  yesNoTick,
} from './values.js';

/** One respondent's answer to one question, before it is stored. */
export type Answer = number | number[] | string | null;

/** Reports a cell that does not parse: column index, raw value, what was expected. */
export type Complaint = (column: number, value: string, expected: string) => void;

export interface QuestionPlan {
  question: Question;
  /** Column indices read, in the order of the question's columns. */
  columns: number[];
  read(cells: readonly string[], complain: Complaint): Answer;
  /** True when the answer is a substantive one (not blank, not "weet niet"). */
  isSubstantive(answer: Answer): boolean;
  builder(): ColumnBuilder;
  push(builder: ColumnBuilder, answer: Answer): void;
}

/** Build the plan of every question; missing columns are returned as problems, not thrown. */
export function planQuestions(
  codebook: Codebook,
  headers: HeaderIndex,
): { plans: QuestionPlan[]; missing: { question: string; column: string; closest: string[] }[] } {
  const scales = new Map(codebook.scales.map((s) => [s.id, s]));
  const plans: QuestionPlan[] = [];
  const missing: { question: string; column: string; closest: string[] }[] = [];
  const locate = (q: Question, column: string, extra: readonly string[] = []): number => {
    const i = headers.find(column, ...extra);
    if (i === undefined) {
      missing.push({ question: q.id, column, closest: headers.closest(column) });
      return -1;
    }
    return i;
  };
  for (const q of codebook.questions) {
    const scale = 'scale' in q ? scales.get(q.scale) : undefined;
    switch (q.type) {
      case 'single':
      case 'likert':
      case 'ladder':
      case 'ipa':
        plans.push(codedPlan(q, locate(q, q.column, q.headers), scale!));
        break;
      case 'multi':
        if (q.columns)
          plans.push(
            tickPlan(
              q,
              q.columns,
              q.columns.map((c) => locate(q, c.column)),
              scale!,
            ),
          );
        else plans.push(joinedPlan(q, locate(q, q.column!, q.headers), q.separator, scale!, q.other));
        break;
      case 'rank':
        plans.push(
          rankPlan(
            q,
            q.columns.map((c) => locate(q, c)),
            scale!,
          ),
        );
        break;
      case 'numeric':
        plans.push(numericPlan(q, locate(q, q.column, q.headers), q.min, q.max));
        break;
      case 'open':
        plans.push(openPlan(q, locate(q, q.column, q.headers)));
        break;
    }
  }
  return { plans, missing };
}

function expectedOptions(scale: Scale): string[] {
  return [...scale.options, ...scale.missing].map((o) => `${o.code} (${o.label.nl})`);
}

function codedPlan(question: Question, column: number, scale: Scale): QuestionPlan {
  const lookup = optionLookup(scale);
  const substantive = new Set(scale.options.map((o) => o.code));
  const expected = message.notAnOption(expectedOptions(scale));
  return {
    question,
    columns: [column],
    read(cells, complain) {
      const raw = cells[column] ?? '';
      const code = parseOption(raw, lookup);
      if (code === undefined) {
        complain(column, raw, expected);
        return null;
      }
      return code === MISSING ? null : code;
    },
    isSubstantive: (a) => typeof a === 'number' && substantive.has(a),
    builder: () => ({
      kind: 'code',
      codes: codeBuilder([...scale.options, ...scale.missing].map((o) => o.code)),
    }),
    push: (b, a) => (b.kind === 'code' ? b.codes.push(typeof a === 'number' ? a : MISSING) : undefined),
  };
}

function tickPlan(
  question: Question,
  options: readonly { code: number; other?: boolean | undefined }[],
  columns: number[],
  scale: Scale,
): QuestionPlan {
  const codes = options.map((o) => o.code);
  const keys = options.map((o) => {
    const opt = scale.options.find((s) => s.code === o.code);
    return new Set(opt ? [opt.label.nl, opt.label.en, ...opt.aliases].map(labelKey) : []);
  });
  return {
    question,
    columns,
    read(cells, complain) {
      const ticks = columns.map((c, i) => {
        const raw = cells[c] ?? '';
        // The "other, namely" column: any text is the answer "other".
        if (options[i]!.other) return cleanCell(raw) === '' ? 0 : 1;
        const t = yesNoTick(raw, keys[i]!);
        if (t === undefined) complain(c, raw, message.notATick());
        return t ?? 0;
      });
      // Nothing ticked reads as not answered: an export cannot tell the two apart.
      return ticks.some((t) => t === 1) ? ticks : null;
    },
    ...multiStorage(codes),
  };
}

/** How a multi-select is stored, whichever way the export writes it: one tick column per option. */
function multiStorage(codes: number[]): Pick<QuestionPlan, 'isSubstantive' | 'builder' | 'push'> {
  return {
    isSubstantive: (a) => Array.isArray(a),
    builder: () => ({ kind: 'multi', options: codes, ticks: codes.map(() => uint8s()) }),
    push: (b, a) => {
      if (b.kind !== 'multi') return;
      b.ticks.forEach((t, i) => {
        t.push(Array.isArray(a) ? a[i]! : MISSING_TICK);
      });
    },
  };
}

function joinedPlan(
  question: Question,
  column: number,
  separator: string,
  scale: Scale,
  other?: number,
): QuestionPlan {
  const lookup = optionLookup(scale);
  const codes = scale.options.map((o) => o.code);
  const expected = message.notAnOption(expectedOptions(scale));
  return {
    question,
    columns: [column],
    read(cells, complain) {
      const raw = cells[column] ?? '';
      if (cleanCell(raw) === '') return null;
      const ticks = codes.map(() => 0);
      const parts = splitOptions(raw, separator, lookup, other);
      if (parts === null) {
        complain(column, raw, expected);
        return null;
      }
      for (const code of parts) {
        const i = codes.indexOf(code);
        if (i >= 0) ticks[i] = 1;
      }
      return ticks.some((t) => t === 1) ? ticks : null;
    },
    ...multiStorage(codes),
  };
}

function rankPlan(question: Question, columns: number[], scale: Scale): QuestionPlan {
  const lookup = optionLookup(scale);
  const substantive = new Set(scale.options.map((o) => o.code));
  const expected = message.notAnOption(expectedOptions(scale));
  return {
    question,
    columns,
    read(cells, complain) {
      const positions = columns.map((c) => {
        const raw = cells[c] ?? '';
        const code = parseOption(raw, lookup);
        if (code === undefined) complain(c, raw, expected);
        return code === undefined || !substantive.has(code) ? MISSING : code;
      });
      return positions.some((p) => p !== MISSING) ? positions : null;
    },
    isSubstantive: (a) => Array.isArray(a),
    builder: () => ({
      kind: 'rank',
      positions: columns.map(() => codeBuilder(scale.options.map((o) => o.code))),
    }),
    push: (b, a) => {
      if (b.kind !== 'rank') return;
      b.positions.forEach((p, i) => {
        p.push(Array.isArray(a) ? a[i]! : MISSING);
      });
    },
  };
}

function numericPlan(question: Question, column: number, min?: number, max?: number): QuestionPlan {
  return {
    question,
    columns: [column],
    read(cells, complain) {
      const raw = cells[column] ?? '';
      const n = decimalComma(raw);
      if (n === undefined) {
        complain(column, raw, message.notANumber());
        return null;
      }
      if (Number.isNaN(n)) return null;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        complain(column, raw, message.outOfRange(min, max));
        return null;
      }
      return n;
    },
    isSubstantive: (a) => typeof a === 'number',
    builder: () => ({ kind: 'number', values: float64s() }),
    push: (b, a) => (b.kind === 'number' ? b.values.push(typeof a === 'number' ? a : Number.NaN) : undefined),
  };
}

function openPlan(question: Question, column: number): QuestionPlan {
  return {
    question,
    columns: [column],
    read(cells) {
      const value = (cells[column] ?? '').trim();
      return value === '' ? null : value;
    },
    isSubstantive: (a) => typeof a === 'string',
    builder: () => ({ kind: 'text', values: new Texts() }),
    push: (b, a) => (b.kind === 'text' ? b.values.push(typeof a === 'string' ? a : null) : undefined),
  };
}
