/**
 * Block C: the participation ladder per policy phase, now (C1) and desired (C2), coded
 * 0 niet betrokken … 6 zelfbeheer, 9 weet niet. Desired sits 1–2 rungs above current (the
 * ambitiekloof); professionals see the current ladder about half a rung higher than residents.
 */
import { PHASES } from '../codebook/items.js';
import type { Random } from '../random.js';
import { type Answers, orDontKnow, toScore } from './answers.js';
import type { Profile } from './profile.js';

/** Mean current rung per phase (PHASES order) as residents see it. */
const CURRENT = [1.4, 1.9, 1.1, 2.3, 1.5];
/** Mean ambitiekloof per phase: largest where residents are involved least. */
const GAP = [1.8, 1.5, 1.7, 1.2, 1.6];

/** Chance of "weet niet": residents know the ladder least, representatives and professionals better. */
function dontKnowChance(p: Profile, moment: 'now' | 'desired'): number {
  const base = p.professional ? 0.05 : p.role === 4 || p.role === 5 ? 0.08 : 0.2;
  return moment === 'now' ? base : base * 0.7;
}

/** Answers of block C. */
export function answerLadder(r: Random, p: Profile, answers: Answers): void {
  const personal = 0.6 * r.normal() + (p.professional ? 0.6 : 0) + 0.15 * p.engagement;
  const ambition = 0.5 * r.normal() - (p.professional ? 0.4 : 0);
  PHASES.forEach((phase, i) => {
    const now = (CURRENT[i] ?? 0) + personal + 0.8 * r.normal();
    const desired = now + (GAP[i] ?? 0) + ambition + 0.7 * r.normal();
    answers[`C1_${phase.id}`] = orDontKnow(r, dontKnowChance(p, 'now'), toScore(now, 0, 6));
    answers[`C2_${phase.id}`] = orDontKnow(r, dontKnowChance(p, 'desired'), toScore(desired, 0, 6));
  });
}
