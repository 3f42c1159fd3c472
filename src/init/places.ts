/**
 * Which column holds the region (or municipality) and which the role, judged by its heading or
 * question text; and which role answers are residents' and which professionals'.
 */
import { labelKey } from '../ingest/values.js';

export interface RegionMatch {
  level: 'region' | 'municipality';
  /** 3: the heading is exactly a region word; 2: the question asks for it; 1: a code holds the word. */
  strength: number;
}

/** A Map, not an object: a heading such as `__proto__` or `constructor` must find nothing. */
const REGION_WORDS = new Map<string, RegionMatch['level']>([
  ['regio', 'region'],
  ['region', 'region'],
  ['gemeente', 'municipality'],
  ['woongemeente', 'municipality'],
  ['municipality', 'municipality'],
  ['woonplaats', 'municipality'],
]);
const REGION_QUESTION =
  /\b(in )?(welke|what|which) (regio|region|gemeente|municipality|woonplaats)\b|\bwoont (of werkt )?u\b.*\b(regio|gemeente)\b/;

/** Whether a column with this heading and question text is the region question, and at what level. */
export function matchRegion(header: string, text: string): RegionMatch | null {
  const name = labelKey(header);
  const exact = REGION_WORDS.get(name) ?? REGION_WORDS.get(labelKey(text));
  if (exact) return { level: exact, strength: 3 };
  for (const t of [name, labelKey(text)]) {
    const m = REGION_QUESTION.exec(t);
    if (m) {
      const word = m[3] ?? m[5] ?? '';
      return { level: REGION_WORDS.get(word) ?? 'region', strength: 2 };
    }
  }
  if (!/\s/.test(name))
    for (const token of name.split(/[^a-z]+/)) {
      const level = REGION_WORDS.get(token);
      if (level) return { level, strength: 1 };
    }
  return null;
}

const ROLE_NAMES = new Set(['rol', 'role', 'uw rol', 'your role', 'hoedanigheid', 'capacity']);
const ROLE_QUESTION =
  /\bwat is uw rol\b|\bin welke hoedanigheid\b|\bwhat is your role\b|\bin what capacity\b|\bals wat vult u\b/;

/** 3: the heading is `rol`/`role`; 2: the question asks for the role; 1: a code holds the word. 0: no. */
export function matchRole(header: string, text: string): number {
  const name = labelKey(header);
  if (ROLE_NAMES.has(name) || ROLE_NAMES.has(labelKey(text))) return 3;
  if (ROLE_QUESTION.test(name) || ROLE_QUESTION.test(labelKey(text))) return 2;
  if (!/\s/.test(name) && name.split(/[^a-z]+/).some((t) => t === 'rol' || t === 'role')) return 1;
  return 0;
}

/** Words that make an answer a professional's, whatever else it says ("cliëntondersteuner" is staff). */
const PROFESSIONAL_STRONG = [
  'professional',
  'medewerker',
  'ambtenaar',
  'ondersteuner',
  'consulent',
  'hulpverlener',
  'zorgverlener',
  'staff',
  'employee',
  'officer',
];
const RESIDENT = [
  'inwoner',
  'bewoner',
  'burger',
  'cliënt',
  'client',
  'patiënt',
  'patient',
  'naaste',
  'mantelzorger',
  'ervaringsdeskundige',
  'familielid',
  'resident',
  'citizen',
  'relative',
  'carer',
  'caregiver',
];
/** Organisations: a professional's answer unless a resident word says otherwise. */
const PROFESSIONAL_WEAK = [
  'zorgaanbieder',
  'gemeente',
  'verzekeraar',
  'welzijn',
  'beleid',
  'provider',
  'insurer',
  'municipality',
  'welfare',
  'policy',
];

/** Which side of the perspective gap a role answer is on, by its words; null when none says. */
export function roleSide(label: string): 'residents' | 'professionals' | null {
  const key = labelKey(label);
  if (PROFESSIONAL_STRONG.some((w) => key.includes(w))) return 'professionals';
  if (RESIDENT.some((w) => key.includes(w))) return 'residents';
  if (PROFESSIONAL_WEAK.some((w) => key.includes(w))) return 'professionals';
  return null;
}
