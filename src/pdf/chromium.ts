/**
 * Finding the local Chromium that prints the PDFs (Chrome and Edge do too: they are Chromium), and
 * what to say when there is none. regioscan never downloads a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** The command names tried on the PATH, in this order. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

/** Where a browser usually is when it is not on the PATH: Linux, macOS, then Windows. */
export function commonPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].flatMap((root) =>
    root
      ? [
          join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
          join(root, 'Chromium', 'Application', 'chrome.exe'),
          join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        ]
      : [],
  );
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...windows,
  ];
}

/**
 * The browser to print with: `explicit` (the `--chromium` path) when given, else `CHROMIUM_PATH`;
 * either must name an existing executable file, or the answer is null (a wrong path given on
 * purpose is not silently replaced by another browser). Without either, the first of
 * `CHROMIUM_NAMES` found on the PATH (with the PATHEXT endings on Windows), else the first of
 * `fallbacks` that exists; null when there is none. Returns an absolute path.
 */
export function findChromium(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  fallbacks: readonly string[] = commonPaths(env),
): string | null {
  const given = explicit || env.CHROMIUM_PATH;
  if (given) return isExecutable(given) ? resolve(given) : null;
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter((d) => d !== '');
  const endings =
    process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE').toLowerCase().split(';')] : [''];
  for (const name of CHROMIUM_NAMES)
    for (const dir of dirs)
      for (const ending of endings) {
        const candidate = join(dir, name + ending);
        if (isExecutable(candidate)) return resolve(candidate);
      }
  return fallbacks.find(isExecutable) ?? null;
}

/** How to get a Chromium on `platform`, and how to point regioscan at one (several lines). */
export function installHint(platform: NodeJS.Platform = process.platform): string {
  const install =
    platform === 'darwin'
      ? [
          '  brew install --cask chromium      (or install Google Chrome)',
          "  regioscan pdf --chromium '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'",
        ]
      : platform === 'win32'
        ? [
            '  Install Google Chrome or Microsoft Edge, then pass its path, e.g.',
            '  regioscan pdf --chromium "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"',
          ]
        : ['  Debian/Ubuntu: sudo apt-get install chromium', '  Fedora:        sudo dnf install chromium'];
  return [
    'No Chromium found to print the PDF with (looked at --chromium, CHROMIUM_PATH, the PATH and the usual places).',
    ...install,
    'Any Chromium-based browser works: give its path with --chromium PATH or set CHROMIUM_PATH.',
  ].join('\n');
}

/** Printing could not be done: no browser, a browser that does not start, a page that does not print. */
export class PrintError extends Error {
  override name = 'PrintError';
  /**
   * @param message what went wrong (for no browser: several lines, the install hint among them)
   * @param file the file it concerns (the page or the browser), when there is one
   */
  constructor(
    message: string,
    readonly file: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The browser to print with, as `findChromium` finds it; when there is none, a `PrintError` that
 * says how to install one (and, for a `--chromium` or `CHROMIUM_PATH` that is wrong, which).
 */
export function requireChromium(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  fallbacks?: readonly string[],
): string {
  const found = findChromium(explicit, env, fallbacks ?? commonPaths(env));
  if (found) return found;
  const given = explicit
    ? `--chromium ${explicit}`
    : env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${env.CHROMIUM_PATH}`
      : null;
  const hint = installHint();
  throw new PrintError(given ? `${given} is not a program that can be run.\n${hint}` : hint);
}

/** An existing file we may run (Windows has no execute bit: existing is enough). */
function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
