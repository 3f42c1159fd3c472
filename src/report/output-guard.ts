/**
 * What stands between a run and the folder it replaces (issue 10.3). The writer stages a run's
 * files beside the output folder and, when all are there, swaps the folder as a whole; this module
 * decides whether it may, and makes sure an interrupted or crashed run leaves the old output or the
 * new one, never a mix and never a staging folder.
 *
 * Beside `<parent>/<out>` a run uses:
 * - `<out>.lock`: the run's PID, host and start, created exclusively (O_EXCL) when the run starts and
 *   removed when it ends; a second run into the same folder stops with a message naming the PID. A
 *   lock whose process is gone (same host) is taken over.
 * - `.<out>.staging-<pid>`: the new output, file by file.
 * - `.<out>.old-<pid>`: the old output for the moment of the swap (rename old away, rename staging
 *   in, remove old); a failure in between renames it back. A run that finds these of a process that
 *   is gone removes the staging and puts an old output back if the folder itself is missing (the
 *   crash came between the two renames), else removes it. `.staging-<pid>` and `.old-<pid>-<entry>`
 *   inside the folder (what earlier versions left) are cleared the same way.
 *
 * The folder is replaced only when it is absent, empty, or a regioscan output (its manifest.json says
 * `"tool": "regioscan"`, or has the shape of one) holding nothing but what its manifest lists; and
 * never when it is, or holds, one of the run's inputs. SIGINT, SIGTERM and SIGHUP during a run remove
 * the staging folder and the lock and exit 128 + the signal's number (130, 143, 129).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  constants as fsConstants,
  lstatSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import {
  access,
  mkdir,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import { hostname, constants as osConstants } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The output folder cannot be used as asked; the message says why, naming the folder. Exit 1. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    message: string,
    /** The folder or file concerned, as the user named it. */
    readonly path: string,
  ) {
    super(message);
  }
}

/** One input of a run, by the option that named it: the output folder may not be it or hold it. */
export interface GuardedInput {
  /** `--input`, `--codebook`, …: how the message names it. */
  option: string;
  path: string;
}

/** The options of a run that name files or folders it reads. */
export interface RunInputPaths {
  inputs?: readonly string[] | undefined;
  codebook?: string | null | undefined;
  regions?: string | null | undefined;
  population?: string | null | undefined;
  rake?: string | null | undefined;
  previous?: string | null | undefined;
  about?: string | null | undefined;
  sessions?: readonly string[] | undefined;
}

/** Every file and folder a run reads, by option. */
export function runInputs(o: RunInputPaths): GuardedInput[] {
  const list: GuardedInput[] = [];
  const add = (option: string, path: string | null | undefined) => {
    if (path) list.push({ option, path: resolve(path) });
  };
  for (const path of o.inputs ?? []) add('--input', path);
  add('--codebook', o.codebook);
  add('--regions', o.regions);
  add('--population', o.population);
  add('--rake', o.rake);
  add('--previous', o.previous);
  add('--about', o.about);
  for (const path of o.sessions ?? []) add('--session', path);
  return list;
}

/** Where a run into one output folder puts what. */
export interface OutputPlace {
  /** The folder (symbolic links resolved). */
  out: string;
  parent: string;
  /** The folder's name as the names beside it use it (shortened when very long). */
  base: string;
  staging: string;
  old: string;
  lock: string;
  /** The folder as the user named it, for messages. */
  shown: string;
}

/** A path as messages show it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** `path` with symbolic links resolved as far as it exists (the rest as given). */
async function realish(path: string): Promise<string> {
  const absolute = resolve(path);
  let head = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), ...rest.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return absolute;
      rest.push(basename(head));
      head = up;
    }
  }
}

/** The place of a run into `out`; `shown` is the folder as the user named it. */
export async function outputPlace(out: string, shown?: string): Promise<OutputPlace> {
  const real = await realish(out);
  const name = (shown ?? shownPath(resolve(out))).replace(/[\\/]+$/, '') || shownPath(resolve(out));
  const base = basename(real);
  if (base === '' || dirname(real) === real)
    throw new OutputError(`--out ${name} is the root of a disk: choose a folder inside it`, name);
  const parent = dirname(real);
  // The names beside the folder fit in a file name however long the folder's is.
  const stem =
    base.length <= 200
      ? base
      : `${base.slice(0, 191)}-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
  return {
    out: real,
    parent,
    base: stem,
    staging: join(parent, `.${stem}.staging-${process.pid}`),
    old: join(parent, `.${stem}.old-${process.pid}`),
    lock: join(parent, `${stem}.lock`),
    shown: name,
  };
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/**
 * The output folder may not be an input or hold one: replacing it would delete it. `--previous` may
 * be the output folder itself (or inside it): it is read before anything is replaced.
 */
export async function checkInputs(place: OutputPlace, inputs: readonly GuardedInput[]): Promise<void> {
  for (const input of inputs) {
    const path = await realish(input.path);
    const shown = shownPath(input.path);
    if (input.option === '--previous' && (path === place.out || inside(place.out, path))) continue;
    if (path === place.out)
      throw new OutputError(
        `--out ${place.shown} is the ${input.option} ${shown}: the output folder must be a folder of its own, apart from the files it is made from`,
        place.shown,
      );
    if (inside(place.out, path))
      throw new OutputError(
        `--out ${place.shown} holds the ${input.option} ${shown}: regioscan replaces its output folder as a whole, which would delete it; choose another --out (e.g. a new folder next to the inputs)`,
        place.shown,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// The lock

interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

/** The locks this process holds, by path. */
const held = new Set<string>();

const isAlive = (holder: LockHolder, lock: string): boolean => {
  if (holder.host !== hostname()) return true; // Another machine's run: it cannot be checked from here.
  if (holder.pid === process.pid) return held.has(lock);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const parseHolder = (text: string): LockHolder | null => {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(v.pid) && (v.pid as number) > 0
      ? { pid: v.pid as number, host: String(v.host ?? ''), started: String(v.started ?? '') }
      : null;
  } catch {
    return null;
  }
};

const busy = (place: OutputPlace, holder: LockHolder | null) => {
  const lock = shownPath(place.lock);
  const who =
    holder === null
      ? 'another regioscan run'
      : holder.pid === process.pid
        ? `this process (PID ${holder.pid})`
        : `another regioscan run (PID ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}${holder.started ? `, started ${holder.started}` : ''})`;
  return new OutputError(
    `--out ${place.shown} is in use by ${who}: wait until it has finished, or write to another folder; if no such run is going on, delete ${lock}`,
    place.shown,
  );
};

/** Create the lock beside the folder, or take over one whose process is gone. */
async function takeLock(place: OutputPlace): Promise<void> {
  const body = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(place.lock, body, { flag: 'wx' });
      held.add(place.lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Made but not filled (a full disk): remove it, if it is this run's.
        const left = await readFile(place.lock, 'utf8').catch(() => null);
        if (left !== null && (left === '' || parseHolder(left)?.pid === process.pid))
          await rm(place.lock, { force: true }).catch(() => undefined);
        throw error;
      }
    }
    const text = await readFile(place.lock, 'utf8').catch(() => null);
    if (text === null) continue; // Removed in the meantime: try again.
    const holder = parseHolder(text);
    if (holder === null) {
      // Being written at this moment (created, not yet filled), or garbage left by a crash.
      const age = await stat(place.lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age < 5000) throw busy(place, null);
    } else if (isAlive(holder, place.lock)) throw busy(place, holder);
    // Stale: move it aside, and make sure what was moved is the lock judged stale.
    const aside = `${place.lock}.stale-${process.pid}`;
    try {
      await rename(place.lock, aside);
    } catch {
      continue;
    }
    const moved = await readFile(aside, 'utf8').catch(() => null);
    if (moved !== text) {
      // Another run took it over in between: give its lock back.
      await rename(aside, place.lock).catch(() => undefined);
      throw busy(place, moved === null ? null : parseHolder(moved));
    }
    await rm(aside, { force: true });
  }
  throw busy(place, null);
}

/** Remove the lock if it is still this run's. */
function dropLockSync(place: OutputPlace): void {
  if (!held.delete(place.lock)) return;
  try {
    const holder = parseHolder(readFileSync(place.lock, 'utf8'));
    if (holder?.pid === process.pid && holder.host === hostname()) unlinkSync(place.lock);
  } catch {
    // Gone already.
  }
}

// ---------------------------------------------------------------------------------------------
// Signals

/** What to undo at once when the process is told to stop: one entry per claimed output. */
const onStop = new Map<OutputPlace, () => string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function stop(signal: NodeJS.Signals): void {
  const notes: string[] = [];
  for (const undo of [...onStop.values()]) {
    try {
      notes.push(undo());
    } catch {
      // Keep going: the next run clears what is left.
    }
  }
  process.stderr.write(`\n✖ interrupted (${signal}): ${notes.join('; ') || 'nothing was written'}\n`);
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

function watchSignals(place: OutputPlace, undo: () => string): void {
  if (onStop.size === 0) for (const s of SIGNALS) process.on(s, stop);
  onStop.set(place, undo);
}

function unwatchSignals(place: OutputPlace): void {
  if (!onStop.delete(place)) return;
  if (onStop.size === 0) for (const s of SIGNALS) process.off(s, stop);
}

// ---------------------------------------------------------------------------------------------
// Leftovers of runs that are gone

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const gone = (pid: number) => isAlive({ pid, host: hostname(), started: '' }, '') === false;

/**
 * Clear what interrupted or crashed runs into this folder left (this run holds the lock, so no
 * living run is using them): staging folders are removed; an old output is put back when the folder
 * is missing (the crash came between the two renames of the swap), else removed.
 */
export async function recoverLeftovers(place: OutputPlace): Promise<void> {
  const sibling = new RegExp(`^\\.${escapeRegExp(place.base)}\\.(staging|old)-(\\d+)$`);
  for (const name of await readdir(place.parent).catch(() => [] as string[])) {
    const m = sibling.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && !gone(pid)) continue;
    const path = join(place.parent, name);
    if (m[1] === 'old' && !existsSync(place.out)) await rename(path, place.out);
    else await rm(path, { recursive: true, force: true });
  }
  // What earlier versions staged inside the folder itself.
  const within = /^\.(?:staging-(\d+)|old-(\d+)-(.+))$/;
  for (const name of await readdir(place.out).catch(() => [] as string[])) {
    const m = within.exec(name);
    if (!m) continue;
    const pid = Number(m[1] ?? m[2]);
    if (pid !== process.pid && !gone(pid)) continue;
    const path = join(place.out, name);
    if (m[3] !== undefined && !existsSync(join(place.out, m[3]))) await rename(path, join(place.out, m[3]));
    else await rm(path, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// What is in the folder

/** Files the operating system or an office program leaves in folders a user opens. */
const JUNK = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._.*|~\$.*)$/i;
/** What earlier versions staged inside the folder. */
const OLD_LEFTOVER = /^\.(?:staging-\d+|old-\d+-.+)$/;
/** The most entries looked at before a folder is judged too big to be a regioscan output. */
const MAX_ENTRIES = 200_000;

const listing = (names: readonly string[], total: number) =>
  names.join(', ') + (total > names.length ? ` and ${total - names.length} more` : '');

/** Whether `manifest.json` text is one regioscan wrote; its output paths when it is. */
function regioscanOutputs(text: string | null): Set<string> | null {
  if (text === null) return null;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof manifest !== 'object' || manifest === null) return null;
  const m = manifest as Record<string, unknown>;
  const marked = m.writtenBy === 'regioscan' || m.tool === 'regioscan';
  // An output of an early version without the marker: the manifest's own shape.
  const shaped = Array.isArray(m.outputs) && typeof m.rows === 'object' && Array.isArray(m.inputs);
  if (!marked && !shaped) return null;
  const paths = new Set<string>();
  if (Array.isArray(m.outputs))
    for (const o of m.outputs)
      if (o && typeof (o as { path?: unknown }).path === 'string') paths.add((o as { path: string }).path);
  return paths;
}

/** A file in a regioscan output that its manifest need not list. */
function isOurs(path: string, listed: ReadonlySet<string>): boolean {
  if (listed.has(path) || path === 'manifest.json') return true;
  // A PDF printed beside a report and not (yet) added to the manifest; a temporary file of it.
  const bare = path.replace(/\.tmp-\d+$/, '');
  if (bare !== path && (listed.has(bare) || bare === 'manifest.json')) return true;
  return bare.endsWith('.pdf') && listed.has(bare.replace(/\.pdf$/, '.html'));
}

/** The files under `folder` that `isOurs` does not recognise (the first few), and how many there are. */
async function foreignFiles(folder: string, listed: ReadonlySet<string>) {
  const found: string[] = [];
  let count = 0;
  let seen = 0;
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    const entries = await readdir(join(folder, rel), { withFileTypes: true });
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return { found, count: count + 1, tooMany: true };
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (JUNK.test(entry.name) || (rel === '' && OLD_LEFTOVER.test(entry.name))) continue;
      if (entry.isDirectory()) {
        await mustBeWritable(join(folder, path));
        stack.push(path);
      } else if (!isOurs(path, listed)) {
        count++;
        if (found.length < 5) found.push(path);
      }
    }
  }
  return { found: found.sort(), count, tooMany: false };
}

/**
 * Whether the folder may be replaced: absent, empty, or a regioscan output holding only what its
 * manifest lists. Otherwise an `OutputError` naming the folder and what is in it.
 */
export async function checkReplaceable(place: OutputPlace): Promise<void> {
  const { shown } = place;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(place.out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR')
      throw new OutputError(
        `--out ${shown}: a file is in the way (part of the path is a file, not a folder); choose another --out`,
        shown,
      );
    throw error;
  }
  if (!info.isDirectory())
    throw new OutputError(
      `--out ${shown} is a file, not a folder: regioscan writes a folder of reports; choose a folder that does not exist yet, or an empty one`,
      shown,
    );
  await mustBeWritable(place.out);
  const entries = (await readdir(place.out, { withFileTypes: true })).filter(
    (e) => !JUNK.test(e.name) && !OLD_LEFTOVER.test(e.name),
  );
  if (entries.length === 0) return;
  const manifest = await readFile(join(place.out, 'manifest.json'), 'utf8').catch(() => null);
  const listed = regioscanOutputs(manifest);
  if (listed === null) {
    const names = entries
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort()
      .slice(0, 5);
    throw new OutputError(
      `--out ${shown} is not empty and is not an output of regioscan (${manifest === null ? 'no manifest.json' : 'its manifest.json was not written by regioscan'}): it holds ${listing(names, entries.length)}. ` +
        'regioscan replaces its output folder as a whole, which would delete these; choose a new or empty folder',
      shown,
    );
  }
  const foreign = await foreignFiles(place.out, listed);
  if (foreign.count > 0)
    throw new OutputError(
      foreign.tooMany
        ? `--out ${shown} holds more than ${MAX_ENTRIES.toLocaleString('en')} files: too many for an output of regioscan; choose a new or empty folder`
        : `--out ${shown} is an output of regioscan, but also holds files regioscan did not write: ${listing(foreign.found, foreign.count)}. ` +
            'Replacing the folder would delete them: move them elsewhere, or choose another --out',
      shown,
    );
}

// ---------------------------------------------------------------------------------------------
// The claim: lock, signals, leftovers, checks

/** A run's hold on its output folder, from its start until the output is committed or dropped. */
export interface OutputClaim {
  readonly place: OutputPlace;
  /** Replace the folder by the staging folder, whole: afterwards it is the new output or still the old one. */
  swap(): void;
  /** Let go: remove the staging folder (if still there) and the lock; idempotent. */
  release(): Promise<void>;
}

/**
 * Claim the output folder for a run: check it is not an input, take the lock, watch for signals,
 * clear leftovers, and check the folder may be replaced. Throws `OutputError` (nothing held) when not.
 */
export async function claimOutput(place: OutputPlace, inputs: readonly GuardedInput[]): Promise<OutputClaim> {
  await checkInputs(place, inputs);
  await checkAbove(place);
  // The folders above the output, made for the lock; removed again if the run writes nothing.
  const made = await mkdir(place.parent, { recursive: true }).catch((error: unknown) => {
    throw blame(error, place.out);
  });
  const unmake = async () => {
    if (made === undefined) return;
    for (let dir = place.parent; dir === made || inside(made, dir); dir = dirname(dir)) {
      const removed = await rmdir(dir).then(
        () => true,
        () => false,
      );
      if (!removed) return;
    }
  };
  try {
    await takeLock(place);
  } catch (error) {
    await unmake();
    throw blame(error, place.out);
  }
  let phase: 'writing' | 'swapped' = 'writing';
  let released = false;
  const undo = () => {
    if (phase === 'writing') {
      // Twice: a folder being made by a pending write may reappear once.
      for (let i = 0; i < 2; i++) rmSync(place.staging, { recursive: true, force: true });
    } else rmSync(place.old, { recursive: true, force: true });
    dropLockSync(place);
    return phase === 'writing'
      ? `removed the unfinished output; ${place.shown} is as it was`
      : `${place.shown} holds the new output`;
  };
  watchSignals(place, undo);
  const claim: OutputClaim = {
    place,
    swap() {
      // Synchronous: no signal handler runs between the two renames.
      let moved = false;
      if (exists(place.out)) {
        renameSync(place.out, place.old);
        moved = true;
      }
      try {
        renameSync(place.staging, place.out);
      } catch (error) {
        if (moved) renameSync(place.old, place.out);
        throw error;
      }
      phase = 'swapped';
    },
    async release() {
      if (released) return;
      released = true;
      await rm(place.staging, { recursive: true, force: true }).catch(() => undefined);
      // The old output only once the new one is in place: if putting it back failed, the next run does.
      if (phase === 'swapped') await rm(place.old, { recursive: true, force: true }).catch(() => undefined);
      dropLockSync(place);
      unwatchSignals(place);
      if (phase === 'writing') await unmake();
    },
  };
  try {
    await recoverLeftovers(place);
    await checkReplaceable(place);
  } catch (error) {
    await claim.release();
    throw error;
  }
  return claim;
}

/** The nearest existing folder above the output must be a folder: else an error naming the file in the way. */
async function checkAbove(place: OutputPlace): Promise<void> {
  for (let path = place.parent; ; path = dirname(path)) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) return;
    if (info)
      throw new OutputError(
        `--out ${place.shown}: ${shownPath(path)} is a file, not a folder, so the output folder cannot be made there; choose another --out`,
        place.shown,
      );
    if (dirname(path) === path) return;
  }
}

/** A file-system error of making or locking the output folder, told as one of the folder itself. */
function blame(error: unknown, path: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== 'string' || typeof e.path !== 'string') return error;
  e.message = e.message.split(e.path).join(path);
  e.path = path;
  return e;
}

/** A folder whose entries this process may not remove: an error naming it. */
async function mustBeWritable(dir: string): Promise<void> {
  await access(dir, fsConstants.W_OK | fsConstants.X_OK);
}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * `error` with the paths of the staging and old folders shown as the output folder the user named
 * (`.output.staging-123/twente/regioscan.xlsx` → `output/twente/regioscan.xlsx`), and `file` as its
 * path when it names none (a failed write names no file).
 */
export function explainError(error: unknown, place: OutputPlace, file?: string): unknown {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).code !== 'string') return error;
  const e = error as NodeJS.ErrnoException & { dest?: string };
  const show = (path: string) => {
    for (const root of [place.staging, place.old, place.out]) {
      if (path === root) return place.shown;
      if (path.startsWith(root + sep)) return `${place.shown}/${relative(root, path).split(sep).join('/')}`;
    }
    return shownPath(path);
  };
  if (typeof e.path !== 'string' && file !== undefined) e.path = file;
  for (const key of ['path', 'dest'] as const) {
    const value = e[key];
    if (typeof value !== 'string') continue;
    const shown = show(value);
    e.message = e.message.split(value).join(shown);
    e[key] = shown;
  }
  // A rename of the folder to its old name beside it is told as one of the folder.
  if (e.dest !== undefined && e.dest === e.path) delete e.dest;
  return e;
}
