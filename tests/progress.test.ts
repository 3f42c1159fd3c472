/**
 * Progress on a terminal: one line per phase and region, redrawn in place, and the timings of
 * every phase at the end; nothing at all when stderr is not a terminal or with --quiet.
 */
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../src/progress.js';

function terminal(isTTY = true) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('terminalProgress', () => {
  it('is silent when not a terminal, and with --quiet', () => {
    expect(terminalProgress(terminal(false).stream)).toBeNull();
    expect(terminalProgress(terminal(true).stream, true)).toBeNull();
  });

  it('shows reading, each phase and each region, then the time of every phase', () => {
    const { stream, written } = terminal();
    let clock = 0;
    const p = terminalProgress(stream, false, () => clock)!;
    p.read('export.csv', 50e6, 100e6);
    clock += 2000;
    p.read('export.csv', 100e6, 100e6);
    p.phase('analyse');
    clock += 500;
    p.phase('reports');
    clock += 1000;
    p.region('Twente', 1, 2);
    clock += 1500;
    p.region('Groningen', 2, 2);
    p.phase('write');
    clock += 100;
    p.end(true);
    const lines = written.map((w) => w.replace('\r\u001b[2K', ''));
    expect(lines).toContain('reading export.csv   50%  50/100 MB');
    expect(lines).toContain('analyse …');
    expect(lines).toContain('reports  2/2  Groningen');
    expect(lines.at(-1)).toBe(
      'timings: read 2.0 s, analyse 0.5 s, reports 2.5 s (2 regions), write 0.1 s; total 5.1 s\n',
    );
    expect(p.timings().map((t) => t.phase)).toEqual(['read', 'analyse', 'reports', 'write']);
  });

  it('redraws at most ten times a second, but always the last step', () => {
    const { stream, written } = terminal();
    let clock = 1000;
    const p = terminalProgress(stream, false, () => clock)!;
    for (let i = 1; i <= 30; i++) {
      clock += 10;
      p.region(`R${i}`, i, 30);
    }
    const shown = written.filter((w) => w.includes('reports'));
    expect(shown.length).toBeLessThanOrEqual(5);
    expect(shown.at(-1)).toContain('30/30  R30');
  });

  it('after a failed run clears its line and prints no timings', () => {
    const { stream, written } = terminal();
    const p = terminalProgress(stream, false, () => 0)!;
    p.phase('analyse');
    p.end();
    expect(written.at(-1)).toBe('\r\u001b[2K');
    expect(written.join('')).not.toContain('timings');
  });
});
