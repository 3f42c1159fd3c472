/**
 * The tidy table of estimates, as indicators.csv and the workbook's indicator sheet both write it:
 * one column list and one row function, so the two can never differ. A suppressed row publishes
 * neither its numbers nor its n (README, "indicators.csv"). Labels come in the run's language, so
 * a researcher reads the table without opening the codebook. The contract columns come first, in
 * their order; `level`, `item_label` and `category_label` follow, so scripts on older runs still work.
 */
import type { Estimate, GeoLevel } from '../analyse/types.js';
import { chartLabels } from './labels/charts.js';
import type { Labeller } from './labels/labeller.js';

const QUADRANT_LABELS = {
  kans: chartLabels.kans,
  sterk_punt: chartLabels.sterk_punt,
  minder_urgent: chartLabels.minder_urgent,
  overschat: chartLabels.overschat,
};

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
  'level',
  'item_label',
  'category_label',
  'suppression',
  'n_eff',
] as const;

export type TidyCell = string | number | boolean | null;

/** The geographic level of a row: its own, else what its region and subregion say. */
export function levelOf(e: Estimate): GeoLevel {
  if (e.level) return e.level;
  if (e.region === 'all') return 'all';
  return e.subregion === 'all' ? 'region' : 'subregion';
}

/** The label of a row's category: the answer option's, or the place's own name (subregion, municipality). */
function categoryLabel(e: Estimate, labels: Labeller): string {
  if (e.category === '') return '';
  if (e.indicator === 'respondents' || e.indicator === 'reach_per_10k') {
    const scale = labels.scaleOf(e.item);
    const option = scale?.options.find((o) => String(o.code) === e.category);
    return option ? labels.t(option.label) : e.category;
  }
  if (e.indicator === 'ipa_gap') {
    const quadrant = QUADRANT_LABELS[e.category as keyof typeof QUADRANT_LABELS];
    return quadrant ? labels.t(quadrant) : e.category;
  }
  return labels.optionLabel(e.item, e.category);
}

/** One estimate as a row of INDICATOR_COLUMNS. */
export function toTidyRow(e: Estimate, labels: Labeller): TidyCell[] {
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
    levelOf(e),
    labels.shortLabel(e.item),
    categoryLabel(e, labels),
    // `small` says only that n is under the threshold; why else a number is hidden is not said
    // (that nearly everyone gave one answer is the very thing hidden).
    e.suppressed ? (e.suppression === 'small' || e.suppression === undefined ? 'small' : 'protected') : null,
    e.suppressed ? null : (e.nEff ?? null),
  ];
}
