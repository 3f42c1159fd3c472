/**
 * Blocks F (lived-experience expertise) and G (organisations, willingness to join a hub).
 * F2 and F3 are only shown when F1 is ja or deels; otherwise their cells stay empty.
 */
import { EXPERT_ROLES, ORGANISATIONS } from '../codebook/items.js';
import { DONT_KNOW } from '../codebook/scales.js';
import type { Random } from '../random.js';
import { type Answers, tickColumns } from './answers.js';
import type { Profile } from './profile.js';

/** Weights of ja, deels, nee, weet niet. */
type Weights = [number, number, number, number];
const F1: Record<'resident' | 'expert' | 'professional', Weights> = {
  resident: [0.2, 0.3, 0.2, 0.3],
  expert: [0.5, 0.35, 0.1, 0.05],
  professional: [0.35, 0.4, 0.15, 0.1],
};
const F2: Record<'resident' | 'expert' | 'professional', Weights> = {
  resident: [0.2, 0.3, 0.2, 0.3],
  expert: [0.3, 0.4, 0.25, 0.05],
  professional: [0.3, 0.4, 0.2, 0.1],
};
/** F3 tick chances, EXPERT_ROLES order. */
const F3 = [0.55, 0.45, 0.3, 0.2, 0.15, 0.35];
/** G1 tick chances, ORGANISATIONS order, for someone of average knowledge. */
const G1 = [0.6, 0.5, 0.3, 0.35, 0.55, 0.3, 0.2, 0.35, 0.15, 0.25];
/** G2 weights of ja, misschien, nee, weet niet. */
const G2: Record<'resident' | 'expert' | 'professional', Weights> = {
  resident: [0.33, 0.4, 0.17, 0.1],
  expert: [0.55, 0.3, 0.1, 0.05],
  professional: [0.5, 0.33, 0.1, 0.07],
};

function kind(p: Profile): 'resident' | 'expert' | 'professional' {
  return p.professional ? 'professional' : p.role === 4 || p.role === 5 ? 'expert' : 'resident';
}

/** Codes 1, 2, 3 or 9 (weet niet) drawn with the given weights. */
function drawCode(r: Random, weights: Weights): number {
  const i = r.weightedIndex(weights);
  return i === 3 ? DONT_KNOW : i + 1;
}

/** Answers of blocks F and G. */
export function answerExperience(r: Random, p: Profile, answers: Answers): void {
  const k = kind(p);
  const used = drawCode(r, F1[k]);
  answers.F1_ingezet = String(used);
  if (used === 1 || used === 2) {
    answers.F2_betaald = String(drawCode(r, F2[k]));
    const columns = EXPERT_ROLES.map((e) => ({ column: `F3_rol_${e.id}` }));
    if (tickColumns(r, columns, F3, answers) === 0) answers[`F3_rol_${r.pick(EXPERT_ROLES).id}`] = '1';
  }
  const knowledge = k === 'resident' ? 0.75 : 1.2;
  const organisations = ORGANISATIONS.map((o) => ({ column: `G1_organisaties_${o.id}` }));
  tickColumns(
    r,
    organisations,
    G1.map((chance) => Math.min(0.95, chance * knowledge)),
    answers,
  );
  answers.G2_hub = String(drawCode(r, G2[k]));
}
