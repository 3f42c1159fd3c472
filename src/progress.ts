/**
 * A one-line progress indicator on a terminal while an export is read ("reading export.csv  42%
 * 120/286 MB"); silent when stderr is not a terminal or with --quiet. One line, redrawn in place,
 * at most ten times a second: no library needed for that.
 */
export interface Progress {
  update(file: string, done: number, total: number): void;
  end(): void;
}

export function terminalProgress(
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
): Progress | null {
  if (quiet || !stream.isTTY) return null;
  let last = 0;
  let shown = false;
  return {
    update(file, done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      const mb = (n: number) => (n / 1e6).toFixed(0);
      stream.write(`\r\u001b[2Kreading ${file}  ${String(pct).padStart(3)}%  ${mb(done)}/${mb(total)} MB`);
    },
    end() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
