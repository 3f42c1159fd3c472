/** Whether an estimate may be drawn or written: it exists, is not suppressed and is a finite number. */
import type { Estimate } from '../analyse/types.js';

/** An estimate that may be published. */
export type Shown = Estimate & { estimate: number };

/** Whether an estimate exists and is not suppressed. */
export function isShown(e: Estimate | undefined | null): e is Shown {
  return !!e && !e.suppressed && e.estimate !== null && Number.isFinite(e.estimate);
}
