/**
 * yargs, as the command line imports it. In dist/ the build replaces this module with yargs and
 * its dependencies bundled into one file (scripts/bundle-yargs.mjs): loading yargs' forty-odd
 * modules one by one was half of `regioscan --help`'s time beyond Node's own start-up (110 ms,
 * against 55 ms for the bundle). Run from the sources (tests), it is yargs itself.
 */

export type { Argv } from 'yargs';
export { default } from 'yargs';
