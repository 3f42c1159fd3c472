/**
 * A small seeded pseudo-random generator for the demo data: mulberry32 (Tommy Ettinger, 2017),
 * a 32-bit state generator that is plenty for synthetic survey answers. Only integer and IEEE
 * addition arithmetic is used, so the same seed gives the same stream on every platform.
 */

/** mulberry32: a function returning uniform numbers in [0, 1), deterministic in `seed` (taken mod 2^32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws on top of one mulberry32 stream. */
export class Random {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.#next();
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.#next() < p;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  /**
   * Approximately standard normal (mean 0, sd 1): the Irwin–Hall sum of 12 uniforms minus 6.
   * Avoids `Math.log`/`Math.cos`, whose last bits may differ between engines.
   */
  normal(): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.#next();
    return sum - 6;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#next() * items.length)];
    if (item === undefined) throw new RangeError('pick() needs a non-empty list');
    return item;
  }

  /** Index drawn with probability proportional to `weights` (non-negative, not all zero). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.#next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** `k` distinct indices drawn without replacement, each step proportional to the remaining weights. */
  weightedSample(weights: readonly number[], k: number): number[] {
    const left = [...weights];
    const chosen: number[] = [];
    for (let step = 0; step < k && left.some((w) => w > 0); step++) {
      const i = this.weightedIndex(left);
      chosen.push(i);
      left[i] = 0;
    }
    return chosen;
  }
}
