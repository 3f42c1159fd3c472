/**
 * Estimates are made here and nowhere else, and small-cell suppression is applied as they are
 * made: an estimate over fewer than `minCell` respondents leaves its numbers out (statistics.md,
 * "Small cells"). Reports only ever see what these functions return.
 */
import type { Place } from './context.js';
import { isSmallCell } from './privacy/index.js';
import { type Interval, type Moments, meanInterval, shareInterval } from './stats/index.js';
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
