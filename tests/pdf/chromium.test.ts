/**
 * Finding the browser that prints the PDFs: `--chromium`, then CHROMIUM_PATH, then the PATH, then
 * the usual places, on a temporary folder of fake executables; and what to say when there is none.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_NAMES,
  findChromium,
  installHint,
  PrintError,
  requireChromium,
} from '../../src/pdf/chromium.js';

let dir: string;
let bin: string;
let other: string;
let notRunnable: string;

/** A file that may be run (on Windows existing is enough: the name ends in .exe). */
async function fakeExecutable(path: string): Promise<string> {
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-chromium-'));
  bin = join(dir, 'bin');
  other = join(dir, 'other');
  await mkdir(bin);
  await mkdir(other);
  const exe = process.platform === 'win32' ? '.exe' : '';
  await fakeExecutable(join(bin, `google-chrome${exe}`));
  await fakeExecutable(join(other, `chromium${exe}`));
  notRunnable = join(dir, 'readme.txt');
  await writeFile(notRunnable, 'not a browser');
  await chmod(notRunnable, 0o644);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exe = (path: string) => (process.platform === 'win32' ? `${path}.exe` : path);

describe('findChromium(explicit, env, fallbacks)', () => {
  it('finds a browser on the PATH by one of its names, the names in order across the PATH', () => {
    expect(findChromium(null, { PATH: bin }, [])).toBe(exe(join(bin, 'google-chrome')));
    // `chromium` comes before `google-chrome` in CHROMIUM_NAMES, whichever folder holds it
    expect(CHROMIUM_NAMES.indexOf('chromium')).toBeLessThan(CHROMIUM_NAMES.indexOf('google-chrome'));
    expect(findChromium(null, { PATH: [bin, other].join(delimiter) }, [])).toBe(exe(join(other, 'chromium')));
  });

  it('is null with an empty PATH and no fallbacks, and takes the first fallback that exists', () => {
    expect(findChromium(null, { PATH: '' }, [])).toBeNull();
    expect(findChromium(null, {}, [])).toBeNull();
    const fallback = exe(join(other, 'chromium'));
    expect(findChromium(null, { PATH: '' }, [join(dir, 'missing'), fallback])).toBe(fallback);
    expect(findChromium(null, { PATH: join(dir, 'nowhere') }, [join(dir, 'missing')])).toBeNull();
  });

  it('takes an explicit path as given, or null when it is wrong (never another browser instead)', () => {
    const chrome = exe(join(bin, 'google-chrome'));
    expect(findChromium(chrome, { PATH: other }, [])).toBe(chrome);
    expect(findChromium(join(dir, 'nonexistent'), { PATH: other }, [chrome])).toBeNull();
    expect(findChromium(bin, { PATH: other }, [])).toBeNull(); // a folder is not a program
    if (process.platform !== 'win32') expect(findChromium(notRunnable, { PATH: other }, [])).toBeNull();
  });

  it('takes CHROMIUM_PATH when there is no explicit path, and the explicit path over it', () => {
    const chrome = exe(join(bin, 'google-chrome'));
    const chromium = exe(join(other, 'chromium'));
    expect(findChromium(null, { CHROMIUM_PATH: chrome, PATH: other }, [])).toBe(chrome);
    expect(findChromium(chromium, { CHROMIUM_PATH: chrome }, [])).toBe(chromium);
    expect(findChromium(undefined, { CHROMIUM_PATH: join(dir, 'nonexistent'), PATH: other }, [])).toBeNull();
  });
});

describe('requireChromium(explicit, env, fallbacks)', () => {
  it('is the browser found, or a PrintError carrying the install hint', () => {
    const chrome = exe(join(bin, 'google-chrome'));
    expect(requireChromium(chrome, {}, [])).toBe(chrome);
    expect(() => requireChromium(null, { PATH: '' }, [])).toThrow(PrintError);
    expect(() => requireChromium(null, { PATH: '' }, [])).toThrow(installHint());
  });

  it('names a wrong --chromium or CHROMIUM_PATH before the hint', () => {
    const wrong = join(dir, 'nonexistent');
    expect(() => requireChromium(wrong, {}, [])).toThrow(
      `--chromium ${wrong} is not a program that can be run.`,
    );
    expect(() => requireChromium(null, { CHROMIUM_PATH: wrong }, [])).toThrow(`CHROMIUM_PATH=${wrong}`);
  });
});

describe('installHint(platform)', () => {
  it('says how to install on Debian/Ubuntu and Fedora for linux', () => {
    const hint = installHint('linux');
    expect(hint).toContain('sudo apt-get install chromium');
    expect(hint).toContain('sudo dnf install chromium');
    expect(hint).not.toContain('brew');
  });

  it('names Homebrew and the Chrome app path for darwin', () => {
    const hint = installHint('darwin');
    expect(hint).toContain('brew install --cask chromium');
    expect(hint).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(hint).not.toContain('apt-get');
  });

  it('names Chrome or Edge and a chrome.exe path for win32', () => {
    const hint = installHint('win32');
    expect(hint).toContain('Microsoft Edge');
    expect(hint).toContain('chrome.exe');
    expect(hint).not.toContain('apt-get');
  });

  it('always says where regioscan looked and how to point it at a browser', () => {
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd'] as const) {
      const hint = installHint(platform);
      expect(hint.split('\n')[0]).toMatch(/^No Chromium found/);
      expect(hint).toContain('--chromium PATH');
      expect(hint).toContain('CHROMIUM_PATH');
    }
  });
});
