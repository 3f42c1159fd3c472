/**
 * Open answers: E2_voorbeeld (an example of influence) and H9_kansen (opportunities), built from
 * the fragments in phrases.ts. About 3% of answers contain an e-mail address or a Dutch phone
 * number, which the report must redact; a few hold a line break, a quote or a leading "- " list.
 */
import type { Random } from '../random.js';
import type { Answers } from './answers.js';
import {
  EXAMPLE_CLOSERS,
  EXAMPLE_OPENERS,
  EXAMPLE_PROFESSIONAL,
  EXAMPLE_RESIDENT,
  FIRST_NAMES,
  LAST_NAMES,
  MAIL_DOMAINS,
  NO_EXAMPLE_PROFESSIONAL,
  NO_EXAMPLE_RESIDENT,
  OPPORTUNITIES,
  OPPORTUNITY_CLOSERS,
  OPPORTUNITY_OPENERS,
} from './phrases.js';
import type { Profile } from './profile.js';

/** Share of open answers that carry contact details. */
export const CONTACT_SHARE = 0.03;

function digits(r: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** A sentence with an invented e-mail address or mobile number, in one of a few phrasings. */
function contact(r: Random): string {
  const first = r.pick(FIRST_NAMES);
  const mail = `${r.chance(0.5) ? first : first.charAt(0)}.${r.pick(LAST_NAMES)}@${r.pick(MAIL_DOMAINS)}`;
  const phone = r.chance(0.6) ? `06-${digits(r, 8)}` : `+31 6 ${digits(r, 8)}`;
  return r.pick([
    ` U mag mij mailen: ${mail}.`,
    ` Mijn e-mailadres is ${mail}, dan vertel ik er graag meer over.`,
    ` Bel gerust als u meer wilt weten: ${phone}.`,
    ` Bereikbaar op ${phone} (na 17 uur).`,
  ]);
}

/** Opener + one or (20%) two different cores + closer; a second core sometimes starts a new line. */
function compose(
  r: Random,
  p: Profile,
  cores: readonly string[],
  openers: readonly string[],
  closers: readonly string[],
): string {
  const opener = r.pick(openers);
  const picked = r
    .weightedSample(
      cores.map(() => 1),
      r.chance(0.2) ? 2 : 1,
    )
    .map((i) => cores[i] ?? '');
  const body = picked.join(r.chance(0.15) ? '\n' : ' ');
  return finish(r, p, opener + body + r.pick(closers));
}

/** Fill in the municipality and, now and then, add contact details. */
function finish(r: Random, p: Profile, text: string): string {
  const withContact = r.chance(CONTACT_SHARE) ? text + contact(r) : text;
  return withContact.replaceAll('{gemeente}', p.municipality);
}

/** An H9 answer written as a short "- " list, as people paste from their notes. */
function bulletList(r: Random, p: Profile): string {
  const items = r
    .weightedSample(
      OPPORTUNITIES.map(() => 1),
      2,
    )
    .map((i) => OPPORTUNITIES[i] ?? '');
  return finish(r, p, items.map((s) => `- ${s}`).join('\n'));
}

/** Answers of E2 (about 40% answer) and H9 (about 45%). */
export function answerOpen(r: Random, p: Profile, answers: Answers): void {
  if (r.chance(p.professional ? 0.45 : 0.38)) {
    // Those who disagree that input had influence mostly write that they know no example.
    const influence = Number(answers.E1_invloed);
    if (r.chance(influence <= 2 ? 0.7 : 0.15)) {
      answers.E2_voorbeeld = finish(
        r,
        p,
        r.pick(p.professional ? NO_EXAMPLE_PROFESSIONAL : NO_EXAMPLE_RESIDENT),
      );
    } else {
      const cores = p.professional ? EXAMPLE_PROFESSIONAL : EXAMPLE_RESIDENT;
      answers.E2_voorbeeld = compose(r, p, cores, EXAMPLE_OPENERS, EXAMPLE_CLOSERS);
    }
  }
  if (r.chance(0.45)) {
    answers.H9_kansen = r.chance(0.03)
      ? bulletList(r, p)
      : compose(r, p, OPPORTUNITIES, OPPORTUNITY_OPENERS, OPPORTUNITY_CLOSERS);
  }
}
