/**
 * Every chart of a regioscan, in report order. Each is a `ChartDef`: the same shape for all,
 * so the report writes `charts/<id>.vl.json`, `.svg` and `.png` in one loop.
 */
import type { Codebook } from '../../model/codebook.js';
import { benchmark } from './benchmark.js';
import { conditions } from './conditions.js';
import { ipa } from './ipa.js';
import { ladder } from './ladder.js';
import { likert } from './likert.js';
import { perspective, perspectiveLadder } from './perspective.js';
import { responseRole, responseSubregion } from './response.js';
import type { ChartDef } from './types.js';

export type { ChartContext, ChartDef } from './types.js';

const before: readonly ChartDef[] = [responseRole, responseSubregion];
const after: readonly ChartDef[] = [ladder, conditions, ipa, perspective, perspectiveLadder, benchmark];

/** The charts in report order, for the regioscan questionnaire's Likert blocks D and E. */
export const charts: readonly ChartDef[] = [...before, likert('D'), likert('E'), ...after];

/** The charts in report order with one Likert chart per codebook block that holds Likert items. */
export function chartsFor(codebook: Codebook): readonly ChartDef[] {
  const blocks = codebook.blocks
    .map((b) => b.id)
    .filter((id) => codebook.questions.some((q) => q.type === 'likert' && q.block === id));
  return [...before, ...blocks.map(likert), ...after];
}
