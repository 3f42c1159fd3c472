/**
 * The reading plan: for each codebook question, the export column(s) it comes from and how one
 * respondent's cells become its answer. Columns are found by code, then by question text
 * (`headers`), case-insensitively; a missing column names the closest headings.
 */
import type { Codebook, Question, Scale } from '../model/codebook.js';
import { MISSING, MISSING_TICK, Texts } from '../model/survey.js';
import { type ColumnBuilder, codeBuilder, float64s, uint8s } from './columns.js';
import { message } from './messages.js';
import { cleanCell, decimalComma, labelKey, optionLookup, parseOption, yesNoTick } from './values.js';

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

/** Finds export columns by heading. */
export class HeaderIndex {
  private readonly byKey = new Map<string, number>();
  /** `aliases[i]`: other names of column i (question text, ImportId), matched after every heading. */
  constructor(
    readonly headers: readonly string[],
    aliases: readonly (readonly string[])[] = [],
  ) {
    headers.forEach((h, i) => {
      const k = labelKey(h);
      if (!this.byKey.has(k)) this.byKey.set(k, i);
    });
    aliases.forEach((names, i) => {
      for (const name of names) {
        const k = labelKey(name);
        if (k !== '' && !this.byKey.has(k)) this.byKey.set(k, i);
      }
    });
  }
  find(...names: readonly string[]): number | undefined {
    for (const name of names) {
      const i = this.byKey.get(labelKey(name));
      if (i !== undefined) return i;
    }
    return undefined;
  }
  /** Up to three headings closest to `name` (edit distance), for "did you mean" messages. */
  closest(name: string): string[] {
    const target = labelKey(name);
    // Headings that contain the name (a suffix added by the tool) rank before mere look-alikes.
    return this.headers
      .map((h) => ({ h, k: labelKey(h) }))
      .map(({ h, k }) => ({
        h,
        d: editDistance(k, target),
        within: k.includes(target) || (k.length > 0 && target.includes(k)),
      }))
      .filter((x) => x.within || x.d <= Math.max(1, Math.ceil(target.length * 0.4)))
      .sort((a, b) => Number(b.within) - Number(a.within) || a.d - b.d || a.h.localeCompare(b.h))
      .slice(0, 3)
      .map((x) => x.h);
  }
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
  options: readonly { code: number }[],
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

/**
 * Split a joined multi-select cell into option codes. Labels may themselves contain the separator
 * (Google Forms joins with ", " and options often hold commas), so pieces are joined back until
 * they form a known option, longest first. A piece that is no option is the `other` option's
 * free text (the rest of the cell), or makes the cell unreadable (null) without one.
 */
export function splitOptions(
  raw: string,
  separator: string,
  lookup: ReadonlyMap<string, number>,
  other?: number,
): number[] | null {
  const pieces = raw.split(separator).map((p) => p.trim());
  while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  const out: number[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (pieces[i] === '') {
      i++;
      continue;
    }
    let found = -1;
    for (let j = pieces.length; j > i; j--) {
      // Pieces joined back must match a label exactly ("2,0" is two codes, not the number 2.0).
      const code =
        j === i + 1
          ? parseOption(pieces[i]!, lookup)
          : lookup.get(labelKey(pieces.slice(i, j).join(separator)));
      if (code !== undefined && code !== MISSING) {
        out.push(code);
        found = j;
        break;
      }
    }
    if (found < 0) {
      // Free text after the known options is the "other" answer: the rest of the cell.
      if (other === undefined) return null;
      out.push(other);
      break;
    }
    i = found;
  }
  return out;
}

/** Levenshtein distance, for suggesting headings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
