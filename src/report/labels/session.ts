/** Strings of a co-creation session's outcomes in the report, in Dutch and English. */
import type { Text } from './index.js';

export const session = {
  finalVersion: { nl: 'eindversie', en: 'final version' },
  cover: {
    nl: 'Eindversie, met de conclusies van de sessie van {date}',
    en: 'Final version, with the conclusions of the session of {date}',
  },
  participants: { nl: 'Aanwezig', en: 'Participants' },
  recognitionTitle: { nl: 'Wat herkende de sessie?', en: 'What did the session recognise?' },
  agreedTitle: { nl: 'Afgesproken kansen en ideeën voor de hub', en: 'Agreed opportunities and hub ideas' },
  opportunities: { nl: 'Belangrijkste kansen', en: 'Top opportunities' },
  hubIdeas: { nl: 'Ideeën voor de hub', en: 'Hub ideas' },
  stepsTitle: { nl: 'Afgesproken vervolgstappen', en: 'Agreed next steps' },
  more: { nl: '(vervolg)', en: '(continued)' },
  columns: {
    theme: { nl: 'Thema', en: 'Theme' },
    recognised: { nl: 'Herkend', en: 'Recognised' },
    why: { nl: 'Waarom', en: 'Why' },
    action: { nl: 'Actie', en: 'Action' },
    owner: { nl: 'Wie', en: 'Who' },
    due: { nl: 'Wanneer', en: 'When' },
  },
  recognised: {
    yes: { nl: 'ja', en: 'yes' },
    partly: { nl: 'deels', en: 'partly' },
    no: { nl: 'nee', en: 'no' },
    none: { nl: 'niet besproken', en: 'not discussed' },
  },
  noDate: { nl: 'nog geen datum', en: 'no date yet' },
  noOwner: { nl: 'nog niemand', en: 'no one yet' },
  none: { nl: 'Niets afgesproken.', en: 'Nothing agreed.' },
  notes: {
    shows: {
      nl: 'Wat de deelnemers aan de sessie van {date} concludeerden, zoals de facilitator het heeft vastgelegd.',
      en: 'What the participants of the session of {date} concluded, as the facilitator recorded it.',
    },
    sure: {
      nl: 'Dit zijn oordelen en afspraken van de aanwezigen, geen enquêteresultaten: ze gelden niet voor de hele regio.',
      en: 'These are the judgements and agreements of those present, not survey results: they do not speak for the whole region.',
    },
    ask: {
      nl: 'Klopt dit verslag? Wie mist er nog, en wat is sindsdien gebeurd?',
      en: 'Is this record right? Who is missing, and what has happened since?',
    },
  },
} as const satisfies Record<string, Text | Record<string, Text | Record<string, Text>>>;

/** A date `YYYY-MM-DD` in words: "24 november 2026", "24 November 2026". */
export function sessionDate(iso: string, lang: 'nl' | 'en'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
