/**
 * Estimates are made here and nowhere else, and small-cell suppression is applied as they are
 * made: an estimate over fewer than `minCell` respondents leaves its numbers out (statistics.md,
 * "Small cells"). Reports only ever see what these functions return.
 */
import type { Place } from './context.js';
import { isSmallCell } from './privacy/index.js';
import {
  type Interval,
  type Moments,
  meanInterval,
  shareInterval,
  type WeightedSums,
  weightedMeanOf,
  wilsonEffective,
} from './stats/index.js';
import type { Estimate } from './types.js';

export interface EstimateKey {
  indicator: string;
  item: string;
  category?: string;
}

/** An estimate from an interval, suppressed below `minCell`. */
export function toEstimate(
  place: Place,
  key: EstimateKey,
  n: number,
  interval: Interval | null,
  minCell: number,
  disclosive = false,
): Estimate {
  const small = isSmallCell(n, minCell);
  const suppressed = small || disclosive;
  const finite = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);
  return {
    ...(suppressed ? { suppression: small ? ('small' as const) : ('class' as const) } : {}),
    ...place,
    indicator: key.indicator,
    item: key.item,
    category: key.category ?? '',
    n,
    estimate: suppressed || !interval ? null : finite(interval.estimate),
    ciLow: suppressed || !interval ? null : finite(interval.low),
    ciHigh: suppressed || !interval ? null : finite(interval.high),
    suppressed,
  };
}

/** Mean with its t-interval; `disclosive`: hidden whatever the n (class disclosure). */
export function meanEstimate(
  place: Place,
  key: EstimateKey,
  moments: Moments,
  minCell: number,
  disclosive = false,
): Estimate {
  return toEstimate(place, key, moments.n, meanInterval(moments), minCell, disclosive);
}

/**
 * Share k/n with its Wilson interval; `disclosive`: hidden whatever the n (the caller applies the
 * class-disclosure rule: per distribution for single answers, per share for ticks).
 */
export function shareEstimate(
  place: Place,
  key: EstimateKey,
  k: number,
  n: number,
  minCell: number,
  disclosive = false,
): Estimate {
  return toEstimate(place, key, n, shareInterval(k, n), minCell, disclosive);
}

/** A single value without an interval (a median, an alpha). */
export function pointEstimate(
  place: Place,
  key: EstimateKey,
  n: number,
  value: number | null,
  minCell: number,
  disclosive = false,
): Estimate {
  const interval =
    value === null ? null : { n, estimate: value, low: Number.NaN, high: Number.NaN, se: Number.NaN };
  return toEstimate(place, key, n, interval, minCell, disclosive);
}

/** A weighted mean with its linearisation interval; n is the unweighted count, `nEff` Kish's. */
export function weightedMeanEstimate(
  place: Place,
  key: EstimateKey,
  sums: WeightedSums,
  minCell: number,
  disclosive = false,
): Estimate {
  const interval = weightedMeanOf(sums);
  const e = toEstimate(place, key, sums.n, interval, minCell, disclosive);
  if (interval && !e.suppressed) e.nEff = interval.nEff;
  return e;
}

/**
 * A weighted share Σw·[chosen] / Σw over the `n` answering respondents (`k` of them chose it),
 * with the Wilson interval on Kish's effective n (Σw)² / Σw².
 */
export function weightedShareEstimate(
  place: Place,
  key: EstimateKey,
  counts: { k: number; n: number; wk: number; sw: number; sww: number },
  minCell: number,
  disclosive = false,
): Estimate {
  const { n, wk, sw, sww } = counts;
  if (!(sw > 0)) return toEstimate(place, key, n, null, minCell, disclosive);
  const p = wk / sw;
  const nEff = (sw * sw) / sww;
  const [low, high] = wilsonEffective(p, nEff);
  const e = toEstimate(
    place,
    key,
    n,
    { n, estimate: p, low, high, se: Math.sqrt((p * (1 - p)) / nEff) },
    minCell,
    disclosive,
  );
  if (!e.suppressed) e.nEff = nEff;
  return e;
}
