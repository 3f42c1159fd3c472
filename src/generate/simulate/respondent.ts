/** One simulated respondent: a profile, then the answers block by block. */
import type { Random } from '../random.js';
import type { Answers } from './answers.js';
import { answerBackground, answerForms } from './background.js';
import { answerConditions } from './conditions.js';
import { answerExperience } from './experience.js';
import { answerLadder } from './ladder.js';
import { answerOpen } from './open-text.js';
import { drawProfile, type Profile } from './profile.js';
import { answerHubAndConsent, answerThemes } from './themes.js';

export interface SimulatedRespondent {
  profile: Profile;
  answers: Answers;
}

/** Draw a respondent who completes every block (routing aside); the caller may cut it short. */
export function simulateRespondent(r: Random): SimulatedRespondent {
  const profile = drawProfile(r);
  const answers: Answers = {};
  answerBackground(r, profile, answers);
  answerForms(r, profile, answers);
  answerLadder(r, profile, answers);
  answerConditions(r, profile, answers);
  answerExperience(r, profile, answers);
  answerThemes(r, profile, answers);
  answerOpen(r, profile, answers);
  answerHubAndConsent(r, profile, answers);
  return { profile, answers };
}
