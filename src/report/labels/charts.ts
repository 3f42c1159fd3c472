/**
 * Glossary of the charts: titles, axis titles, legends, markers and text alternatives, in Dutch
 * and English. `{name}` is a placeholder that the chart fills in (numbers already formatted).
 * Question, option, phase and theme labels come from the codebook, never from here.
 */
import type { Text } from './index.js';

const t = (nl: string, en: string): Text => ({ nl, en });

export const chartLabels = {
  // ---- shared ----
  suppressed: t('n<{min}, niet getoond', 'n<{min}, not shown'),
  suppressedSmall: t('niet getoond (kleine aantallen)', 'not shown (small numbers)'),
  // Non-breaking spaces (\u00a0) keep "n = 100" on one line when a subtitle wraps.
  n: t('n\u00a0=\u00a0{n}', 'n\u00a0=\u00a0{n}'),
  nRange: t('n\u00a0=\u00a0{low}–{high}', 'n\u00a0=\u00a0{low}–{high}'),
  nPair: t('n\u00a0=\u00a0{a}\u00a0/\u00a0{b}', 'n\u00a0=\u00a0{a}\u00a0/\u00a0{b}'),
  interval: t('{low} tot {high}', '{low} to {high}'),
  residents: t('Inwoners, cliënten, naasten', 'Residents, clients, relatives'),
  professionals: t('Professionals', 'Professionals'),
  otherRoles: t('Overig', 'Other'),

  // ---- response ----
  roleTitle: t('Respondenten per rol', 'Respondents by role'),
  roleMessage: t(
    '{total} respondenten; de grootste groep: {label} ({count})',
    '{total} respondents; the largest group: {label} ({count})',
  ),
  roleSubtitle: t(
    'Balk: aantal respondenten per rol. Kleine aantallen worden niet getoond (privacy).',
    'Bar: number of respondents per role. Small numbers are not shown (privacy).',
  ),
  countAxis: t('Aantal respondenten', 'Number of respondents'),
  roleAlt: t(
    'Respondenten per rol (n\u00a0=\u00a0{total}): {rows}.',
    'Respondents by role (n\u00a0=\u00a0{total}): {rows}.',
  ),
  subregionTitle: t('Bereik per subregio', 'Reach by subregion'),
  subregionMessageReach: t(
    'Het minst bereikt: {label}, {per10k} respondenten per 10.000 inwoners',
    'Least reached: {label}, {per10k} respondents per 10,000 residents',
  ),
  subregionMessageCount: t(
    'De meeste respondenten komen uit {label} ({count})',
    'Most respondents come from {label} ({count})',
  ),
  subregionSubtitleReach: t(
    'Balk: respondenten per 10.000 inwoners; tekst: aantal respondenten. {total} respondenten in totaal.',
    'Bar: respondents per 10,000 residents; text: number of respondents. {total} respondents in total.',
  ),
  subregionSubtitleCount: t(
    'Balk: aantal respondenten per subregio. {total} respondenten in totaal.',
    'Bar: number of respondents per subregion. {total} respondents in total.',
  ),
  per10kAxis: t('Respondenten per 10.000 inwoners', 'Respondents per 10,000 residents'),
  subregionBar: t('{count} respondenten · {per10k} per 10.000', '{count} respondents · {per10k} per 10,000'),
  subregionAltRow: t(
    '{label}: {count} respondenten, {per10k} per 10.000 inwoners',
    '{label}: {count} respondents, {per10k} per 10,000 residents',
  ),
  subregionAlt: t(
    'Respondenten per subregio (n\u00a0=\u00a0{total}): {rows}.',
    'Respondents by subregion (n\u00a0=\u00a0{total}): {rows}.',
  ),

  // ---- Likert blocks ----
  likertTitle: t('{block}: mate van instemming', '{block}: level of agreement'),
  likertMessage: t(
    '{block}: het minst eens over ‘{item}’ ({pct} eens)',
    '{block}: least agreement on ‘{item}’ ({pct} agree)',
  ),
  likertSubtitle: t(
    'Aandeel per antwoord, gecentreerd op het midden van de schaal; rechts het aandeel (helemaal) eens. {n} per stelling; ‘weet niet’ telt niet mee.',
    'Share of each answer, centred on the middle of the scale; right: share (strongly) agreeing. {n} per statement; ‘don’t know’ is left out.',
  ),
  likertAxis: t(
    '← oneens\u00a0\u00a0\u00a0\u00a0aandeel van de antwoorden\u00a0\u00a0\u00a0\u00a0eens →',
    '← disagree\u00a0\u00a0\u00a0\u00a0share of answers\u00a0\u00a0\u00a0\u00a0agree →',
  ),
  agreeText: t('{pct} eens ({n})', '{pct} agree ({n})'),
  likertAlt: t(
    '{block}, aandeel (helemaal) eens per stelling: {rows}.',
    '{block}, share (strongly) agreeing per statement: {rows}.',
  ),
  likertAltRow: t(
    '{label}: {pct} eens, gemiddeld {mean} (n = {n})',
    '{label}: {pct} agree, mean {mean} (n = {n})',
  ),

  // ---- ladder ----
  ladderTitle: t('Participatieladder: nu en gewenst', 'Participation ladder: now and desired'),
  ladderMessage: t(
    'Grootste ambitiekloof bij {phase}: {gap} treden',
    'Largest ambition gap in {phase}: {gap} rungs',
  ),
  ladderSubtitle: t(
    'Punten: gemiddelde trede op de participatieladder, nu en gewenst. Rechts de ambitiekloof (gewenst − nu) met 95%-interval. {n} per fase.',
    'Points: mean rung on the participation ladder, now and desired. Right: the ambition gap (desired − now) with 95% interval. {n} per phase.',
  ),
  now: t('Nu', 'Now'),
  desired: t('Gewenst', 'Desired'),
  gapHeader: t('Ambitiekloof', 'Ambition gap'),
  ladderAlt: t(
    'Participatieladder per fase, gemiddelde trede: {rows}.',
    'Participation ladder per phase, mean rung: {rows}.',
  ),
  ladderAltRow: t(
    '{phase}: nu {now}, gewenst {desired}, ambitiekloof {gap} (n = {n})',
    '{phase}: now {now}, desired {desired}, ambition gap {gap} (n = {n})',
  ),

  // ---- conditions ----
  conditionsTitle: t('Profiel van de randvoorwaarden', 'Conditions profile'),
  conditionsMessage: t(
    'Zwakste randvoorwaarde: ‘{item}’ (gemiddeld {mean})',
    'Weakest condition: ‘{item}’ (mean {mean})',
  ),
  conditionsLagging: t('{message}; {subregion} blijft achter', '{message}; {subregion} lags behind'),
  conditionsSubtitle: t(
    'Boven: gemiddelde per stelling met 95%-interval ({ends}). Onder: {index} (0–100) voor de regio, de subregio’s en alle regio’s samen.',
    'Top: mean per statement with 95% interval ({ends}). Bottom: {index} (0–100) for the region, its subregions and all regions together.',
  ),
  meanAxis: t('Gemiddelde (1–5)', 'Mean (1–5)'),
  indexAxis: t('{index} (0–100)', '{index} (0–100)'),
  regionTotal: t('{region} (totaal)', '{region} (total)'),
  allRegions: t('Alle regio’s samen', 'All regions together'),
  conditionsAlt: t(
    '{title}. Gemiddelde per stelling: {items}. {index}: {scores}.',
    '{title}. Mean per statement: {items}. {index}: {scores}.',
  ),
  valueRow: t('{label}: {value} (n = {n})', '{label}: {value} (n = {n})'),

  // ---- importance–performance ----
  ipaTitle: t('Kansen en sterke punten', 'Opportunities and strengths'),
  ipaMessage: t('Grootste kans: {themes}', 'Largest opportunity: {themes}'),
  ipaMessagePlural: t('Grootste kansen: {themes}', 'Largest opportunities: {themes}'),
  ipaMessageNone: t('Geen thema valt in het kwadrant ‘kans’', 'No theme falls in the ‘opportunity’ quadrant'),
  and: t('en', 'and'),
  ipaSubtitle: t(
    'Per thema: hoe belangrijk het is tegen hoe goed het nu gaat (beide 1–5). Stippellijnen: gemiddelde over de thema’s. {n} per thema.',
    'Per theme: how important it is against how well it goes now (both 1–5). Dashed lines: mean over the themes. {n} per theme.',
  ),
  ipaX: t('Hoe goed gaat het nu? (gemiddelde, 1–5)', 'How well does it go now? (mean, 1–5)'),
  ipaY: t('Hoe belangrijk? (gemiddelde, 1–5)', 'How important? (mean, 1–5)'),
  ipaSuppressed: t('Niet getoond (n<{min}): {themes}', 'Not shown (n<{min}): {themes}'),
  kans: t('Kans', 'Opportunity'),
  sterk_punt: t('Sterk punt', 'Strength'),
  minder_urgent: t('Minder urgent', 'Less urgent'),
  overschat: t('Overschat', 'Overrated'),
  ipaAlt: t(
    'Belang en hoe goed het gaat per thema (1–5): {rows}.',
    'Importance and how well it goes per theme (1–5): {rows}.',
  ),
  ipaAltRow: t(
    '{label}: belang {imp}, gaat nu {perf}, {quadrant} (n = {n})',
    '{label}: importance {imp}, now {perf}, {quadrant} (n = {n})',
  ),

  // ---- comparisons ----
  perspectiveTitle: t('Inwoners en professionals vergeleken', 'Residents and professionals compared'),
  perspectiveLadderTitle: t(
    'Inwoners en professionals: de participatieladder nu',
    'Residents and professionals: the participation ladder today',
  ),
  perspectiveMessage: t(
    'Inwoners en professionals verschillen significant op {k} van de {m} punten',
    'Residents and professionals differ significantly on {k} of {m} items',
  ),
  perspectiveMessageNone: t(
    'Inwoners en professionals verschillen op geen van de {m} punten significant',
    'Residents and professionals differ significantly on none of {m} items',
  ),
  perspectiveSubtitle: t(
    'Punten: gemiddelde van inwoners en van professionals. Rechts het verschil (inwoners − professionals) en n per groep.',
    'Points: mean of residents and of professionals. Right: the difference (residents − professionals) and n per group.',
  ),
  benchmarkTitle: t(
    'Regio vergeleken met de rest van het land',
    'Region compared with the rest of the country',
  ),
  benchmarkMessage: t(
    '{region} wijkt op {k} van de {m} punten significant af van de rest van het land',
    '{region} differs significantly from the rest of the country on {k} of {m} items',
  ),
  benchmarkMessageNone: t(
    '{region} wijkt op geen van de {m} punten significant af van de rest van het land',
    '{region} differs significantly from the rest of the country on none of {m} items',
  ),
  benchmarkSubtitle: t(
    'Punten: gemiddelde van {region} en van de rest van het land (zonder {region}). Rechts het verschil en n per groep.',
    'Points: mean of {region} and of the rest of the country (without {region}). Right: the difference and n per group.',
  ),
  restOfCountry: t('Rest van het land', 'Rest of the country'),
  significant: t(
    'Significant verschil (BH q < 0,05; beide n ≥ 30)',
    'Significant difference (BH q < 0.05; both n ≥ 30)',
  ),
  notSignificant: t('Geen significant verschil', 'No significant difference'),
  differenceHeader: t('Verschil', 'Difference'),
  compareAlt: t('{title}: {rows}.', '{title}: {rows}.'),
  compareAltRow: t(
    '{label}: {a} {va} (n = {na}), {b} {vb} (n = {nb}), verschil {d}{sig}',
    '{label}: {a} {va} (n = {na}), {b} {vb} (n = {nb}), difference {d}{sig}',
  ),
  altSignificant: t(', significant', ', significant'),
  axisMean: t('Gemiddelde ({ends})', 'Mean ({ends})'),
  scaleEnds: t(
    '{low}\u00a0=\u00a0{lowLabel}, {high}\u00a0=\u00a0{highLabel}',
    '{low}\u00a0=\u00a0{lowLabel}, {high}\u00a0=\u00a0{highLabel}',
  ),
  axisLadder: t('Gemiddelde trede ({ends})', 'Mean rung ({ends})'),
  axisIndex: t('Indexscore (0–100)', 'Index score (0–100)'),
  axisShare: t('Aandeel', 'Share'),
  percentPoints: t('{d} %-punt', '{d} pp'),
} satisfies Record<string, Text>;

export type ChartLabel = keyof typeof chartLabels;
