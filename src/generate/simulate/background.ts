/** Blocks A (background) and B (how often the respondent met each existing form of participation). */
import { DOMAINS, FORMS } from '../codebook/items.js';
import { municipalityCode } from '../codebook/scales.js';
import type { Random } from '../random.js';
import { type Answers, orDontKnow, tickColumns, toScore } from './answers.js';
import type { Profile } from './profile.js';

/** Chance of ticking each domain (DOMAINS order): residents' side and professionals. */
const DOMAIN_CHANCE = {
  resident: [0.45, 0.04, 0.05, 0.03, 0.2, 0.12, 0.3, 0.1, 0.15],
  professional: [0.55, 0.12, 0.15, 0.1, 0.3, 0.3, 0.25, 0.15, 0.2],
};

/** Latent base of each form (FORMS order): a survey is met often, a citizens' assembly rarely. */
const FORM_BASE = [0.3, -0.3, -0.6, -1.1, -0.9, -0.3, 1.0, -1.3, -1.0, -1.2];

/** Extra involvement of a role in a form, e.g. council members in client and Wmo councils. */
function formBoost(role: number, form: string): number {
  if (role === 5 && (form === 'clientenraad' || form === 'wmoraad')) return 1.8;
  if (role === 4 && (form === 'projectgroep' || form === 'codesign' || form === 'leernetwerk')) return 1.4;
  if (role === 8 && (form === 'wmoraad' || form === 'burgerberaad' || form === 'stuurgroep')) return 1.0;
  if (role === 6 && form === 'clientenraad') return 1.0;
  return 0;
}

/** Answers of block A. */
export function answerBackground(r: Random, p: Profile, answers: Answers): void {
  answers.A1_rol = String(p.role);
  answers.A2_gemeente = String(municipalityCode(p.municipality));
  const chance = p.professional ? DOMAIN_CHANCE.professional : DOMAIN_CHANCE.resident;
  const columns = DOMAINS.map((d) => ({ column: `A3_domein_${d.id}` }));
  // Most of those who ticked nothing were meant to tick one; 15% really leave it empty.
  if (tickColumns(r, columns, chance, answers) === 0 && !r.chance(0.15)) {
    answers[`A3_domein_${r.pick(DOMAINS).id}`] = '1';
  }
  answers.A4_leeftijd = String(p.age);
}

/** Answers of block B: 1 nooit … 4 maandelijks of vaker, 9 weet niet. */
export function answerForms(r: Random, p: Profile, answers: Answers): void {
  const pDontKnow = p.professional ? 0.05 : 0.08;
  FORMS.forEach((form, i) => {
    const latent = (FORM_BASE[i] ?? 0) + 0.6 * p.engagement + formBoost(p.role, form.id) + 0.8 * r.normal();
    answers[`B${form.code}_${form.id}`] = orDontKnow(r, pDontKnow, toScore(latent + 1, 1, 4));
  });
}
