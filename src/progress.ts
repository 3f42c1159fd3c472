/**
 * Progress on a terminal: one line, redrawn in place at most ten times a second, saying what the
 * run is doing ("reading export.csv  42%  120/286 MB", "reports  3/30  Twente"), and at the end
 * one line of timings per phase. Silent when stderr is not a terminal or with --quiet: then only
 * errors are printed there. No library needed for that.
 */

/** The phases of a run, in order. */
export type Phase = 'read' | 'analyse' | 'reports' | 'overview' | 'pdf' | 'write';

export interface ProgressSink {
  /** A file being read: `done` of `total` bytes. */
  read(file: string, done: number, total: number): void;
  /** A phase starts (the one before it ends). */
  phase(phase: Phase): void;
  /** A region's report is written: `done` of `total`. */
  region(name: string, done: number, total: number): void;
}

export interface Progress extends ProgressSink {
  /** Clear the line; after a run that finished, print the timings. */
  end(finished?: boolean): void;
  /** The time of each phase so far, in seconds, in the order they ran. */
  timings(): { phase: Phase; seconds: number }[];
}

const LABEL: Record<Phase, string> = {
  read: 'read',
  analyse: 'analyse',
  reports: 'reports',
  overview: 'overview',
  pdf: 'pdf',
  write: 'write',
};

export function terminalProgress(
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
  now: () => number = () => performance.now(),
): Progress | null {
  if (quiet || !stream.isTTY) return null;
  const started = now();
  const spans: { phase: Phase; from: number; to: number | null }[] = [];
  let regions = 0;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  const draw = (line: string, force: boolean) => {
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    shown = true;
    stream.write(`\r\u001b[2K${line}`);
  };
  const enter = (phase: Phase) => {
    const current = spans.at(-1);
    if (current?.phase === phase && current.to === null) return;
    const t = now();
    if (current && current.to === null) current.to = t;
    spans.push({ phase, from: t, to: null });
  };
  const seconds = () => {
    const t = now();
    const out: { phase: Phase; seconds: number }[] = [];
    for (const s of spans) {
      const d = ((s.to ?? t) - s.from) / 1000;
      const same = out.find((o) => o.phase === s.phase);
      if (same) same.seconds += d;
      else out.push({ phase: s.phase, seconds: d });
    }
    return out;
  };
  return {
    read(file, done, total) {
      enter('read');
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      const mb = (n: number) => (n / 1e6).toFixed(0);
      draw(`reading ${file}  ${String(pct).padStart(3)}%  ${mb(done)}/${mb(total)} MB`, done >= total);
    },
    phase(phase) {
      enter(phase);
      draw(`${LABEL[phase]} …`, true);
    },
    region(name, done, total) {
      enter('reports');
      regions = total;
      draw(`reports  ${done}/${total}  ${name}`, done >= total);
    },
    timings: seconds,
    end(finished = false) {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
      const current = spans.at(-1);
      if (current && current.to === null) current.to = now();
      if (!finished || spans.length === 0) return;
      const parts = seconds().map(
        (s) =>
          `${LABEL[s.phase]} ${s.seconds.toFixed(1)} s${s.phase === 'reports' && regions > 0 ? ` (${regions} regions)` : ''}`,
      );
      stream.write(`timings: ${parts.join(', ')}; total ${((now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
