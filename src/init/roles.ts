/**
 * The region and role questions of an inferred codebook: the best-named single column for each,
 * read as a single choice listing every value seen; role answers split into residents and
 * professionals by their words.
 */
import { decimalComma } from '../ingest/values.js';
import type { Draft, Inferrer } from './infer.js';
import { note, todo } from './messages.js';
import { matchRegion, matchRole, type RegionMatch, roleSide } from './places.js';
import type { ColumnProfile } from './profile.js';
import type { ScaleBook } from './scalebook.js';

/** The columns that hold the region and the role, if any is named so. */
export function findPlaceColumns(profiles: readonly ColumnProfile[]): {
  region?: { profile: ColumnProfile; level: RegionMatch['level'] };
  role?: ColumnProfile;
} {
  let region: { profile: ColumnProfile; match: RegionMatch } | undefined;
  for (const profile of profiles) {
    if (profile.answered === 0) continue;
    const match = matchRegion(profile.header, profile.text);
    if (match && (!region || match.strength > region.match.strength)) region = { profile, match };
  }
  let role: { profile: ColumnProfile; strength: number } | undefined;
  for (const profile of profiles) {
    if (profile === region?.profile || profile.answered === 0) continue;
    const strength = matchRole(profile.header, profile.text);
    if (strength > 0 && (!role || strength > role.strength)) role = { profile, strength };
  }
  return {
    ...(region ? { region: { profile: region.profile, level: region.match.level } } : {}),
    ...(role ? { role: role.profile } : {}),
  };
}

/** The region question: every value seen is an option; bare codes leave a todo asking for names. */
export function toRegionDraft(
  inferrer: Inferrer,
  scales: ScaleBook,
  profile: ColumnProfile,
  level: RegionMatch['level'],
): Draft {
  const draft = inferrer.forcedSingle(profile, (values) =>
    values.every((v) => isAnswerCode(v.value)) ? todo.regionCodes(profile.header, values.length) : undefined,
  );
  const scale = 'scale' in draft.question ? draft.question.scale : '';
  draft.note = note.region(draft.question.id, level, scales.options(scale).length);
  return draft;
}

/** A bare answer code rather than a name: `3`, or LimeSurvey's `A3`/`AO03`. */
function isAnswerCode(value: string): boolean {
  return decimalComma(value) !== undefined || /^[A-Za-z]{1,2}\d+$/.test(value);
}

/** The role question and the codes on each side of the perspective gap; answers no word places leave a todo. */
export function toRoleDraft(
  inferrer: Inferrer,
  scales: ScaleBook,
  profile: ColumnProfile,
): { draft: Draft; residents: number[]; professionals: number[] } {
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
  if (unplaced.length > 0) draft.question.todo = todo.rolesUnplaced(profile.header, unplaced);
  draft.note = note.role(draft.question.id, words.residents, words.professionals);
  return { draft, residents, professionals };
}
