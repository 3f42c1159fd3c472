/**
 * What every analysis step needs: the survey, quick lookups into the codebook, and where the
 * estimates being made belong (region, subregion, group) so each `Estimate` is labelled once.
 */
import type { Codebook, Question, Scale } from '../model/codebook.js';
import type { Margin } from '../model/margins.js';
import type { PreviousRun } from '../model/previous.js';
import type { Column, Survey } from '../model/survey.js';
import { type CellCache, type Cells, createCells, type Grouped, overCells } from './cells.js';
import type { Selection } from './select.js';

export interface AnalyseOptions {
  /** Estimates for fewer respondents than this are suppressed (default 10). */
  minCell: number;
  /** Counts in frequency tables under this are suppressed (default 5). */
  minCount: number;
  /** Rake to these population margins (instead of the survey's weight column, if any). */
  rake?: readonly Margin[];
  /** Trim weights above this multiple of the mean weight. */
  weightCap?: number;
  /** An earlier run to compare with (the trend). */
  previous?: PreviousRun;
}

export interface Context {
  survey: Survey;
  codebook: Codebook;
  options: AnalyseOptions;
  /** The survey weight per respondent, or null for unweighted estimates. */
  weights: Float64Array | null;
  /**
   * In the unweighted pass of a weighted analysis, the weights of the pass to come: counts made
   * per cell with them serve both passes (coded.ts). Null otherwise.
   */
  nextWeights: Float64Array | null;
  question(id: string): Question;
  scale(id: string): Scale;
  column(id: string): Column | undefined;
  /** The respondents by region × role, shared by the contexts of one analysis (cells.ts). */
  cells: Cells;
  /**
   * A mergeable measure of `of` (a column, a question, an index; `key` tells measures of one thing
   * apart) over a selection: merged from its cells' partial results where the selection is a union
   * of cells, every cell measured in one pass once per context (cells.ts).
   */
  over<T>(of: object, key: string, selection: Selection, measure: Grouped<T>, merge: (a: T, b: T) => T): T;
}

/** Where an estimate belongs: the first three columns of indicators.csv. */
export interface Place {
  region: string;
  subregion: string;
  group: string;
}

export function createContext(
  survey: Survey,
  options: AnalyseOptions,
  weights: Float64Array | null = null,
  cells: Cells = createCells(survey),
  nextWeights: Float64Array | null = null,
): Context {
  const cache: CellCache = new WeakMap();
  const questions = new Map(survey.codebook.questions.map((q) => [q.id, q]));
  const scales = new Map(survey.codebook.scales.map((s) => [s.id, s]));
  return {
    survey,
    codebook: survey.codebook,
    options,
    weights,
    nextWeights: weights ? null : nextWeights,
    question: (id) => {
      const q = questions.get(id);
      if (!q) throw new Error(`unknown question ${id}`);
      return q;
    },
    scale: (id) => {
      const s = scales.get(id);
      if (!s) throw new Error(`unknown scale ${id}`);
      return s;
    },
    column: (id) => survey.columns.get(id),
    cells,
    over: (of, key, selection, measure, merge) => overCells(cells, cache, of, key, selection, measure, merge),
  };
}
