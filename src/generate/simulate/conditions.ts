/**
 * Blocks D and E1: the conditions (randvoorwaarden) and visible influence, 1 helemaal oneens …
 * 5 helemaal eens, 9 weet niet / n.v.t. One latent factor per respondent drives D1–D7 (Cronbach's
 * alpha about 0.8); professionals score about 0.65 higher, Rijnstreek about 0.5 lower.
 */
import { CONDITIONS } from '../codebook/items.js';
import type { Random } from '../random.js';
import { type Answers, orDontKnow, toScore } from './answers.js';
import type { Profile } from './profile.js';

/** Mean per item (CONDITIONS order) for residents elsewhere; feedback and reach score lowest. */
const BASE = [2.7, 2.3, 2.6, 3.1, 2.3, 2.8, 3.0];
export const PROFESSIONAL_SHIFT = 0.75;
export const LAGGING_SUBREGION = 'Rijnstreek';
export const LAGGING_SHIFT = -0.65;
/** Loading of the common factor and the item-specific noise (both in answer points). */
const LOADING = 0.75;
const NOISE = 0.95;

/** Answers of D1–D7 and E1. */
export function answerConditions(r: Random, p: Profile, answers: Answers): void {
  const shift =
    (p.professional ? PROFESSIONAL_SHIFT : 0) + (p.subregion === LAGGING_SUBREGION ? LAGGING_SHIFT : 0);
  const pDontKnow = p.professional ? 0.04 : 0.08;
  CONDITIONS.forEach((c, i) => {
    const latent = (BASE[i] ?? 3) + shift + LOADING * p.conditions + NOISE * r.normal();
    // Compensation is the item people most often cannot judge.
    const dk = c.id === 'vergoeding' ? pDontKnow + 0.05 : pDontKnow;
    answers[`D${c.code}_${c.id}`] = orDontKnow(r, dk, toScore(latent, 1, 5));
  });
  const influence = 2.6 + 0.8 * shift + 0.5 * p.conditions + 0.9 * r.normal();
  answers.E1_invloed = orDontKnow(r, pDontKnow + 0.03, toScore(influence, 1, 5));
}
