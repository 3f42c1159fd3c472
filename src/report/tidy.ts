/**
 * The tidy table of estimates, as indicators.csv and the workbook's indicator sheet both write it:
 * one column list and one row function, so the two can never differ. A suppressed row publishes
 * neither its numbers nor its n (README, "indicators.csv").
 */
import type { Estimate } from '../analyse/types.js';

/** The columns of indicators.csv, in order. */
export const INDICATOR_COLUMNS = [
  'region',
  'subregion',
  'group',
  'indicator',
  'item',
  'category',
  'n',
  'estimate',
  'ci_low',
  'ci_high',
  'suppressed',
  'n_other',
  'p_value',
  'q_value',
  'significant',
] as const;

export type TidyCell = string | number | boolean | null;

/** One estimate as a row of INDICATOR_COLUMNS. */
export function toTidyRow(e: Estimate): TidyCell[] {
  const hide = (value: number | null) => (e.suppressed ? null : value);
  return [
    e.region,
    e.subregion,
    e.group,
    e.indicator,
    e.item,
    e.category,
    hide(e.n),
    hide(e.estimate),
    hide(e.ciLow),
    hide(e.ciHigh),
    e.suppressed,
    hide(e.nOther ?? null),
    e.pValue ?? null,
    e.qValue ?? null,
    e.significant ?? null,
  ];
}
