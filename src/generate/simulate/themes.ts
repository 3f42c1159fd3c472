/**
 * Blocks H (importance and performance per theme), I (top 3 hub functions) and J (consent).
 * Built-in structure: mentale gezondheid jongeren, eenzaamheid and mantelzorg are important but
 * going badly ("kans"); toegang tot zorg and langer thuis wonen are important and going fairly
 * well ("sterk punt"); werk en inkomen goes fairly well but matters less.
 */
import { HUB_FUNCTIONS, THEMES } from '../codebook/items.js';
import type { Random } from '../random.js';
import { type Answers, orDontKnow, toScore } from './answers.js';
import type { Profile } from './profile.js';

/** Mean importance and performance (1–5) per theme, THEMES order, before clipping to the scale. */
export const THEME_MEANS: readonly { importance: number; performance: number }[] = [
  { importance: 4.2, performance: 3.4 }, // thuis
  { importance: 4.6, performance: 2.1 }, // jongeren
  { importance: 3.4, performance: 3.1 }, // werk
  { importance: 4.6, performance: 3.7 }, // toegang
  { importance: 4.2, performance: 2.5 }, // mantelzorg
  { importance: 3.5, performance: 2.4 }, // 18min18plus
  { importance: 3.2, performance: 2.5 }, // dakloos
  { importance: 4.4, performance: 2.2 }, // eenzaam
];

/** Weights of the hub functions (HUB_FUNCTIONS order) when ranking. */
const HUB_WEIGHTS = { resident: [0.2, 0.3, 0.1, 0.28, 0.12], professional: [0.27, 0.3, 0.13, 0.12, 0.18] };

/** Answers of the H importance/performance pairs. */
export function answerThemes(r: Random, p: Profile, answers: Answers): void {
  const importanceBias = 0.3 * r.normal();
  const performanceBias = 0.4 * r.normal() + (p.professional ? 0.3 : 0);
  const pDontKnow = p.professional ? 0.06 : 0.1;
  THEMES.forEach((theme, i) => {
    const means = THEME_MEANS[i] ?? { importance: 3, performance: 3 };
    // Homelessness weighs more in the big-city region.
    const local = theme.id === 'dakloos' && p.region === 'Amsterdam-Amstelland' ? 0.6 : 0;
    const importance = means.importance + local + importanceBias + 0.75 * r.normal();
    const performance = means.performance + performanceBias + 0.8 * r.normal();
    const base = `H${theme.code}_${theme.id}`;
    answers[`${base}_belang`] = orDontKnow(r, 0.04, toScore(importance, 1, 5));
    answers[`${base}_prestatie`] = orDontKnow(r, pDontKnow, toScore(performance, 1, 5));
  });
}

/** Answers of I1 (ranks 1–3, sometimes fewer or none) and J1 (1 ja, 2 nee). */
export function answerHubAndConsent(r: Random, p: Profile, answers: Answers): void {
  const u = r.uniform();
  const k = u < 0.05 ? 0 : u < 0.1 ? 2 : 3;
  const weights = p.professional ? HUB_WEIGHTS.professional : HUB_WEIGHTS.resident;
  r.weightedSample(weights, k).forEach((index, rank) => {
    answers[`I1_hubfuncties_${rank + 1}`] = String(HUB_FUNCTIONS[index]?.code ?? index + 1);
  });
  const yes = p.professional ? 0.4 : p.role === 4 || p.role === 5 ? 0.55 : 0.28;
  answers.J1_sessie = r.chance(yes) ? '1' : '2';
}
