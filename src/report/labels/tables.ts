/**
 * Glossary of the charts' data tables (the text alternative of every figure, printed with the
 * report): captions and column headers in Dutch and English. `{name}` is a placeholder, as in
 * `charts.ts`; question, option, phase and theme labels come from the codebook.
 */
import type { Text } from './index.js';

const t = (nl: string, en: string): Text => ({ nl, en });

export const tableLabels = {
  // ---- columns ----
  statement: t('Stelling', 'Statement'),
  question: t('Vraag', 'Question'),
  answer: t('Antwoord', 'Answer'),
  area: t('Gebied', 'Area'),
  region: t('Regio', 'Region'),
  municipality: t('Gemeente', 'Municipality'),
  role: t('Rol', 'Role'),
  group: t('Groep', 'Group'),
  phase: t('Fase', 'Phase'),
  theme: t('Thema', 'Theme'),
  item: t('Onderwerp', 'Item'),
  respondents: t('Respondenten', 'Respondents'),
  per10k: t('Per 10.000 inwoners', 'Per 10,000 residents'),
  n: t('n', 'n'),
  nOf: t('n ({group})', 'n ({group})'),
  /** A header whose cells read "value (low to high)". */
  withInterval: t('{what} (95%-interval)', '{what} (95% interval)'),
  share: t('Aandeel', 'Share'),
  agree: t('(Helemaal) eens', '(Strongly) agree'),
  mean: t('Gemiddelde', 'Mean'),
  median: t('Mediaan', 'Median'),
  score: t('Score (0–100)', 'Score (0–100)'),
  importance: t('Belang', 'Importance'),
  performance: t('Hoe goed het nu gaat', 'How well it goes now'),
  quadrant: t('Kwadrant', 'Quadrant'),
  difference: t('Verschil', 'Difference'),
  verdict: t('Oordeel', 'Verdict'),

  // ---- captions ----
  likertCaption: t(
    '{title}: aandeel per antwoord en (helemaal) eens per stelling',
    '{title}: share of each answer and (strongly) agreeing per statement',
  ),
  matrixCaption: t(
    '{title}: aandeel per antwoord, het 95%-interval tussen haakjes',
    '{title}: share of each answer, its 95% interval in brackets',
  ),
  meanCaption: t('{title}: gemiddelde ({ends})', '{title}: mean ({ends})'),
  ladderCaption: t(
    'Participatieladder per fase: gemiddelde trede ({ends}) en ambitiekloof',
    'Participation ladder per phase: mean rung ({ends}) and ambition gap',
  ),
  detailCaption: t(
    '{title}; tussen haakjes het 95%-interval en n',
    '{title}; in brackets the 95% interval and n',
  ),
  heatmapCaption: t(
    '{title}; tussen haakjes het 95%-interval en n, bij de ambitiekloof de fase',
    '{title}; in brackets the 95% interval and n, for the ambition gap its phase',
  ),
  ipaCaption: t(
    'Belang en hoe goed het gaat per thema (1–5)',
    'Importance and how well it goes per theme (1–5)',
  ),
} as const satisfies Record<string, Text>;

export type TableLabel = keyof typeof tableLabels;
