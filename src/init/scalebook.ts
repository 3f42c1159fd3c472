/**
 * The scales of an inferred codebook. Known scales (agreement, frequency…) and bare 1–5/1–7
 * codes are shared by every question that uses them; observed answer lists get a scale each.
 * "No answer" labels are gathered per scale and given codes above the substantive ones.
 */

import { redact } from '../analyse/privacy/redact.js';
import { decimalComma, labelKey } from '../ingest/values.js';
import type { Scale } from '../model/codebook.js';
import { IdPool } from './ids.js';
import type { Distinct } from './profile.js';
import type { KnownLabel, KnownScale } from './scales.js';

type ScaleInput = Omit<Scale, 'options' | 'missing'> & { options: OptionInput[]; missing: OptionInput[] };
type OptionInput = { code: number; label: { nl: string; en: string }; aliases?: string[] };

interface ScaleDraft {
  id: string;
  options: OptionInput[];
  /** Missing labels seen, by Dutch label, with the spellings seen. */
  missing: Map<string, { label: KnownLabel; spellings: Set<string> }>;
  /** Numeric codes seen that mean "weet niet" (e.g. 9 beside 1–5). */
  missingCodes: Set<number>;
}

export class ScaleBook {
  private readonly drafts = new Map<string, ScaleDraft>();
  private readonly ids = new IdPool();
  /** Shared scale key (`eens5`, `likert5`) → its id. */
  private readonly sharedIds = new Map<string, string>();

  /** The id of a known scale, created on first use. */
  known(scale: KnownScale): string {
    return this.shared(scale.id, () =>
      scale.options.map((o, i) => ({ code: i + 1, label: { ...o.label }, aliases: [...o.aliases] })),
    );
  }

  /** The id of the scale of bare codes 1…points (`likert5`), created on first use. */
  points(points: number): string {
    return this.shared(`likert${points}`, () =>
      Array.from({ length: points }, (_, i) => ({
        code: i + 1,
        label: { nl: String(i + 1), en: String(i + 1) },
      })),
    );
  }

  /**
   * A new scale listing `values` in the order given: whole numbers keep their value as code,
   * anything else is coded 1…k with the value as label in both languages. Labels pass the
   * redaction of open answers, so personal data in an answer never becomes an option label.
   */
  values(wanted: string, values: readonly Distinct[]): string {
    const numeric = values.every((d) => Number.isInteger(decimalComma(d.value)));
    const id = this.ids.take(wanted);
    this.drafts.set(id, {
      id,
      options: values.map((d, i) => {
        const label = redact(d.value).text;
        return { code: numeric ? decimalComma(d.value)! : i + 1, label: { nl: label, en: label } };
      }),
      missing: new Map(),
      missingCodes: new Set(),
    });
    return id;
  }

  /**
   * Name the options of scale `id` after their codes: label `<word> <code>` (`regio A1`), with the
   * code as it appears in the export kept as an alias when it is not the option's own code.
   */
  nameAfterCodes(id: string, word: { nl: string; en: string }): void {
    for (const option of this.drafts.get(id)?.options ?? []) {
      const value = option.label.nl;
      option.label = { nl: `${word.nl} ${value}`, en: `${word.en} ${value}` };
      if (value !== String(option.code)) option.aliases = [...(option.aliases ?? []), value];
    }
  }

  /** Record "no answer" labels and codes seen with scale `id`. */
  addMissing(
    id: string,
    missing: readonly { label: KnownLabel; spelling: string }[],
    codes: readonly number[] = [],
  ): void {
    const draft = this.drafts.get(id)!;
    for (const m of missing) {
      const entry = draft.missing.get(m.label.label.nl) ?? { label: m.label, spellings: new Set<string>() };
      entry.spellings.add(m.spelling);
      draft.missing.set(m.label.label.nl, entry);
    }
    for (const c of codes) draft.missingCodes.add(c);
  }

  /** The substantive options of scale `id`. */
  options(id: string): readonly OptionInput[] {
    return this.drafts.get(id)?.options ?? [];
  }

  /** The scales of bare codes (`likert5`), with the "weet niet" codes seen beside them. */
  pointScales(): { id: string; points: number; missingCodes: number[] }[] {
    return [...this.sharedIds]
      .filter(([key]) => /^likert\d+$/.test(key))
      .map(([key, id]) => ({
        id,
        points: Number(key.slice('likert'.length)),
        missingCodes: [...this.drafts.get(id)!.missingCodes].sort((a, b) => a - b),
      }));
  }

  /** Label keys that some scale reads as a missing option. */
  missingKeys(): Set<string> {
    const keys = new Set<string>();
    for (const d of this.drafts.values())
      for (const m of d.missing.values()) for (const s of m.spellings) keys.add(labelKey(s));
    return keys;
  }

  /** Every scale, in order of creation, with its missing options coded. */
  toScales(): ScaleInput[] {
    return [...this.drafts.values()].map((d) => {
      const taken = new Set([...d.options.map((o) => o.code), ...d.missingCodes]);
      const highest = d.options.reduce((m, o) => Math.max(m, o.code), Number.NEGATIVE_INFINITY);
      let next = 9;
      while (next <= highest) next = next * 10 + 9;
      const missing: OptionInput[] = [...d.missingCodes].map((code) => ({
        code,
        label: { nl: `weet niet / n.v.t. (${code})`, en: `don't know / not applicable (${code})` },
      }));
      for (const { label, spellings } of d.missing.values()) {
        while (taken.has(next)) next++;
        taken.add(next);
        const own = new Set([labelKey(label.label.nl), labelKey(label.label.en)]);
        const aliases = [...spellings].filter((s) => !own.has(labelKey(s)));
        missing.push({ code: next, label: { ...label.label }, ...(aliases.length > 0 ? { aliases } : {}) });
      }
      return { id: d.id, options: d.options, missing };
    });
  }

  /** Missing labels per scale, for notes. */
  missingLabels(): { id: string; labels: string[] }[] {
    return [...this.drafts.values()]
      .filter((d) => d.missing.size > 0 || d.missingCodes.size > 0)
      .map((d) => ({
        id: d.id,
        labels: [...[...d.missingCodes].map(String), ...[...d.missing.values()].map((m) => m.label.label.nl)],
      }));
  }

  private shared(key: string, make: () => OptionInput[]): string {
    const existing = this.sharedIds.get(key);
    if (existing) return existing;
    const id = this.ids.take(key);
    this.sharedIds.set(key, id);
    this.drafts.set(id, { id, options: make(), missing: new Map(), missingCodes: new Set() });
    return id;
  }
}
