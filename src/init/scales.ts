/**
 * Answer scales `regioscan init` recognises by their labels: Dutch and English agreement,
 * frequency, importance and satisfaction scales in their natural order (low to high), and the
 * labels that mean "no answer" ("weet niet", "n.v.t.", "don't know"), which are never a low score.
 */

import { labelKey } from '../ingest/values.js';
import type { LocalText } from '../model/codebook.js';

/** A label with the other spellings an export may use for it. */
export interface KnownLabel {
  label: LocalText;
  aliases: string[];
}

export interface KnownScale {
  /** Scale id in the codebook. */
  id: string;
  /** Substantive options in natural order; codes are 1..n. */
  options: KnownLabel[];
  /**
   * Ordered answers that are not a degree of agreement (how often per period): single-choice
   * questions on an ordered scale, never averaged as a score; several of them form a frequency matrix.
   */
  single?: boolean;
}

const known = (nl: string, en: string, ...aliases: string[]): KnownLabel => ({ label: { nl, en }, aliases });

/** The recognised ordinal scales, in the order they are tried. */
export const KNOWN_SCALES: readonly KnownScale[] = [
  {
    id: 'eens5',
    options: [
      known(
        'helemaal oneens',
        'strongly disagree',
        'zeer oneens',
        'helemaal mee oneens',
        'zeer mee oneens',
        'totaal oneens',
      ),
      known('oneens', 'disagree', 'mee oneens', 'niet mee eens', 'somewhat disagree'),
      known(
        'neutraal',
        'neither agree nor disagree',
        'niet eens, niet oneens',
        'niet eens niet oneens',
        'niet eens/niet oneens',
        'niet mee eens, niet mee oneens',
        'neutral',
      ),
      known('eens', 'agree', 'mee eens', 'somewhat agree'),
      known(
        'helemaal eens',
        'strongly agree',
        'zeer eens',
        'helemaal mee eens',
        'zeer mee eens',
        'totaal eens',
      ),
    ],
  },
  {
    id: 'frequentie5',
    options: [
      known('nooit', 'never'),
      known('zelden', 'rarely', 'bijna nooit', 'seldom'),
      known('soms', 'sometimes', 'af en toe'),
      known('vaak', 'often', 'regelmatig', 'meestal', 'usually'),
      known('altijd', 'always', 'bijna altijd'),
    ],
  },
  {
    id: 'hoevaak',
    single: true,
    options: [
      known('nooit', 'never', 'nee, nooit', 'not at all'),
      known(
        'één keer per jaar',
        'once a year',
        'eén keer per jaar',
        'een keer per jaar',
        '1 keer per jaar',
        'eens per jaar',
        'eens per jaar of minder',
        'minder dan één keer per jaar',
        'once a year or less',
      ),
      known('een paar keer per jaar', 'a few times a year', 'enkele keren per jaar', 'paar keer per jaar'),
      known('elke maand', 'every month', 'maandelijks', 'monthly', 'iedere maand', 'maandelijks of vaker'),
      known('elke week', 'every week', 'wekelijks', 'weekly', 'iedere week', 'wekelijks of vaker'),
    ],
  },
  {
    id: 'belang5',
    options: [
      known('helemaal niet belangrijk', 'not at all important', 'totaal niet belangrijk'),
      known('niet belangrijk', 'not important', 'unimportant', 'onbelangrijk'),
      known('neutraal', 'neither important nor unimportant', 'niet belangrijk, niet onbelangrijk', 'neutral'),
      known('belangrijk', 'important'),
      known('heel belangrijk', 'very important', 'zeer belangrijk', 'erg belangrijk', 'extremely important'),
    ],
  },
  {
    id: 'tevreden5',
    options: [
      known('zeer ontevreden', 'very dissatisfied', 'heel ontevreden', 'helemaal ontevreden'),
      known('ontevreden', 'dissatisfied'),
      known(
        'neutraal',
        'neither satisfied nor dissatisfied',
        'niet tevreden, niet ontevreden',
        'niet tevreden niet ontevreden',
        'neutral',
      ),
      known('tevreden', 'satisfied'),
      known('zeer tevreden', 'very satisfied', 'heel tevreden', 'helemaal tevreden'),
    ],
  },
];

/** Labels that mean "no substantive answer"; each becomes a `missing` option of its scale. */
export const MISSING_LABELS: readonly KnownLabel[] = [
  known(
    'weet niet / n.v.t.',
    "don't know / not applicable",
    'weet niet/n.v.t.',
    'weet niet/nvt',
    'weet niet / nvt',
  ),
  known('weet niet', "don't know", 'weet ik niet', 'do not know', 'dont know', 'don’t know', 'dk'),
  known('n.v.t.', 'not applicable', 'nvt', 'niet van toepassing', 'n/a', 'not relevant'),
  known('geen mening', 'no opinion'),
  known('zeg ik liever niet', 'prefer not to say', 'wil ik niet zeggen', 'rather not say'),
];

/** Every spelling of a label, as match keys. */
export function labelKeys(label: KnownLabel): string[] {
  return [label.label.nl, label.label.en, ...label.aliases].map(labelKey);
}

/** The "no answer" label a cell value spells, if any. */
export function findMissingLabel(value: string): KnownLabel | undefined {
  const key = labelKey(value);
  return MISSING_LABELS.find((m) => labelKeys(m).includes(key));
}

/**
 * The first known scale that spells every one of `values` (substantive values only; "weet niet"
 * and the like removed first), or undefined. An empty list matches nothing.
 */
export function findKnownScale(values: readonly string[]): KnownScale | undefined {
  if (values.length === 0) return undefined;
  const keys = values.map(labelKey);
  return KNOWN_SCALES.find((scale) => {
    const spelled = new Set(scale.options.flatMap(labelKeys));
    return keys.every((k) => spelled.has(k));
  });
}

/** The code (1-based position) of `value` in a known scale. */
export function knownCode(scale: KnownScale, value: string): number | undefined {
  const key = labelKey(value);
  const i = scale.options.findIndex((o) => labelKeys(o).includes(key));
  return i >= 0 ? i + 1 : undefined;
}
