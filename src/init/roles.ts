/**
 * The region and role questions of an inferred codebook: the best-named single column for each,
 * read as a single choice listing every value seen; region codes named after themselves; role
 * answers split into residents and professionals by their words.
 */
import { decimalComma } from '../ingest/values.js';
import type { Draft, Inferrer } from './infer.js';
import { note } from './messages.js';
import { matchRegion, matchRole, type RegionMatch, roleSide } from './places.js';
import type { ColumnProfile } from './profile.js';
import type { ScaleBook } from './scalebook.js';

/**
 * The columns that hold the region and the role, if any is named so; for the role, failing that,
 * a column whose answers are roles (`answersAreRoles`). A column with more distinct values than a
 * profile keeps is neither: its options could not all be listed.
 */
export function findPlaceColumns(profiles: readonly ColumnProfile[]): {
  region?: { profile: ColumnProfile; level: RegionMatch['level'] };
  role?: ColumnProfile;
  /** The role column was taken by its answers, not its name. */
  roleByAnswers?: boolean;
} {
  let region: { profile: ColumnProfile; match: RegionMatch } | undefined;
  for (const profile of profiles) {
    if (profile.answered === 0 || profile.many) continue;
    const match = matchRegion(profile.header, profile.text);
    if (match && (!region || match.strength > region.match.strength)) region = { profile, match };
  }
  let role: { profile: ColumnProfile; strength: number } | undefined;
  for (const profile of profiles) {
    if (profile === region?.profile || profile.answered === 0 || profile.many) continue;
    const strength = matchRole(profile.header, profile.text);
    if (strength > 0 && (!role || strength > role.strength)) role = { profile, strength };
  }
  // No column named so ("Ik ben", "Bent u …?"): one whose answers are roles, by their words.
  if (!role) {
    for (const profile of profiles) {
      if (profile === region?.profile || profile.answered === 0 || profile.many) continue;
      if (answersAreRoles(profile) && (!role || profile.answered > role.profile.answered))
        role = { profile, strength: 0 };
    }
  }
  return {
    ...(region ? { region: { profile: region.profile, level: region.match.level } } : {}),
    ...(role ? { role: role.profile } : {}),
    ...(role && role.strength === 0 ? { roleByAnswers: true } : {}),
  };
}

/** Most distinct answers a column can have and still be taken for the role by its answers alone. */
const MAX_ROLE_ANSWERS = 20;

/**
 * True when a column's answers are roles: at least two, of which at least one is a resident's and
 * one a professional's by their words (`roleSide`), and at most one on neither side ("Anders").
 */
function answersAreRoles(profile: ColumnProfile): boolean {
  const values = profile.distinct.map((d) => d.value);
  if (values.length < 2 || values.length > MAX_ROLE_ANSWERS) return false;
  const sides = values.map(roleSide);
  const unplaced = sides.filter((side) => side === null).length;
  return unplaced <= 1 && sides.includes('residents') && sides.includes('professionals');
}

/** Words a region option named after its bare code starts with, per level (`regio A1`, `gemeente 3`). */
const CODE_NAME: Record<RegionMatch['level'], { nl: string; en: string }> = {
  region: { nl: 'regio', en: 'region' },
  municipality: { nl: 'gemeente', en: 'municipality' },
};

/**
 * The region question: every value seen is an option. Bare codes (`A1`, `3`) become regions named
 * `regio <code>` (or `gemeente <code>`), with a note asking for their names.
 */
export function toRegionDraft(
  inferrer: Inferrer,
  scales: ScaleBook,
  profile: ColumnProfile,
  level: RegionMatch['level'],
): { draft: Draft; notes: string[] } {
  const draft = inferrer.forcedSingle(profile);
  const scale = 'scale' in draft.question ? draft.question.scale : '';
  const notes: string[] = [];
  const options = scales.options(scale);
  if (options.length > 0 && options.every((o) => isAnswerCode(o.label.nl))) {
    scales.nameAfterCodes(scale, CODE_NAME[level]);
    notes.push(note.regionCodes(profile.header, options.length, scale, `"${options[0]!.label.nl}"`));
  }
  draft.note = note.region(draft.question.id, level, options.length);
  return { draft, notes };
}

/** A bare answer code rather than a name: `3`, or LimeSurvey's `A3`/`AO03`. */
function isAnswerCode(value: string): boolean {
  return decimalComma(value) !== undefined || /^[A-Za-z]{1,2}\d+$/.test(value);
}

/**
 * The role question and the codes on each side of the perspective gap. Answers no word places
 * are on neither side (a note names them); when no answer is placed there is no `role` at all.
 */
export function toRoleDraft(
  inferrer: Inferrer,
  scales: ScaleBook,
  profile: ColumnProfile,
): { draft: Draft; role?: { residents: number[]; professionals: number[] }; notes: string[] } {
  const draft = inferrer.forcedSingle(profile);
  const scale = 'scale' in draft.question ? draft.question.scale : '';
  const residents: number[] = [];
  const professionals: number[] = [];
  const unplaced: string[] = [];
  const words = { residents: [] as string[], professionals: [] as string[] };
  for (const option of scales.options(scale)) {
    const side = roleSide(option.label.nl);
    if (side === null) unplaced.push(option.label.nl);
    else {
      (side === 'residents' ? residents : professionals).push(option.code);
      words[side].push(option.label.nl);
    }
  }
  if (residents.length === 0 && professionals.length === 0)
    return { draft, notes: [note.rolesNone(draft.question.id, unplaced)] };
  draft.note = note.role(draft.question.id, words.residents, words.professionals);
  const notes = unplaced.length > 0 ? [note.rolesUnplaced(profile.header, unplaced)] : [];
  return { draft, role: { residents, professionals }, notes };
}
