/**
 * Multi-select answers joined in one cell (`panel;enquête`, Google Forms' `panel, enquête`,
 * Microsoft Forms' `panel;enquête;`): found when the pieces recur across respondents, as options do
 * and free text does not.
 */
import { labelKey } from '../ingest/values.js';
import type { Distinct } from './profile.js';

/** Most options a joined multi-select is inferred with. */
const MAX_OPTIONS = 25;

/**
 * The separator and the options (distinct pieces, with how often each was chosen) when `values`
 * look like joined options; null otherwise. `hint` (the tool's own separator) is tried first.
 * `, ` also occurs in free text and single answers ("Ja, soms"), so it needs one option seen
 * both alone and joined with others.
 */
export function findJoined(
  values: readonly Distinct[],
  hint?: string,
): { separator: string; options: Distinct[] } | null {
  const candidates = [
    ...new Set([hint, ';', ', ', '|'].filter((s): s is string => s !== undefined && s !== '')),
  ];
  for (const separator of candidates) {
    const joinedCells = values.filter((d) => d.value.includes(separator));
    const joinedCount = joinedCells.reduce((n, d) => n + d.count, 0);
    if (joinedCount < 1) continue;
    const pieces = new Map<string, Distinct>();
    for (const d of values)
      for (const piece of split(d.value, separator)) {
        const seen = pieces.get(labelKey(piece));
        if (seen) seen.count += d.count;
        else pieces.set(labelKey(piece), { value: piece, count: d.count });
      }
    const options = [...pieces.values()];
    const total = options.reduce((n, d) => n + d.count, 0);
    if (options.length > MAX_OPTIONS || options.some((o) => o.value.length > 80)) continue;
    // Microsoft Forms ends every answer with the separator; with the tool's own separator one
    // recurring option is enough; otherwise options must recur clearly.
    const trailing = values.every((d) => d.value.trimEnd().endsWith(separator.trim() || separator));
    const recurs =
      separator === hint ? total > options.length : total >= 1.5 * options.length && joinedCount >= 2;
    if (!trailing && !recurs) continue;
    if (separator === ', ' && separator !== hint) {
      const alone = new Set(values.filter((d) => !d.value.includes(', ')).map((d) => labelKey(d.value)));
      const both = joinedCells.some((d) => split(d.value, separator).some((p) => alone.has(labelKey(p))));
      if (!both) continue;
    }
    return { separator, options };
  }
  return null;
}

function split(value: string, separator: string): string[] {
  return value
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
