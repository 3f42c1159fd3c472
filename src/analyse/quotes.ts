/**
 * Quotes from open answers: published only for a group above the threshold, and only after
 * e-mail addresses, phone numbers, postcodes, IBANs and BSNs are replaced by placeholders.
 * Names cannot be caught by a pattern, so the report asks for a read-through before publishing.
 */
import type { Context } from './context.js';
import { addRedactions, noRedactions, type PiiKind, redact } from './privacy/redact.js';
import type { Selection } from './select.js';
import type { Quote, RegionResult } from './types.js';

/** At most this many quotes per question, so a report stays readable. */
export const QUOTES_PER_QUESTION = 6;
/** Answers shorter than this say too little to quote ("nee", "geen idee"). */
const MIN_LENGTH = 20;

export function collectQuotes(ctx: Context, selection: Selection): Quote[] {
  if (selection.length < ctx.options.minCell) return [];
  const out: Quote[] = [];
  for (const q of ctx.codebook.questions) {
    if (q.type !== 'open' || !q.publish) continue;
    const column = ctx.column(q.id);
    if (column?.kind !== 'text') continue;
    // Every distinct answer long enough to say something, then a spread over them (first, last and
    // evenly between), so the quotes are not just the first respondents of the file.
    const seen = new Set<string>();
    const candidates: Quote[] = [];
    for (const i of selection) {
      const text = column.values.get(i);
      if (!text || text.length < MIN_LENGTH) continue;
      const r = redact(text.replace(/\s+/g, ' ').trim());
      if (seen.has(r.text)) continue;
      seen.add(r.text);
      candidates.push({
        item: q.id,
        text: r.text,
        redactions: Object.values(r.counts).reduce((a, b) => a + b, 0),
        redactedByKind: r.counts,
      });
    }
    out.push(...spread(candidates, QUOTES_PER_QUESTION));
  }
  return out;
}

/**
 * Personal data replaced in the quotes of `results`, per kind: a quote that several reports show
 * (a region's and the national one) is counted once.
 */
export function redactionsInQuotes(results: readonly RegionResult[]): Record<PiiKind, number> {
  const counts = noRedactions();
  const seen = new Set<string>();
  for (const r of results)
    for (const q of r.quotes) {
      const key = `${q.item}\u0000${q.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      addRedactions(counts, q.redactedByKind);
    }
  return counts;
}

/** `k` items spread evenly over `items` (all of them when there are no more than `k`), in order. */
export function spread<T>(items: readonly T[], k: number): T[] {
  if (items.length <= k) return [...items];
  if (k === 1) return [items[0]!];
  return Array.from({ length: k }, (_, j) => items[Math.round((j * (items.length - 1)) / (k - 1))]!);
}
