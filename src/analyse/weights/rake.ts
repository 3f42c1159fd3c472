/**
 * Raking (iterative proportional fitting): weights that make the weighted distribution of the
 * respondents over each margin (e.g. subregion, age band, role) equal the population's, adjusting
 * to each margin in turn until the largest relative margin error is below the tolerance, as R's
 * `survey::rake` does. Respondents without a category on a margin (no answer) keep their weight on
 * that margin, and the margin's shares are applied to the weight of those with one (as anesrake
 * does). With a cap, weights above cap × the mean weight are trimmed to it after each pass and the
 * raking goes on (anesrake's trimming), until neither the weights nor the margins change.
 * Final weights have mean 1.
 */

export interface RakeMargin {
  /** How the margin is named in messages, e.g. "subregion × A4_leeftijd". */
  name: string;
  /** Names of the margin's cells, for messages. */
  cells: string[];
  /** Population per cell (any unit: only the shares count). */
  population: number[];
  /** Per respondent: the cell index, or -1 when the respondent has no category on this margin. */
  cellOf: Int32Array;
}

export interface RakeOptions {
  /** Largest relative margin error accepted (default 1e-8). */
  tolerance?: number;
  /** Passes over all margins at most (default 1000). */
  maxIterations?: number;
  /** Trim weights above `cap` × the mean weight (e.g. 5); none by default. */
  cap?: number;
}

export interface RakeResult {
  weights: Float64Array;
  iterations: number;
  /** Largest relative difference between a margin's weighted share and the population's. */
  maxError: number;
  /** The margin with the largest error. */
  worstMargin: string;
  /** Weights at the cap after the last pass. */
  capped: number;
}

export type RakeProblem =
  | { kind: 'empty_cell'; margin: string; cell: string }
  | { kind: 'no_population'; margin: string; cell: string; respondents: number }
  | { kind: 'no_convergence'; margin: string; error: number; iterations: number };

/** Raking failed: the problem names the margin (and cell). */
export class RakeError extends Error {
  constructor(readonly problem: RakeProblem) {
    super(`raking: ${problem.kind} in ${problem.margin}`);
  }
}

function marginError(weights: Float64Array, m: RakeMargin, shares: number[]): number {
  const totals = new Float64Array(m.cells.length);
  let known = 0;
  for (let i = 0; i < weights.length; i++) {
    const c = m.cellOf[i]!;
    if (c < 0) continue;
    totals[c]! += weights[i]!;
    known += weights[i]!;
  }
  let worst = 0;
  shares.forEach((share, c) => {
    if (share > 0) worst = Math.max(worst, Math.abs(totals[c]! / known - share) / share);
  });
  return worst;
}

/** Rake `n` respondents to `margins`. Throws a `RakeError` naming the margin when it cannot. */
export function rake(n: number, margins: readonly RakeMargin[], options: RakeOptions = {}): RakeResult {
  const tolerance = options.tolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 1000;
  const shares = margins.map((m) => {
    const total = m.population.reduce((a, b) => a + b, 0);
    return m.population.map((p) => (total > 0 ? p / total : 0));
  });
  margins.forEach((m) => {
    const counts = new Array<number>(m.cells.length).fill(0);
    for (let i = 0; i < n; i++) if (m.cellOf[i]! >= 0) counts[m.cellOf[i]!]! += 1;
    m.cells.forEach((cell, c) => {
      if (m.population[c]! > 0 && counts[c] === 0)
        throw new RakeError({ kind: 'empty_cell', margin: m.name, cell });
      if (!(m.population[c]! > 0) && counts[c]! > 0)
        throw new RakeError({ kind: 'no_population', margin: m.name, cell, respondents: counts[c]! });
    });
  });

  const w = new Float64Array(n).fill(1);
  let iterations = 0;
  let capped = 0;
  let errors = margins.map(() => Number.POSITIVE_INFINITY);
  const capAt = () => {
    let sum = 0;
    for (const x of w) sum += x;
    return (options.cap ?? Number.POSITIVE_INFINITY) * (sum / n);
  };
  for (; iterations < maxIterations; ) {
    iterations++;
    const before = options.cap ? Float64Array.from(w) : null;
    margins.forEach((m, j) => {
      const totals = new Float64Array(m.cells.length);
      let known = 0;
      for (let i = 0; i < n; i++) {
        const c = m.cellOf[i]!;
        if (c < 0) continue;
        totals[c]! += w[i]!;
        known += w[i]!;
      }
      const factor = shares[j]!.map((share, c) => (totals[c]! > 0 ? (share * known) / totals[c]! : 1));
      for (let i = 0; i < n; i++) {
        const c = m.cellOf[i]!;
        if (c >= 0) w[i] = w[i]! * factor[c]!;
      }
    });
    if (options.cap) {
      // Trimming lowers the mean, so trim again against the new mean until nothing is above it.
      for (let round = 0; round < 100; round++) {
        const cap = capAt();
        capped = 0;
        let moved = false;
        for (let i = 0; i < n; i++)
          if (w[i]! >= cap) {
            if (w[i]! > cap * (1 + 1e-12)) moved = true;
            w[i] = cap;
            capped++;
          }
        if (!moved) break;
      }
    }
    errors = margins.map((m, j) => marginError(w, m, shares[j]!));
    const worst = Math.max(0, ...errors);
    if (options.cap && before) {
      // Trimmed raking settles where trimming and raking stop moving the weights.
      let change = 0;
      for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(w[i]! - before[i]!) / before[i]!);
      if (change < tolerance) break;
    } else if (worst < tolerance) break;
  }
  const worst = Math.max(0, ...errors);
  const worstIndex = errors.indexOf(worst);
  if (!options.cap && !(worst < tolerance))
    throw new RakeError({
      kind: 'no_convergence',
      margin: margins[worstIndex]?.name ?? '',
      error: worst,
      iterations,
    });
  let sum = 0;
  for (const x of w) sum += x;
  for (let i = 0; i < n; i++) w[i] = (w[i]! * n) / sum;
  return { weights: w, iterations, maxError: worst, worstMargin: margins[worstIndex]?.name ?? '', capped };
}
