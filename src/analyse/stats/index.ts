/**
 * The statistics library of analyse: pure functions, no I/O, as the domain document
 * statistics.md specifies. Estimates carry n and a 95% interval; quantiles are exact.
 */
export * from './alpha.js';
export * from './cdf.js';
export * from './compare.js';
export * from './fdr.js';
export * from './interval.js';
export * from './mean.js';
export * from './moments.js';
export * from './ordinal.js';
export * from './quantiles.js';
export * from './weighted.js';
export * from './weighted-sums.js';
export * from './wilson.js';
