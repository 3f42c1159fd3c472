#!/usr/bin/env node
/**
 * Part of `npm run build`: replace dist/vendor/yargs.js (a re-export of yargs, as tsc compiled it)
 * by yargs and its dependencies bundled into one module with esbuild, so that `regioscan --help`
 * does not load them file by file (src/vendor/yargs.ts). Licence comments are kept.
 *
 * yargs finds its translations (locales/*.json, chosen by LANG) next to its own source file; in the
 * bundle they are found in the installed yargs package instead, so the help reads the same.
 */
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const LOCALES = "resolve(__dirname, '../../../locales')";
const INSTALLED = "dirname(require.resolve('yargs/package.json')) + '/locales'";

await build({
  stdin: {
    contents: "export { default } from 'yargs';",
    resolveDir: process.cwd(),
    sourcefile: 'yargs-entry.js',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'inline',
  outfile: 'dist/vendor/yargs.js',
  logLevel: 'warning',
  plugins: [
    {
      name: 'yargs-locales',
      setup(b) {
        b.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          if (!source.includes(LOCALES) || !/\bdirname\b/.test(source))
            throw new Error(
              `yargs' ${args.path} no longer finds its locales as ${LOCALES}: update this script`,
            );
          return { contents: source.replace(LOCALES, INSTALLED), loader: 'js' };
        });
      },
    },
  ],
});
// tsc's map is of the re-export, not of the bundle.
await rm('dist/vendor/yargs.js.map', { force: true });
