/**
 * Privacy: redaction of personal data in open answers, cell suppression in frequency tables, and
 * the small-cell and class-disclosure rules for estimates.
 */
export { isValidBsn, isValidIban } from './checksums.js';
export { PII_PLACEHOLDER, type PiiKind, type Redaction, redact } from './redact.js';
export { isDisclosiveDistribution, isDisclosiveShare, isSmallCell } from './smallcell.js';
export {
  type CountTable,
  type SuppressedTable,
  type SuppressOptions,
  suppressCounts,
  suppressList,
} from './suppress.js';
