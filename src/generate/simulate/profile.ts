/**
 * Who a simulated respondent is: role, place, age band, and two latent traits that tie their
 * answers together (how engaged they are, and how well they think conditions are met).
 */
import { PROFESSIONAL_ROLES } from '../codebook/items.js';
import { DONT_KNOW } from '../codebook/scales.js';
import type { Random } from '../random.js';
import { DEMO_REGIONS, OUTSIDE_MUNICIPALITIES } from '../regions.js';

export interface Profile {
  /** A1_rol code (1–5 residents' side, 6–9 professionals). */
  role: number;
  professional: boolean;
  municipality: string;
  /** Region and subregion names; null for a municipality outside every region. */
  region: string | null;
  subregion: string | null;
  /** A4_leeftijd code, or 9 (prefer not to say). */
  age: number;
  /** Latent engagement, about N(0, 1) plus a role shift: drives frequencies and ladder knowledge. */
  engagement: number;
  /** Latent view of the conditions (block D), N(0, 1): the common factor behind D1–D7 and E1. */
  conditions: number;
}

/** Share of respondents per role, in ROLES order (residents ~70%, professionals ~30%). */
const ROLE_SHARES = [0.3, 0.2, 0.1, 0.05, 0.05, 0.12, 0.02, 0.08, 0.08];
/** Zuid-Holland Noord gets this share of the placed respondents; the others split the rest evenly. */
const HOME_REGION_SHARE = 0.48;
/** Share of respondents from a municipality outside every region. */
const OUTSIDE_SHARE = 0.02;

/** Age band weights (AGE_BANDS order) for residents, relatives and professionals. */
const AGE_WEIGHTS = {
  resident: [0.08, 0.27, 0.33, 0.18, 0.14],
  relative: [0.03, 0.2, 0.45, 0.22, 0.1],
  professional: [0.04, 0.5, 0.44, 0.02, 0],
};

function drawPlace(r: Random): Pick<Profile, 'municipality' | 'region' | 'subregion'> {
  if (r.chance(OUTSIDE_SHARE))
    return { municipality: r.pick(OUTSIDE_MUNICIPALITIES), region: null, subregion: null };
  const others = (1 - HOME_REGION_SHARE) / (DEMO_REGIONS.length - 1);
  const region =
    DEMO_REGIONS[r.weightedIndex(DEMO_REGIONS.map((_, i) => (i === 0 ? HOME_REGION_SHARE : others)))];
  if (!region) throw new Error('no demo regions');
  const places = region.subregions.flatMap((s) => s.municipalities.map((mun) => ({ sub: s.name, mun })));
  // Response is less than proportional to size: small municipalities are recruited more actively.
  const place = places[r.weightedIndex(places.map((p) => p.mun.residents ** 0.6))];
  if (!place) throw new Error(`no municipalities in ${region.name}`);
  return { municipality: place.mun.name, region: region.name, subregion: place.sub };
}

/** Draw one respondent's profile. */
export function drawProfile(r: Random): Profile {
  // Item codes are 1-based positions in their list.
  const role = r.weightedIndex(ROLE_SHARES) + 1;
  const professional = PROFESSIONAL_ROLES.includes(role);
  const place = drawPlace(r);
  const ageWeights = professional
    ? AGE_WEIGHTS.professional
    : role === 3
      ? AGE_WEIGHTS.relative
      : AGE_WEIGHTS.resident;
  const age = r.chance(0.02) ? DONT_KNOW : r.weightedIndex(ageWeights) + 1;
  const representative = role === 4 || role === 5;
  const engagement = r.normal() + (professional ? 0.8 : representative ? 1 : 0);
  return { role, professional, ...place, age, engagement, conditions: r.normal() };
}
