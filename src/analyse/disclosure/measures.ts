/**
 * Which measures a region does not publish in full: the national figure of such a measure leaves
 * the region out, so the national figure minus the published regions gives nothing away.
 * Keys as `RegionScope.selectionFor` reads them.
 */
import { alphaKey, groupKey } from '../region.js';
import type { Estimate, RegionResult } from '../types.js';

const anyHidden = (estimates: readonly Estimate[]) => estimates.some((e) => e.suppressed);

export function hiddenMeasures(r: RegionResult, roleQuestion: string | undefined): Set<string> {
  const keys = new Set<string>();
  for (const l of r.likert) if (anyHidden([...l.distribution, l.mean, l.shareAgree])) keys.add(l.item);
  for (const c of r.choices) if (c.item !== roleQuestion && anyHidden(c.shares)) keys.add(c.item);
  for (const q of r.numeric) if (anyHidden([q.mean, q.median])) keys.add(q.item);
  for (const i of r.indices) {
    if (i.score.suppressed) keys.add(i.index);
    if (i.alpha === null) keys.add(alphaKey(i.index));
  }
  for (const p of r.ladder) {
    const sides = [p.now, p.desired].flatMap((s) => [...s.distribution, s.median, s.shareAdviseren, s.mean]);
    if (anyHidden([...sides, p.ambitiekloof])) keys.add(p.phase);
  }
  for (const t of r.ipa) if (anyHidden([t.importance, t.performance, t.gap])) keys.add(t.theme);
  for (const c of r.perspective) if (c.difference.suppressed) keys.add(groupKey(c.item));
  return keys;
}
