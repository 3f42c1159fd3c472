import { describe, expect, it } from 'vitest';
import { yesNoTick } from '../../src/ingest/values.js';

describe('yesNoTick: LimeSurvey full answers', () => {
  const panel = new Set(['panel']);
  it('yesNoTick("Yes"/"No"/"N/A") is 1/0/0: N/A is LimeSurvey\'s "not shown" in full-answer exports', () => {
    expect([yesNoTick('Yes', panel), yesNoTick('No', panel), yesNoTick('N/A', panel)]).toEqual([1, 0, 0]);
  });
  it('yesNoTick("N/A", {"n/a"}) is 1: an option labelled N/A (SurveyMonkey writes the label) stays ticked', () => {
    expect(yesNoTick('N/A', new Set(['n/a']))).toBe(1);
  });
  it('yesNoTick("misschien", {"panel"}) is undefined', () => {
    expect(yesNoTick('misschien', panel)).toBeUndefined();
  });
});
