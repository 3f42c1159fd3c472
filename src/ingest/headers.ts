/** Export columns found by heading: by code first, then by other names (question text, ImportId). */
import { labelKey } from './values.js';

/** Finds export columns by heading. */
export class HeaderIndex {
  private readonly byKey = new Map<string, number>();
  /** `aliases[i]`: other names of column i (question text, ImportId), matched after every heading. */
  constructor(
    readonly headers: readonly string[],
    aliases: readonly (readonly string[])[] = [],
  ) {
    headers.forEach((h, i) => {
      const k = labelKey(h);
      if (!this.byKey.has(k)) this.byKey.set(k, i);
    });
    aliases.forEach((names, i) => {
      for (const name of names) {
        const k = labelKey(name);
        if (k !== '' && !this.byKey.has(k)) this.byKey.set(k, i);
      }
    });
  }
  find(...names: readonly string[]): number | undefined {
    for (const name of names) {
      const i = this.byKey.get(labelKey(name));
      if (i !== undefined) return i;
    }
    return undefined;
  }
  /** Up to three headings closest to `name` (edit distance), for "did you mean" messages. */
  closest(name: string): string[] {
    const target = labelKey(name);
    // Headings that contain the name (a suffix added by the tool) rank before mere look-alikes.
    return this.headers
      .map((h) => ({ h, k: labelKey(h) }))
      .map(({ h, k }) => ({
        h,
        d: editDistance(k, target),
        within: k.includes(target) || (k.length > 0 && target.includes(k)),
      }))
      .filter((x) => x.within || isNear(x.d, target))
      .sort((a, b) => Number(b.within) - Number(a.within) || a.d - b.d || a.h.localeCompare(b.h))
      .slice(0, 3)
      .map((x) => x.h);
  }
}

/** True when `distance` edits make a look-alike of `target`: at most 40% of its length (at least 1). */
export function isNear(distance: number, target: string): boolean {
  return distance <= Math.max(1, Math.ceil(target.length * 0.4));
}

/** Levenshtein distance, for suggesting headings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
