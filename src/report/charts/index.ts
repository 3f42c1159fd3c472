/**
 * Every chart of a regioscan. Each is a `ChartDef`, the same shape for all, so the report writes
 * `charts/<id>.vl.json`, `.svg` and `.png` in one loop; which charts a report has, and in which
 * order, is the report plan's choice (src/report/plan), made from the codebook.
 */
export { benchmark, benchmarkIndex } from './benchmark.js';
export { type ChoiceGroup, choiceChart } from './choice.js';
export { conditionsChart, type ItemGroup, indexChart } from './conditions.js';
export { ipaChart } from './ipa.js';
export { ladderChart } from './ladder.js';
export { likertChart } from './likert.js';
export { reachMapChart } from './map-reach.js';
export { matrixChart } from './matrix.js';
export { numericChart } from './numeric.js';
export { type PanelGroup, type PanelsGroup, panelsChart, panelsHeight } from './panels.js';
export { perspective, perspectiveIndex, perspectiveLadder, perspectiveLadderDesired } from './perspective.js';
export { responseRoleChart, responseSubregionChart } from './response.js';
export { trend } from './trend.js';
export type { ChartContext, ChartDef } from './types.js';
