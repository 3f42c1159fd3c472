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
  suppressedLinked: t('niet getoond (privacy)', 'not shown (privacy)'),

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

  // ---- Likert statements ----
  likertTitle: t('{block}: mate van instemming', '{block}: level of agreement'),
  likertMessage: t(
    '{block}: het minst eens over {item} (gemiddeld {mean}; {pct} eens)',
    '{block}: least agreement on {item} (mean {mean}; {pct} agree)',
  ),
  likertSubtitle: t(
    'Links het aandeel per antwoord, ‘oneens’ links van de streep en ‘eens’ rechts; rechts het aandeel (helemaal) eens met 95%-interval. Hoogste gemiddelde bovenaan. {n} per stelling; ‘weet niet’ telt niet mee.',
    'Left: the share of each answer, ‘disagree’ left of the line and ‘agree’ right of it; right: the share (strongly) agreeing with 95% interval. Highest mean on top. {n} per statement; ‘don’t know’ is left out.',
  ),
  likertAxis: t(
    '← oneens\u00a0\u00a0\u00a0\u00a0aandeel\u00a0\u00a0\u00a0\u00a0eens →',
    '← disagree\u00a0\u00a0\u00a0\u00a0share\u00a0\u00a0\u00a0\u00a0agree →',
  ),
  agreeShort: t('{pct} eens', '{pct} agree'),
  agreeAxis: t('Eens (95%-interval)', 'Agree (95% interval)'),
  likertAlt: t(
    '{block}, aandeel (helemaal) eens per stelling: {rows}.',
    '{block}, share (strongly) agreeing per statement: {rows}.',
  ),
  likertAltRow: t(
    '{label}: {pct} eens ({low} tot {high}), gemiddeld {mean} (n = {n})',
    '{label}: {pct} agree ({low} to {high}), mean {mean} (n = {n})',
  ),

  // ---- choice questions ----
  choiceMessage: t('{question}: het vaakst {options} ({pct})', '{question}: most often {options} ({pct})'),
  choiceMessageTie: t(
    '{question}: even vaak {options} ({pct} elk)',
    '{question}: equally often {options} ({pct} each)',
  ),
  choiceMessageRank: t(
    '{question}: het vaakst in de top {k} genoemd: {options} ({pct})',
    '{question}: most often in the top {k}: {options} ({pct})',
  ),
  choiceRankNote: t(
    'Balk: aandeel dat dit in de top {k} noemde.',
    'Bar: share who named this in their top {k}.',
  ),
  choiceMultiNote: t(
    'Meer antwoorden mogelijk, dus samen meer dan 100%.',
    'Several answers possible, so together over 100%.',
  ),
  choiceSubtitle: t('Lijn: 95%-interval. {n}.', 'Line: 95% interval. {n}.'),
  choiceTopNote: t(
    'De {shown} meest gekozen van {all} opties; alle opties staan in de tabel.',
    'The {shown} most chosen of {all} options; every option is in the table.',
  ),
  shareAxis: t('Aandeel van wie de vraag beantwoordde', 'Share of those who answered'),
  shareAltRow: t('{label}: {pct} ({low} tot {high})', '{label}: {pct} ({low} to {high})'),
  choiceAlt: t('{question}{n}. {note} {rows}.', '{question}{n}. {note} {rows}.'),

  // ---- frequency matrices ----
  matrixMessage: t(
    'Het vaakst gekozen: ‘{option}’ bij {question} ({pct})',
    'Chosen most: ‘{option}’ for {question} ({pct})',
  ),
  matrixMessageTie: t(
    'Het vaakst gekozen: ‘{option}’ bij {question} ({pct} elk)',
    'Chosen most: ‘{option}’ for {question} ({pct} each)',
  ),
  matrixMessageTiePairs: t('Het vaakst gekozen ({pct} elk): {pairs}', 'Chosen most ({pct} each): {pairs}'),
  matrixPair: t('‘{option}’ bij {question}', '‘{option}’ for {question}'),
  formsMessage: t(
    'Het meest gebruikt: {question} ({pct} vaker dan ‘{option}’)',
    'Used most: {question} ({pct} more often than ‘{option}’)',
  ),
  matrixSubtitle: t(
    'Per vraag het aandeel per antwoord; donkerder is meer. Onder elk percentage het 95%-interval. {n} per vraag.',
    'Per question the share of each answer; darker is more. Under each percentage its 95% interval. {n} per question.',
  ),
  matrixSubtitleNoN: t(
    'Per vraag het aandeel per antwoord; donkerder is meer.',
    'Per question the share of each answer; darker is more.',
  ),
  cellSuppressed: t('n<{min}', 'n<{min}'),
  cellHidden: t('niet getoond', 'not shown'),
  matrixAlt: t('{title}, aandeel per antwoord: {rows}.', '{title}, share of each answer: {rows}.'),

  // ---- several groups of one role in one chart (panels) ----
  panelMulti: t('{question} (meer antwoorden mogelijk)', '{question} (several answers possible)'),
  panelRank: t(
    '{question} (aandeel dat dit in de top {k} noemde)',
    '{question} (share naming it in their top {k})',
  ),
  panelsShares: t('Aandeel per antwoord', 'Share of each answer'),
  panelsWith: t('{shares}, met het 95%-interval {where}', '{shares}, with its 95% interval {where}'),
  panelsUnder: t('onder elk percentage', 'under each percentage'),
  panelsLine: t('als lijn', 'as a line'),
  panelsDarker: t('donkerder is meer', 'darker is more'),
  panelsDots: t('Punt: gemiddelde, lijn: 95%-interval.', 'Dot: mean, line: 95% interval.'),
  panelsN: t('{n} per vraag.', '{n} per question.'),

  // ---- numeric questions ----
  numericAxis: t('Gemiddelde (95%-interval)', 'Mean (95% interval)'),
  numericMessage: t('{question}: gemiddeld {mean}', '{question}: {mean} on average'),
  numericSubtitle: t('Punt: gemiddelde; lijn: 95%-interval. {n}.', 'Point: mean; line: 95% interval. {n}.'),
  numericAltRow: t(
    '{label}: gemiddeld {mean} ({low} tot {high}), mediaan {median} (n = {n})',
    '{label}: mean {mean} ({low} to {high}), median {median} (n = {n})',
  ),

  // ---- ladder ----
  ladderTitle: t('Participatieladder: nu en gewenst', 'Participation ladder: now and desired'),
  ladderMessage: t(
    'Grootste ambitiekloof bij {phase}: {gap} treden',
    'Largest ambition gap in {phase}: {gap} rungs',
  ),
  ladderMessageTie: t(
    'Grootste ambitiekloof, even groot, bij {phase}: {gap} treden',
    'Largest ambition gap, equally large, in {phase}: {gap} rungs',
  ),
  meanInterval: t('{value} ({low} tot {high}), n = {n}', '{value} ({low} to {high}), n = {n}'),
  ladderSubtitle: t(
    'Punten: gemiddelde trede op de participatieladder, nu en gewenst; lijntje eronder: 95%-interval. Rechts de ambitiekloof (gewenst − nu) met 95%-interval. {n} per fase.',
    'Points: mean rung on the participation ladder, now and desired; line under each: 95% interval. Right: the ambition gap (desired − now) with 95% interval. {n} per phase.',
  ),
  now: t('Nu', 'Now'),
  desired: t('Gewenst', 'Desired'),
  gapHeader: t('Ambitiekloof', 'Ambition gap'),
  ladderAlt: t(
    'Participatieladder per fase, gemiddelde trede: {rows}.',
    'Participation ladder per phase, mean rung: {rows}.',
  ),
  ladderAltRow: t(
    '{phase}: nu {now}, gewenst {desired}, ambitiekloof {gap}',
    '{phase}: now {now}, desired {desired}, ambition gap {gap}',
  ),

  // ---- conditions ----
  conditionsTitle: t('Profiel van de randvoorwaarden', 'Conditions profile'),
  conditionsMessage: t(
    'Zwakste randvoorwaarde: {item} (gemiddeld {mean})',
    'Weakest condition: {item} (mean {mean})',
  ),
  conditionsMessageTie: t(
    'Zwakste randvoorwaarden, gelijk: {item} (gemiddeld {mean})',
    'Weakest conditions, tied: {item} (mean {mean})',
  ),
  conditionsLagging: t('{message}; {subregion} blijft achter', '{message}; {subregion} lags behind'),
  conditionsSubtitleItems: t(
    'Gemiddelde per stelling met 95%-interval ({ends}; {n} per stelling).',
    'Mean per statement with 95% interval ({ends}; {n} per statement).',
  ),
  conditionsAltItems: t(
    '{title}. Gemiddelde per stelling: {items}.',
    '{title}. Mean per statement: {items}.',
  ),
  indexMessage: t('{index} in {region}: {score} van 100', '{index} in {region}: {score} out of 100'),
  indexSubtitle: t(
    'Punt: indexscore (0–100) met 95%-interval, voor de regio, de subregio’s en alle regio’s samen. De index is het gemiddelde van {items}. {n}.',
    'Point: index score (0–100) with 95% interval, for the region, its subregions and all regions together. The index is the mean of {items}. {n}.',
  ),
  valueIntervalRow: t(
    '{label}: {value} ({low} tot {high}), n = {n}',
    '{label}: {value} ({low} to {high}), n = {n}',
  ),
  meanAxis: t('Gemiddelde (1–5)', 'Mean (1–5)'),
  indexAxis: t('{index} (0–100)', '{index} (0–100)'),
  regionTotal: t('{region} (totaal)', '{region} (total)'),
  allRegions: t('Alle regio’s samen', 'All regions together'),
  valueRow: t('{label}: {value} (n = {n})', '{label}: {value} (n = {n})'),

  // ---- importance–performance ----
  ipaTitle: t('Kansen en sterke punten', 'Opportunities and strengths'),
  ipaMessage: t('Grootste kans: {themes}', 'Largest opportunity: {themes}'),
  ipaMessagePlural: t('Grootste kansen: {themes}', 'Largest opportunities: {themes}'),
  ipaMessageNone: t('Geen thema valt in het kwadrant ‘kans’', 'No theme falls in the ‘opportunity’ quadrant'),
  and: t('en', 'and'),
  ipaSubtitle: t(
    'Per thema: hoe belangrijk het is tegen hoe goed het nu gaat (beide 1–5), met 95%-intervallen als lijnen. Stippellijnen: gemiddelde over de thema’s. {n} per thema.',
    'Per theme: how important it is against how well it goes now (both 1–5), with 95% intervals as lines. Dashed lines: mean over the themes. {n} per theme.',
  ),
  ipaX: t('Hoe goed gaat het nu? (gemiddelde, 1–5)', 'How well does it go now? (mean, 1–5)'),
  ipaY: t('Hoe belangrijk? (gemiddelde, 1–5)', 'How important? (mean, 1–5)'),
  ipaSuppressed: t('Niet getoond (n<{min}): {themes}', 'Not shown (n<{min}): {themes}'),
  kans: t('Kans', 'Opportunity'),
  sterk_punt: t('Sterk punt', 'Strength'),
  minder_urgent: t('Minder urgent', 'Less urgent'),
  overschat: t('Gaat goed, minder belangrijk', 'Going well, less important'),
  ipaAlt: t(
    'Belang en hoe goed het gaat per thema (1–5): {rows}.',
    'Importance and how well it goes per theme (1–5): {rows}.',
  ),
  ipaAltRow: t(
    '{label}: belang {imp} ({impLow} tot {impHigh}), n = {nImp}, gaat nu {perf} ({perfLow} tot {perfHigh}), n = {nPerf}, {quadrant}',
    '{label}: importance {imp} ({impLow} to {impHigh}), n = {nImp}, now {perf} ({perfLow} to {perfHigh}), n = {nPerf}, {quadrant}',
  ),

  // ---- comparisons ----
  perspectiveTitle: t('Inwoners en professionals vergeleken', 'Residents and professionals compared'),
  perspectiveIndexTitle: t(
    'Inwoners en professionals: de indexen',
    'Residents and professionals: the indices',
  ),
  perspectiveLadderTitle: t(
    'Inwoners en professionals: de participatieladder nu',
    'Residents and professionals: the participation ladder today',
  ),
  perspectiveLadderDesiredTitle: t(
    'Inwoners en professionals: de participatieladder zoals het zou moeten',
    'Residents and professionals: the participation ladder as it should be',
  ),
  perspectiveMessageOne: t(
    'Inwoners en professionals verschillen duidelijk op {item}',
    'Residents and professionals differ clearly on {item}',
  ),
  perspectiveMessageOneNone: t(
    'Inwoners en professionals verschillen niet duidelijk op {item}',
    'Residents and professionals do not differ clearly on {item}',
  ),
  perspectiveMessage: t(
    'Inwoners en professionals verschillen duidelijk op {k} van de {m} punten',
    'Residents and professionals differ clearly on {k} of {m} items',
  ),
  perspectiveMessageNone: t(
    'Inwoners en professionals verschillen op geen van de {m} punten duidelijk',
    'Residents and professionals differ clearly on none of {m} items',
  ),
  indicativeOne: t('{message}; op 1 punt een aanwijzing', '{message}; an indication on 1 item'),
  indicativeSome: t('{message}; op {j} punten een aanwijzing', '{message}; indications on {j} items'),
  perspectiveSubtitle: t(
    'Stip: gemiddelde per groep, lijntje eronder: 95%-interval. Midden: het verschil (inwoners − professionals) met 95%-interval; rechts het verschil en n.',
    'Dot: mean per group, line under it: 95% interval. Middle: the difference (residents − professionals) with 95% interval; right: the difference and n.',
  ),
  benchmarkTitle: t(
    'Regio vergeleken met de rest van het land',
    'Region compared with the rest of the country',
  ),
  benchmarkMessageOne: t(
    '{region} wijkt op {item} duidelijk af van de rest van het land',
    '{region} differs clearly from the rest of the country on {item}',
  ),
  benchmarkMessageOneNone: t(
    '{region} wijkt op {item} niet duidelijk af van de rest van het land',
    '{region} does not differ clearly from the rest of the country on {item}',
  ),
  benchmarkMessage: t(
    '{region} wijkt op {k} van de {m} punten duidelijk af van de rest van het land',
    '{region} differs clearly from the rest of the country on {k} of {m} items',
  ),
  benchmarkMessageNone: t(
    '{region} wijkt op geen van de {m} punten duidelijk af van de rest van het land',
    '{region} differs clearly from the rest of the country on none of {m} items',
  ),
  benchmarkSubtitle: t(
    'Stip: gemiddelde per groep (de rest van het land is zonder {region}), lijntje eronder: 95%-interval. Midden: het verschil met 95%-interval; rechts het verschil en n.',
    'Dot: mean per group (the rest of the country is without {region}), line under it: 95% interval. Middle: the difference with 95% interval; right: the difference and n.',
  ),
  benchmarkIndexTitle: t(
    'De indexen vergeleken met de rest van het land',
    'The indices compared with the rest of the country',
  ),
  restOfCountry: t('Rest van het land', 'Rest of the country'),
  trendTitle: t('Veranderd sinds de vorige meting', 'Changed since the previous wave'),
  trendMessageOne: t(
    '{item} is sinds de vorige meting duidelijk veranderd',
    '{item} changed clearly since the previous wave',
  ),
  trendMessageOneNone: t(
    '{item} is sinds de vorige meting niet duidelijk veranderd',
    '{item} did not change clearly since the previous wave',
  ),
  trendMessage: t(
    'Sinds de vorige meting duidelijk veranderd: {k} van de {m} punten',
    'Clearly changed since the previous wave: {k} of {m} items',
  ),
  trendMessageNone: t(
    'Sinds de vorige meting is geen van de {m} punten duidelijk veranderd',
    'None of the {m} items changed clearly since the previous wave',
  ),
  trendSubtitle: t(
    'Stip: gemiddelde nu en bij de vorige meting, lijntje eronder: 95%-interval. Midden: de verandering met 95%-interval; rechts de verandering en n.',
    'Dot: mean now and at the previous wave, line under it: 95% interval. Middle: the change with its 95% interval; right: the change and n.',
  ),
  trendNow: t('Nu', 'Now'),
  trendThen: t('Vorige meting', 'Previous wave'),
  significant: t('Duidelijk verschil', 'Clear difference'),
  indicative: t('Aanwijzing (een groep kleiner dan {nmin})', 'Indication (a group smaller than {nmin})'),
  notSignificant: t('Geen duidelijk verschil', 'No clear difference'),
  differenceHeader: t('Verschil', 'Difference'),
  differenceAxis: t('Verschil (95%-interval)', 'Difference (95% interval)'),
  valueWithInterval: t('{value} ({low} tot {high}), n = {n}', '{value} ({low} to {high}), n = {n}'),
  compareAlt: t('{title}: {rows}.', '{title}: {rows}.'),
  compareAltRow: t(
    '{label}: {a} {va}, {b} {vb}, verschil {d}{interval}{verdict}',
    '{label}: {a} {va}, {b} {vb}, difference {d}{interval}{verdict}',
  ),
  alt_significant: t(', een duidelijk verschil', ', a clear difference'),
  alt_indicative: t(', een aanwijzing (kleine groep)', ', an indication (small group)'),
  alt_none: t(', geen duidelijk verschil', ', no clear difference'),
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
