/**
 * The empty session-outcomes file a facilitator fills in after the co-creation session, in the
 * run's language, as Markdown or JSON. `parseSession` reads it back (`src/ingest/session.ts`);
 * the keywords come from `SESSION_WORDS`, so the two cannot drift apart.
 */
import { RECOGNISED_HINT, SESSION_WORDS, type SessionFile, type SessionWord } from '../model/session.js';

export interface SessionTemplateOptions {
  /** The region, named as in the run. */
  region: string;
  /** The themes whose recognition the session discusses, in report order. */
  themes: readonly { id: string; title: string }[];
  lang: 'nl' | 'en';
  format: 'md' | 'json';
}

/** Empty items of each list in the template: numbered opportunities, hub ideas, next-step rows. */
const EMPTY_ITEMS = 3;

const HELP = {
  nl: {
    intro: [
      'Vul dit bestand in na de co-creatiesessie: de uitkomsten komen in de eindversie van het rapport.',
      'Geef het mee aan een nieuwe run, met dezelfde opties als de eerste:',
    ],
    command: 'regioscan run … --session BESTAND',
    md: [
      'Datum: de datum van de sessie als JJJJ-MM-DD (verplicht).',
      `Herkend: ja, deels of nee; laat "${RECOGNISED_HINT.nl}" staan of maak het leeg als het thema niet besproken is.`,
      'Waarom: vrije tekst; mag doorlopen op de volgende regels.',
      'Lege punten en tabelregels worden overgeslagen; voeg gerust regels toe. Datum in de tabel: JJJJ-MM-DD of leeg.',
      'Tekst tussen deze commentaartekens wordt genegeerd.',
    ],
    json: [
      'date: de datum van de sessie als "JJJJ-MM-DD" (verplicht); due: "JJJJ-MM-DD" of null.',
      'recognised: "yes" (ja), "partly" (deels), "no" (nee), of null als het thema niet besproken is.',
      'Lege teksten en lege vervolgstappen worden overgeslagen; voeg gerust items toe.',
    ],
  },
  en: {
    intro: [
      'Fill in this file after the co-creation session: its outcomes go into the final version of the report.',
      'Pass it to a new run, with the same options as the first:',
    ],
    command: 'regioscan run … --session FILE',
    md: [
      'Date: the date of the session as YYYY-MM-DD (required).',
      `Recognised: yes, partly or no; leave "${RECOGNISED_HINT.en}" or make it empty if the theme was not discussed.`,
      'Why: free text; may go on over the following lines.',
      'Empty items and table rows are skipped; add more as needed. Date in the table: YYYY-MM-DD or empty.',
      'Text between these comment marks is ignored.',
    ],
    json: [
      'date: the date of the session as "YYYY-MM-DD" (required); due: "YYYY-MM-DD" or null.',
      'recognised: "yes", "partly", "no", or null if the theme was not discussed.',
      'Empty texts and empty next steps are skipped; add more items as needed.',
    ],
  },
} as const;

/** The empty session file for a region: every theme listed, lists and table with empty rows. */
export function sessionTemplate(options: SessionTemplateOptions): string {
  return options.format === 'json' ? toJsonTemplate(options) : toMarkdownTemplate(options);
}

function toMarkdownTemplate({ region, themes, lang }: SessionTemplateOptions): string {
  const w = (word: SessionWord) => SESSION_WORDS[word][lang];
  const help = HELP[lang];
  const columns = [w('action'), w('owner'), w('due')];
  const lines = [
    `# ${w('title')}: ${region}`,
    '',
    '<!--',
    ...help.intro,
    '',
    `  ${help.command}`,
    '',
    ...help.md.map((l) => `- ${l}`),
    '-->',
    '',
    `${w('region')}: ${region}`,
    `${w('date')}:`,
    `${w('participants')}:`,
    '',
    `## ${w('themes')}`,
    ...themes.flatMap((t) => [
      '',
      `### ${t.title} [${t.id}]`,
      `${w('recognised')}: ${RECOGNISED_HINT[lang]}`,
      `${w('why')}:`,
    ]),
    '',
    `## ${w('opportunities')}`,
    '',
    ...numbers().map((i) => `${i}.`),
    '',
    `## ${w('hubIdeas')}`,
    '',
    ...numbers().map(() => '-'),
    '',
    `## ${w('nextSteps')}`,
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...numbers().map(() => `| ${columns.map(() => '').join(' | ')} |`.replace(/ {2}/g, ' ')),
  ];
  return `${lines.join('\n')}\n`;
}

function toJsonTemplate({ region, themes, lang }: SessionTemplateOptions): string {
  const help = HELP[lang];
  const file: SessionFile = {
    $comment: [...help.intro, help.command, ...help.json],
    region,
    date: '',
    participants: '',
    themes: themes.map((t) => ({ id: t.id, title: t.title, recognised: null, why: '' })),
    opportunities: numbers().map(() => ''),
    hubIdeas: numbers().map(() => ''),
    nextSteps: numbers().map(() => ({ action: '', owner: '', due: null })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function numbers(): number[] {
  return Array.from({ length: EMPTY_ITEMS }, (_, i) => i + 1);
}
