/**
 * The weights of a run: a weight column (read by ingest), or raking to population margins, either
 * optionally trimmed at a cap × the mean weight; with what a methodologist needs to judge them:
 * the design effect of weighting (1 + CV²), Kish's effective n, the smallest and largest weight,
 * and for raking the passes and the largest margin error.
 */
import type { Margin, MarginVariable } from '../../model/margins.js';
import type { Survey } from '../../model/survey.js';
import { designEffect, kishEffectiveN } from '../stats/index.js';
import { RakeError, type RakeMargin, rake } from './rake.js';

export { RakeError, type RakeProblem } from './rake.js';

export interface WeightingOptions {
  /** Rake to these margins (instead of a weight column). */
  rake?: readonly Margin[];
  /** Trim weights above this multiple of the mean weight. */
  cap?: number;
}

/** How the weights were made and what they do, for the methods and the manifest. */
export interface WeightingFacts {
  source: 'column' | 'rake';
  column: string | null;
  margins: string[];
  /** Raking: passes over the margins, and the largest relative margin error at the end. */
  iterations: number | null;
  maxError: number | null;
  cap: number | null;
  /** Weights at the cap. */
  capped: number;
  n: number;
  nEff: number;
  designEffect: number;
  /** The smallest and largest weight, relative to the mean weight. */
  min: number;
  max: number;
}

/** A variable's key of respondent i: a place index or an answer code; -1 when unknown. */
function keyOf(survey: Survey, v: MarginVariable, i: number): number {
  if (v.kind !== 'question') {
    const places =
      v.kind === 'region' ? survey.region : v.kind === 'subregion' ? survey.subregion : survey.municipality;
    return places[i]!;
  }
  const column = survey.columns.get(v.id);
  if (column?.kind !== 'code') return -1;
  const q = survey.codebook.questions.find((x) => x.id === v.id);
  const scale = q && 'scale' in q ? survey.codebook.scales.find((s) => s.id === q.scale) : undefined;
  const code = column.codes[i]!;
  return scale?.options.some((o) => o.code === code) ? code : -1;
}

function toRakeMargin(survey: Survey, margin: Margin): RakeMargin {
  const index = new Map(margin.cells.map((c, k) => [c.keys.join('|'), k]));
  const cells = margin.cells.map((c) => c.label);
  const population = margin.cells.map((c) => c.population);
  const cellOf = new Int32Array(survey.size);
  for (let i = 0; i < survey.size; i++) {
    const keys = margin.variables.map((v) => keyOf(survey, v, i));
    if (keys.some((k) => k < 0)) {
      cellOf[i] = -1;
      continue;
    }
    const k = index.get(keys.join('|'));
    if (k !== undefined) cellOf[i] = k;
    else {
      // Respondents in a cell the margins do not list: a cell with no population (an error).
      index.set(keys.join('|'), cells.length);
      cellOf[i] = cells.length;
      cells.push(keys.join(':'));
      population.push(0);
    }
  }
  return { name: margin.name, cells, population, cellOf };
}

/** Trim `w` in place at `cap` × its mean, again against the new mean until nothing is above it. */
function trim(w: Float64Array, cap: number): number {
  let capped = 0;
  for (let round = 0; round < 100; round++) {
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    let moved = false;
    capped = 0;
    for (let i = 0; i < w.length; i++)
      if (w[i]! >= cap * mean) {
        if (w[i]! > cap * mean * (1 + 1e-12)) moved = true;
        w[i] = cap * mean;
        capped++;
      }
    if (!moved) break;
  }
  return capped;
}

/**
 * The weights of the included respondents and their facts, or null for an unweighted run.
 * Throws a `RakeError` naming the margin when raking cannot be done.
 */
export function weightsOf(
  survey: Survey,
  options: WeightingOptions,
): { weights: Float64Array; facts: WeightingFacts } | null {
  let weights: Float64Array;
  let raked: { iterations: number; maxError: number } | null = null;
  let capped = 0;
  if (options.rake && options.rake.length > 0) {
    const result = rake(
      survey.size,
      options.rake.map((m) => toRakeMargin(survey, m)),
      options.cap ? { cap: options.cap } : {},
    );
    weights = result.weights;
    raked = { iterations: result.iterations, maxError: result.maxError };
    capped = result.capped;
  } else if (survey.weights) {
    weights = Float64Array.from(survey.weights);
    if (options.cap) capped = trim(weights, options.cap);
  } else return null;
  if (survey.size > 0 && !(weights.reduce((a, b) => a + b, 0) > 0))
    throw new RakeError({
      kind: 'no_convergence',
      margin: survey.codebook.weight ?? 'weights',
      error: Number.NaN,
      iterations: 0,
    });
  const mean = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const x of weights) {
    min = Math.min(min, x / mean);
    max = Math.max(max, x / mean);
  }
  return {
    weights,
    facts: {
      source: raked ? 'rake' : 'column',
      column: raked ? null : (survey.codebook.weight ?? null),
      margins: options.rake?.map((m) => m.name) ?? [],
      iterations: raked?.iterations ?? null,
      maxError: raked?.maxError ?? null,
      cap: options.cap ?? null,
      capped,
      n: weights.length,
      nEff: kishEffectiveN(weights),
      designEffect: designEffect(weights),
      min: weights.length > 0 ? min : 0,
      max,
    },
  };
}
