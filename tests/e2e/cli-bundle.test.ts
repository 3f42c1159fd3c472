/**
 * The built command loads yargs bundled into one module (scripts/bundle-yargs.mjs, for the time of
 * `regioscan --help`): it must say exactly what the sources say, in English and under a Dutch
 * LANG (yargs' own headings come from its translations, which the bundle finds in the installed
 * package).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The command from the sources, as bin/regioscan.js runs it from dist/. */
const FROM_SOURCES =
  "const { main } = await import('./src/cli.ts'); process.exitCode = await main(process.argv.slice(1));";

function say(entry: 'dist' | 'src', args: string[], lang: string): string {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
  const argv =
    entry === 'dist'
      ? ['bin/regioscan.js', ...args]
      : ['--import', 'tsx', '--input-type=module', '-e', FROM_SOURCES, '--', ...args];
  try {
    return execFileSync(process.execPath, argv, { cwd: root, env, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

describe('the built command line (yargs bundled)', () => {
  it('dist/vendor/yargs.js is the bundle, not a re-export of the package', () => {
    const bundle = readFileSync(`${root}dist/vendor/yargs.js`, 'utf8');
    expect(bundle).not.toMatch(/from\s+["']yargs["']/);
    expect(bundle.length).toBeGreaterThan(100_000);
  });

  it.each([
    ['C.UTF-8', 'Commands:'],
    ['nl_NL.UTF-8', "Commando's:"],
  ])('under LANG=%s says what the sources say (%s)', (lang, heading) => {
    const top = say('dist', ['--help'], lang);
    expect(top).toContain(heading);
    expect(top).toBe(say('src', ['--help'], lang));
    for (const args of [['run', '--help'], ['init', '--help'], ['frobnicate']])
      expect(say('dist', args, lang)).toBe(say('src', args, lang));
  });
});
