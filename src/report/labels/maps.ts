/**
 * Glossary of the maps and the heat map of the regions: titles, legends, markers, the boundary
 * credit and text alternatives, in Dutch and English. `{name}` is a placeholder that the chart
 * fills in (numbers already formatted), as in `charts.ts`.
 */
import type { Text } from './index.js';

const t = (nl: string, en: string): Text => ({ nl, en });

export const mapLabels = {
  // ---- shared ----
  /** CBS terms: a map that shows the boundaries says "© CBS" and credits the source. */
  credit: t(
    'Grenzen: © CBS / PDOK (gebiedsindelingen 2025), vereenvoudigd door cartomap/nl',
    'Boundaries: © CBS / PDOK (gebiedsindelingen 2025), simplified by cartomap/nl',
  ),
  notShown: t('niet getoond', 'not shown'),
  noPopulation: t('inwonertal onbekend', 'population unknown'),
  per10kLegend: t('Respondenten per 10.000 inwoners', 'Respondents per 10,000 residents'),
  unmatched: t(
    'Niet op de kaart (geen CBS-grens gevonden): {names}.',
    'Not on the map (no CBS boundary found): {names}.',
  ),
  ambiguous: t('{name} (meerdere gemeenten: {candidates})', '{name} (several municipalities: {candidates})'),
  or: t('of', 'or'),

  // ---- the region: reach per municipality ----
  reachTitle: t('Bereik per gemeente op de kaart', 'Reach by municipality on the map'),
  reachMessage: t(
    'Het minst bereikt: {names}, {per10k} per 10.000 inwoners',
    'Least reached: {names}, {per10k} per 10,000 residents',
  ),
  reachMessageTie: t(
    'Het minst bereikt: {names}, elk {per10k} per 10.000 inwoners',
    'Least reached: {names}, {per10k} per 10,000 residents each',
  ),
  reachMessageNone: t(
    'Respondenten per gemeente: zonder inwonertallen geen bereik',
    'Respondents by municipality: no reach without population figures',
  ),
  countsMessage: t(
    'De meeste respondenten komen uit {names} ({count})',
    'Most respondents come from {names} ({count})',
  ),
  countsLegend: t('Respondenten', 'Respondents'),
  countsNote: t(
    'Zonder inwonertallen (--population) aantallen respondenten, geen bereik per 10.000 inwoners.',
    'Without population figures (--population): numbers of respondents, not reach per 10,000 residents.',
  ),
  reachSubtitle: t(
    '{total} respondenten in totaal; donkerder is meer; kleine aantallen worden niet getoond (privacy).',
    '{total} respondents in total; darker is more; small numbers are not shown (privacy).',
  ),
  reachAltRow: t(
    '{name}: {per10k} per 10.000 inwoners ({count} respondenten)',
    '{name}: {per10k} per 10,000 residents ({count} respondents)',
  ),
  reachAltSuppressed: t('{name}: niet getoond (kleine aantallen)', '{name}: not shown (small numbers)'),
  reachAltNoPopulation: t(
    '{name}: {count} respondenten, inwonertal onbekend',
    '{name}: {count} respondents, population unknown',
  ),
  reachAltCount: t('{name}: {count} respondenten', '{name}: {count} respondents'),
  reachAltCounts: t(
    'Kaart van {region}, respondenten per gemeente (n\u00a0=\u00a0{total}); zonder inwonertallen geen bereik per 10.000 inwoners: {rows}.',
    'Map of {region}, respondents by municipality (n\u00a0=\u00a0{total}); without population figures no reach per 10,000 residents: {rows}.',
  ),
  reachAlt: t(
    'Kaart van {region}, respondenten per 10.000 inwoners per gemeente (n\u00a0=\u00a0{total}): {rows}.',
    'Map of {region}, respondents per 10,000 residents by municipality (n\u00a0=\u00a0{total}): {rows}.',
  ),

  // ---- the country: one key indicator per region ----
  countryTitle: t('De regio’s op de kaart', 'The regions on the map'),
  countryMessageIndex: t('{index}: het laagst in {names} ({score})', '{index}: lowest in {names} ({score})'),
  countryMessageReach: t(
    'Het minst bereikt: {names}, {per10k} per 10.000 inwoners',
    'Least reached: {names}, {per10k} per 10,000 residents',
  ),
  countrySubtitleIndex: t(
    'Kleur: {index} (0–100) per regio; donkerder is hoger. Lichtgrijs: gemeenten buiten de regio’s van deze scan. De 95%-intervallen staan in de tabel bij de kaart.',
    'Colour: {index} (0–100) per region; darker is higher. Light grey: municipalities outside the regions of this scan. The 95% intervals are in the table with the map.',
  ),
  countrySubtitleReach: t(
    'Kleur: respondenten per 10.000 inwoners per regio; donkerder is meer. Lichtgrijs: gemeenten buiten de regio’s van deze scan.',
    'Colour: respondents per 10,000 residents per region; darker is more. Light grey: municipalities outside the regions of this scan.',
  ),
  indexLegend: t('{index} (0–100)', '{index} (0–100)'),
  countryAltIndex: t('{name}: {score} ({detail})', '{name}: {score} ({detail})'),
  countryAltReach: t('{name}: {per10k} per 10.000 inwoners', '{name}: {per10k} per 10,000 residents'),
  countryAltNotShown: t('{name}: niet getoond', '{name}: not shown'),
  countryAlt: t(
    'Kaart van Nederland, {what} per regio: {rows}.',
    'Map of the Netherlands, {what} by region: {rows}.',
  ),

  // ---- heat map: region × key indicator ----
  heatmapTitle: t('De regio’s naast elkaar', 'The regions side by side'),
  heatmapMessage: t(
    'Het minst bereikt: {names}, {per10k} per 10.000 inwoners',
    'Least reached: {names}, {per10k} per 10,000 residents',
  ),
  heatmapMessageCount: t('De meeste respondenten: {names} ({count})', 'Most respondents: {names} ({count})'),
  // The heat map's subtitle: the first sentence always, the others where the map has what they explain.
  heatmapShading: t(
    'Per kolom: donkerder is hoger dan in de andere regio’s.',
    'Per column: darker is higher than in the other regions.',
  ),
  heatmapGap: t(
    'Ambitiekloof: gewenste min huidige trede op de participatieladder, in de fase met de grootste kloof.',
    'Ambition gap: desired minus current rung on the participation ladder, in the phase with the largest gap.',
  ),
  heatmapHidden: t(
    'Niet getoond: te weinig respondenten (privacy).',
    'Not shown: too few respondents (privacy).',
  ),
  columnRespondents: t('Respondenten', 'Respondents'),
  columnReach: t('Per 10.000 inwoners', 'Per 10,000 residents'),
  columnIndex: t('{index} (0–100)', '{index} (0–100)'),
  columnGap: t('Grootste ambitiekloof (treden)', 'Largest ambition gap (rungs)'),
  columnShare: t('{question}: {option}', '{question}: {option}'),
  heatmapAltRow: t('{name}: {cells}', '{name}: {cells}'),
  heatmapAltCell: t('{column} {value}', '{column} {value}'),
  heatmapAlt: t('De regio’s naast elkaar. {rows}.', 'The regions side by side. {rows}.'),
} as const satisfies Record<string, Text>;

export type MapLabel = keyof typeof mapLabels;
