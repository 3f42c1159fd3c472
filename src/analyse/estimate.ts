/**
 * Estimates are made here and nowhere else, and small-cell suppression is applied as they are
 * made: an estimate over fewer than `minCell` respondents leaves its numbers out (statistics.md,
 * "Small cells"). Reports only ever see what these functions return.
 */
import type { Place } from './context.js';
import { isDisclosiveShare, isSmallCell } from './privacy/index.js';
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
  const suppressed = isSmallCell(n, minCell) || disclosive;
  const finite = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);
  return {
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

/** Mean with its t-interval. */
export function meanEstimate(place: Place, key: EstimateKey, moments: Moments, minCell: number): Estimate {
  return toEstimate(place, key, moments.n, meanInterval(moments), minCell);
}

/** Share k/n with its Wilson interval; `sensitive` items also hide class-disclosive shares. */
export function shareEstimate(
  place: Place,
  key: EstimateKey,
  k: number,
  n: number,
  minCell: number,
  sensitive = false,
): Estimate {
  return toEstimate(place, key, n, shareInterval(k, n), minCell, isDisclosiveShare(k, n, sensitive));
}

/** A single value without an interval (a median, an alpha). */
export function pointEstimate(
  place: Place,
  key: EstimateKey,
  n: number,
  value: number | null,
  minCell: number,
): Estimate {
  const interval =
    value === null ? null : { n, estimate: value, low: Number.NaN, high: Number.NaN, se: Number.NaN };
  return toEstimate(place, key, n, interval, minCell);
}
