/**
 * A small hand-made region and codebook for the chart tests: a few items of each kind, with
 * suppressed estimates (Likert item D8 with n = 8, the desired ladder of phase "evaluatie", theme
 * "dakloos", the professionals' side of D7, two role counts, the choice question G1 with n = 6)
 * and one significant comparison in each of perspective (D2) and benchmark (D3), one indicative
 * one (E2: q < 0.05 with 22 professionals). The blocks carry roles (D conditions, E influence, B
 * forms…), and there is an age question, a frequency matrix (B1, B2), a multi-select and a number.
 * The numbers are invented but consistent: shares are counts / n, so they sum to 1, and share
 * agree is the share of codes 4 and 5.
 */
import type {
  Accounting,
  ChoiceResult,
  Comparison,
  CountCell,
  Estimate,
  IpaResult,
  LadderResult,
  LadderSide,
  LikertResult,
  RegionResult,
} from '../../src/analyse/types.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import type { ChartContext } from '../../src/report/charts/types.js';
import type { Lang } from '../../src/report/labels/index.js';
import { labeller } from '../../src/report/labels/labeller.js';

const REGION = 'Zuid-Holland Noord';

const t = (nl: string, en: string) => ({ nl, en });

const codebookInput: CodebookInput = {
  survey: { id: 'regioscan-test', title: t('Regioscan participatie', 'Regional participation scan') },
  region: { question: 'A2' },
  role: { question: 'A1', residents: [1, 2, 3, 4], professionals: [5, 6, 7] },
  blocks: [
    { id: 'A', title: t('Achtergrond', 'Background'), role: 'background' },
    { id: 'B', title: t('Vormen van participatie', 'Forms of participation'), role: 'forms' },
    { id: 'C', title: t('Participatieladder', 'Participation ladder'), role: 'ladder' },
    { id: 'D', title: t('Randvoorwaarden', 'Conditions'), role: 'conditions' },
    { id: 'E', title: t('Invloed', 'Influence'), role: 'influence' },
    { id: 'G', title: t('Samenwerking', 'Collaboration'), role: 'collaboration' },
    { id: 'H', title: t('Kansen en uitdagingen', 'Opportunities and challenges'), role: 'priorities' },
  ],
  scales: [
    {
      id: 'rol',
      options: [
        { code: 1, label: t('Inwoner zonder zorgvraag', 'Resident without care need') },
        { code: 2, label: t('Inwoner met zorgvraag', 'Resident with care need') },
        { code: 3, label: t('Naaste of mantelzorger', 'Relative or carer') },
        { code: 4, label: t('Ervaringsdeskundige', 'Expert by experience') },
        { code: 5, label: t('Professional zorgaanbieder', 'Care provider professional') },
        { code: 6, label: t('Zorgverzekeraar', 'Health insurer') },
        { code: 7, label: t('Gemeente', 'Municipality') },
      ],
    },
    {
      id: 'eens5',
      options: [
        { code: 1, label: t('Helemaal oneens', 'Strongly disagree') },
        { code: 2, label: t('Oneens', 'Disagree') },
        { code: 3, label: t('Neutraal', 'Neutral') },
        { code: 4, label: t('Eens', 'Agree') },
        { code: 5, label: t('Helemaal eens', 'Strongly agree') },
      ],
      missing: [{ code: 9, label: t('Weet niet / n.v.t.', "Don't know / n.a.") }],
    },
    {
      id: 'ladder',
      options: [
        { code: 0, label: t('Niet betrokken', 'Not involved') },
        { code: 1, label: t('Informeren', 'Informing') },
        { code: 2, label: t('Raadplegen', 'Consulting') },
        { code: 3, label: t('Adviseren', 'Advising') },
        { code: 4, label: t('Coproduceren', 'Co-producing') },
        { code: 5, label: t('Meebeslissen', 'Co-deciding') },
        { code: 6, label: t('Zelfbeheer', 'Self-management') },
      ],
    },
    {
      id: 'belang5',
      options: [1, 2, 3, 4, 5].map((code) => ({ code, label: t(String(code), String(code)) })),
    },
    {
      id: 'leeftijd',
      options: [
        { code: 1, label: t('Jonger dan 45', 'Under 45') },
        { code: 2, label: t('45–64 jaar', '45–64') },
        { code: 3, label: t('65 of ouder', '65 or older') },
      ],
    },
    {
      id: 'freq',
      options: [
        { code: 0, label: t('Nooit', 'Never') },
        { code: 1, label: t('Soms', 'Sometimes') },
        { code: 2, label: t('Vaak', 'Often') },
      ],
    },
    {
      id: 'orgs',
      options: [
        { code: 1, label: t('Cliëntenraad', 'Client council') },
        { code: 2, label: t('Wmo-raad', 'Wmo council') },
      ],
    },
  ],
  questions: [
    { id: 'A1', block: 'A', type: 'single', column: 'rol', scale: 'rol', text: t('Wat is uw rol?', 'Role?') },
    {
      id: 'A2',
      block: 'A',
      type: 'single',
      column: 'gemeente',
      scale: 'rol',
      text: t('Gemeente', 'Municipality'),
    },
    {
      id: 'A3',
      block: 'A',
      type: 'single',
      column: 'leeftijd',
      scale: 'leeftijd',
      text: t('Leeftijdsgroep', 'Age group'),
    },
    { id: 'A4', block: 'A', type: 'numeric', column: 'jaren', text: t('Jaren betrokken', 'Years involved') },
    { id: 'B1', block: 'B', type: 'single', column: 'b1', scale: 'freq', text: t('Panel', 'Panel') },
    {
      id: 'B2',
      block: 'B',
      type: 'single',
      column: 'b2',
      scale: 'freq',
      text: t('Burgerberaad', 'Citizens’ assembly'),
    },
    ...likertQuestions(),
    ...ladderQuestions(),
    {
      id: 'G1',
      block: 'G',
      type: 'multi',
      scale: 'orgs',
      columns: [
        { code: 1, column: 'g1_1' },
        { code: 2, column: 'g1_2' },
      ],
      text: t('Actieve organisaties', 'Active organisations'),
    },
    ...ipaQuestions(),
  ],
  indices: [
    {
      id: 'randvoorwaarden',
      label: t('Index randvoorwaarden', 'Conditions index'),
      items: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'],
      role: 'conditions',
    },
  ],
  phases: [
    { id: 'agenda', label: t('Agendavorming', 'Agenda setting') },
    { id: 'voorbereiding', label: t('Beleidsvoorbereiding', 'Policy preparation') },
    { id: 'besluit', label: t('Besluitvorming', 'Decision making') },
    { id: 'uitvoering', label: t('Uitvoering', 'Implementation') },
    { id: 'evaluatie', label: t('Evaluatie', 'Evaluation') },
  ],
  themes: [
    { id: 'thuis', label: t('Langer thuis wonen', 'Living at home longer') },
    { id: 'jongeren', label: t('Mentale gezondheid jongeren', 'Mental health of young people') },
    { id: 'werk', label: t('Werk en inkomen', 'Work and income') },
    { id: 'toegang', label: t('Toegang tot zorg', 'Access to care') },
    { id: 'mantelzorg', label: t('Mantelzorg', 'Informal care') },
    { id: 'achttien', label: t('18-/18+', 'Turning 18') },
    { id: 'dakloos', label: t('Dak- en thuisloosheid', 'Homelessness') },
    { id: 'eenzaam', label: t('Eenzaamheid', 'Loneliness') },
  ],
};

function likertQuestions(): CodebookInput['questions'] {
  const items: [string, string, string, string | undefined, string | undefined][] = [
    [
      'D1',
      'Inwoners worden vroeg betrokken, voordat er al besluiten liggen',
      'Residents are involved early, before decisions are made',
      'Vroeg betrokken',
      'Involved early',
    ],
    [
      'D2',
      'Deelnemers horen terug wat er met hun inbreng is gedaan',
      'Participants hear back what was done with their input',
      'Terugkoppeling over inbreng',
      'Feedback on input',
    ],
    [
      'D3',
      'Inwoners krijgen een vergoeding voor hun tijd en kosten',
      'Residents are compensated for their time and costs',
      'Vergoeding voor tijd en kosten',
      'Compensation for time and costs',
    ],
    [
      'D4',
      'Informatie is begrijpelijk (B1) en toegankelijk',
      'Information is easy to understand (B1) and accessible',
      'Begrijpelijke informatie (B1)',
      'Understandable information (B1)',
    ],
    ['D5', 'Moeilijk bereikbare groepen doen mee', 'Hard-to-reach groups take part', undefined, undefined],
    [
      'D6',
      'Deelnemers krijgen ondersteuning of training',
      'Participants get support or training',
      'Ondersteuning en training',
      'Support and training',
    ],
    [
      'D7',
      'Inwoners en professionals voeren het gesprek als gelijkwaardige partners, ook als het onderwerp ingewikkeld wordt',
      'Residents and professionals talk as equal partners, also when the subject gets complicated',
      undefined,
      undefined,
    ],
    [
      'D8',
      'Ervaringsdeskundigheid wordt ingezet en betaald',
      'Lived experience is used and paid for',
      'Ervaringsdeskundigheid betaald',
      'Lived experience paid',
    ],
    [
      'E1',
      'Inbreng heeft zichtbaar geleid tot aanpassingen',
      'Input visibly led to changes',
      'Inbreng leidde tot aanpassingen',
      'Input led to changes',
    ],
    [
      'E2',
      'Besluitvormers nemen inbreng van inwoners serieus',
      'Decision makers take residents’ input seriously',
      'Inbreng wordt serieus genomen',
      'Input is taken seriously',
    ],
  ];
  return items.map(([id, nl, en, shortNl, shortEn]) => ({
    id,
    block: id.slice(0, 1),
    type: 'likert' as const,
    column: id,
    scale: 'eens5',
    text: t(nl, en),
    ...(shortNl && shortEn ? { short: t(shortNl, shortEn) } : {}),
  }));
}

function ladderQuestions(): CodebookInput['questions'] {
  const phases = ['agenda', 'voorbereiding', 'besluit', 'uitvoering', 'evaluatie'];
  return phases.flatMap((phase) =>
    (['now', 'desired'] as const).map((moment) => ({
      id: `${moment === 'now' ? 'C1' : 'C2'}_${phase}`,
      block: 'C',
      type: 'ladder' as const,
      column: `${moment}_${phase}`,
      scale: 'ladder',
      phase,
      moment,
      text:
        moment === 'now'
          ? t(`Ladder nu: ${phase}`, `Ladder now: ${phase}`)
          : t(`Ladder gewenst: ${phase}`, `Ladder desired: ${phase}`),
      short: moment === 'now' ? t(`Ladder nu (${phase})`, `Ladder now (${phase})`) : undefined,
    })),
  );
}

function ipaQuestions(): CodebookInput['questions'] {
  const themes = ['thuis', 'jongeren', 'werk', 'toegang', 'mantelzorg', 'achttien', 'dakloos', 'eenzaam'];
  return themes.flatMap((theme) =>
    (['importance', 'performance'] as const).map((aspect) => ({
      id: `H_${theme}_${aspect === 'importance' ? 'belang' : 'gaat'}`,
      block: 'H',
      type: 'ipa' as const,
      column: `${theme}_${aspect}`,
      scale: 'belang5',
      theme,
      aspect,
      text: t(`${theme} ${aspect}`, `${theme} ${aspect}`),
    })),
  );
}

export const codebook: Codebook = Codebook.parse(codebookInput);

// ---- estimates -------------------------------------------------------------------------------

function est(
  indicator: string,
  item: string,
  n: number,
  value: number,
  ci: [number, number] | null,
  more: Partial<Estimate> = {},
): Estimate {
  return {
    region: REGION,
    subregion: 'all',
    group: 'all',
    indicator,
    item,
    category: '',
    n,
    estimate: value,
    ciLow: ci ? ci[0] : null,
    ciHigh: ci ? ci[1] : null,
    suppressed: false,
    ...more,
  };
}

function sup(indicator: string, item: string, n: number, more: Partial<Estimate> = {}): Estimate {
  return { ...est(indicator, item, n, 0, null, more), estimate: null, suppressed: true };
}

/** A Likert result from counts of codes 1..5; shares are counts / n, mean is Σ code · share. */
function likert(item: string, counts: [number, number, number, number, number], dontKnow = 4): LikertResult {
  const n = counts.reduce((a, b) => a + b, 0);
  const block = item.slice(0, 1);
  if (n < 10) {
    return {
      item,
      block,
      distribution: counts.map((_, i) => sup('share', item, n, { category: String(i + 1) })),
      mean: sup('mean', item, n),
      shareAgree: sup('share_agree', item, n),
      dontKnow,
    };
  }
  const shares = counts.map((c) => c / n);
  const mean = shares.reduce((s, p, i) => s + p * (i + 1), 0);
  const agree = (counts[3] + counts[4]) / n;
  return {
    item,
    block,
    distribution: shares.map((p, i) =>
      est('share', item, n, p, [p * 0.8, Math.min(1, p * 1.2)], { category: String(i + 1) }),
    ),
    mean: est('mean', item, n, mean, [mean - 0.18, mean + 0.18]),
    shareAgree: est('share_agree', item, n, agree, [agree - 0.09, agree + 0.09]),
    dontKnow,
  };
}

function cell(
  key: string,
  nl: string,
  en: string,
  count: number | null,
  population: number | null = null,
): CountCell {
  return {
    key,
    label: t(nl, en),
    count,
    suppressed: count === null,
    population,
    per10k: count !== null && population !== null ? (count / population) * 10_000 : null,
  };
}

function side(mean: number | null, n: number, item: string): LadderSide {
  if (mean === null) {
    return {
      distribution: [0, 1, 2, 3, 4, 5, 6].map((r) => sup('share', item, n, { category: String(r) })),
      median: sup('median', item, n),
      shareAdviseren: sup('share_adviseren', item, n),
      mean: sup('mean', item, n),
    };
  }
  return {
    distribution: [0, 1, 2, 3, 4, 5, 6].map((r) =>
      est('share', item, n, 1 / 7, null, { category: String(r) }),
    ),
    median: est('median', item, n, Math.round(mean), null),
    shareAdviseren: est('share_adviseren', item, n, 0.4, [0.33, 0.47]),
    mean: est('mean', item, n, mean, [mean - 0.2, mean + 0.2]),
  };
}

function ladder(
  phase: string,
  nl: string,
  en: string,
  now: number,
  desired: number | null,
  n: number,
): LadderResult {
  const gap = desired === null ? null : desired - now;
  return {
    phase,
    label: t(nl, en),
    now: side(now, n, `C1_${phase}`),
    desired: side(desired, desired === null ? 7 : n, `C2_${phase}`),
    ambitiekloof:
      gap === null
        ? sup('ambitiekloof', phase, 7)
        : est('ambitiekloof', phase, n, gap, [gap - 0.25, gap + 0.25]),
  };
}

function ipa(
  theme: string,
  nl: string,
  en: string,
  imp: number | null,
  perf: number | null,
  n: number,
): IpaResult {
  if (imp === null || perf === null) {
    return {
      theme,
      label: t(nl, en),
      importance: sup('importance', theme, n),
      performance: sup('performance', theme, n),
      gap: sup('ipa_gap', theme, n),
      quadrant: null,
    };
  }
  // Grand means of the seven shown themes: importance 3.9, performance 3.0 (see `ipa` below).
  const important = imp >= 3.9;
  const good = perf >= 3.0;
  return {
    theme,
    label: t(nl, en),
    importance: est('importance', theme, n, imp, [imp - 0.15, imp + 0.15]),
    performance: est('performance', theme, n, perf, [perf - 0.15, perf + 0.15]),
    gap: est('ipa_gap', theme, n, imp - perf, [imp - perf - 0.2, imp - perf + 0.2]),
    quadrant: important ? (good ? 'sterk_punt' : 'kans') : good ? 'overschat' : 'minder_urgent',
  };
}

/** Shares of a choice question from counts per code (codes 0.. or 1.. as `first`). */
function choice(item: string, counts: number[], first = 1): ChoiceResult {
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    item,
    block: item.slice(0, 1),
    shares: counts.map((k, i) =>
      n < 10
        ? sup('share', item, n, { category: String(i + first) })
        : est('share', item, n, k / n, [Math.max(0, k / n - 0.06), Math.min(1, k / n + 0.06)], {
            category: String(i + first),
          }),
    ),
  };
}

const accounting: Accounting = { rows: 330, included: 312, excluded: [{ reason: 'duplicate', count: 18 }] };

function compare(
  item: string,
  a: [number | null, number],
  b: [number | null, number],
  q: number | null,
  indicator = 'mean',
): Comparison {
  const [va, na] = a;
  const [vb, nb] = b;
  const ea = va === null ? sup(indicator, item, na) : est(indicator, item, na, va, [va - 0.15, va + 0.15]);
  const eb = vb === null ? sup(indicator, item, nb) : est(indicator, item, nb, vb, [vb - 0.2, vb + 0.2]);
  const significant = q !== null && q < 0.05 && na >= 30 && nb >= 30;
  const difference =
    va === null || vb === null
      ? sup('difference', item, na, { nOther: nb })
      : est('difference', item, na, va - vb, [va - vb - 0.3, va - vb + 0.3], {
          nOther: nb,
          qValue: q,
          significant,
        });
  return { item, a: ea, b: eb, difference, pValue: q === null ? null : q / 4, qValue: q, significant };
}

/** The region of the tests: 312 respondents in three subregions. */
export const region: RegionResult = {
  name: REGION,
  slug: 'zuid-holland-noord',
  response: {
    respondents: 312,
    byRole: [
      cell('1', 'Inwoner zonder zorgvraag', 'Resident without care need', 82),
      cell('2', 'Inwoner met zorgvraag', 'Resident with care need', 71),
      cell('3', 'Naaste of mantelzorger', 'Relative or carer', 45),
      cell('4', 'Ervaringsdeskundige', 'Expert by experience', 22),
      cell('5', 'Professional zorgaanbieder', 'Care provider professional', 67),
      cell('6', 'Zorgverzekeraar', 'Health insurer', null),
      cell('7', 'Gemeente', 'Municipality', null),
    ],
    bySubregion: [
      cell('Leidse Regio', 'Leidse Regio', 'Leidse Regio', 150, 213_000),
      cell('Duin- en Bollenstreek', 'Duin- en Bollenstreek', 'Duin- en Bollenstreek', 100, 195_000),
      cell('Rijnstreek', 'Rijnstreek', 'Rijnstreek', 62, 171_000),
    ],
    // Three municipalities with a boundary in data/geo (the map of reach draws them).
    byMunicipality: [
      cell('Leiden', 'Leiden', 'Leiden', 77, 128_000),
      cell('Katwijk', 'Katwijk', 'Katwijk', 49, 67_000),
      cell('Alphen aan den Rijn', 'Alphen aan den Rijn', 'Alphen aan den Rijn', 52, 116_000),
    ],
  },
  likert: [
    likert('D1', [10, 18, 30, 28, 14]), // 42% agree, n = 100
    likert('D2', [30, 36, 22, 12, 5]), // 16% agree, n = 105
    likert('D3', [25, 30, 25, 12, 8]), // 20% agree
    likert('D4', [6, 14, 28, 45, 17]), // 56% agree, n = 110
    likert('D5', [18, 32, 30, 14, 6]),
    likert('D6', [12, 22, 34, 22, 10]),
    likert('D7', [8, 16, 30, 34, 12]),
    likert('D8', [1, 2, 2, 2, 1]), // n = 8: suppressed
    likert('E1', [14, 24, 32, 22, 8]),
    likert('E2', [9, 15, 26, 38, 16]),
  ],
  indices: [
    {
      index: 'randvoorwaarden',
      label: t('Index randvoorwaarden', 'Conditions index'),
      score: est('score', 'randvoorwaarden', 118, 47.5, [44.1, 50.9]),
      alpha: 0.83,
      alphaN: 96,
      alphaLow: false,
    },
  ],
  indicesBySubregion: [
    {
      subregion: 'Leidse Regio',
      scores: [est('score', 'randvoorwaarden', 58, 51.2, [46.3, 56.1], { subregion: 'Leidse Regio' })],
    },
    {
      subregion: 'Duin- en Bollenstreek',
      scores: [
        est('score', 'randvoorwaarden', 39, 48.9, [42.8, 55.0], { subregion: 'Duin- en Bollenstreek' }),
      ],
    },
    {
      subregion: 'Rijnstreek',
      scores: [est('score', 'randvoorwaarden', 21, 36.4, [29.0, 43.8], { subregion: 'Rijnstreek' })],
    },
  ],
  ladder: [
    ladder('agenda', 'Agendavorming', 'Agenda setting', 1.3, 3.4, 140),
    ladder('voorbereiding', 'Beleidsvoorbereiding', 'Policy preparation', 2.1, 3.8, 138),
    ladder('besluit', 'Besluitvorming', 'Decision making', 1.1, 3.5, 131),
    ladder('uitvoering', 'Uitvoering', 'Implementation', 2.6, 3.6, 129),
    ladder('evaluatie', 'Evaluatie', 'Evaluation', 1.8, null, 125),
  ],
  ipa: [
    ipa('thuis', 'Langer thuis wonen', 'Living at home longer', 4.3, 3.2, 150),
    ipa('jongeren', 'Mentale gezondheid jongeren', 'Mental health of young people', 4.5, 2.3, 148),
    ipa('werk', 'Werk en inkomen', 'Work and income', 3.6, 2.8, 146),
    ipa('toegang', 'Toegang tot zorg', 'Access to care', 4.2, 3.5, 151),
    ipa('mantelzorg', 'Mantelzorg', 'Informal care', 4.0, 2.6, 144),
    ipa('achttien', '18-/18+', 'Turning 18', 3.4, 2.9, 120),
    ipa('dakloos', 'Dak- en thuisloosheid', 'Homelessness', null, null, 7),
    ipa('eenzaam', 'Eenzaamheid', 'Loneliness', 3.3, 3.7, 149),
  ],
  opportunities: ['jongeren', 'mantelzorg'],
  strengths: ['toegang', 'thuis'],
  perspective: [
    compare('C1_besluit', [1.0, 88], [1.5, 41], 0.21),
    compare('C2_besluit', [3.9, 86], [3.1, 40], 0.02), // the desired ladder: residents want more
    compare('D1', [3.1, 68], [3.4, 31], 0.4),
    compare('D2', [2.0, 70], [3.1, 34], 0.003), // significant
    compare('D3', [2.4, 66], [2.6, 33], 0.55),
    compare('D4', [3.4, 71], [3.6, 38], 0.5),
    compare('D7', [3.2, 64], [null, 8], null), // professionals n = 8: suppressed
    compare('E1', [2.8, 69], [3.0, 35], 0.48),
    compare('E2', [2.5, 60], [3.4, 22], 0.01), // q < 0.05, professionals n = 22: indicative
    compare('randvoorwaarden', [45.2, 70], [52.3, 34], 0.08, 'score'), // the index: no clear difference
  ],
  trend: [
    compare('D1', [3.2, 100], [2.8, 96], 0.004), // up by 0.4: a clear change
    compare('D2', [2.3, 105], [2.4, 98], 0.6),
    compare('randvoorwaarden', [47.5, 118], [45.0, 110], 0.3, 'index_score'),
  ],
  benchmark: [
    compare('D1', [3.2, 100], [3.3, 2400], 0.6),
    compare('D2', [2.3, 105], [2.5, 2380], 0.2),
    compare('D3', [2.5, 100], [3.1, 2350], 0.0004), // significant
    compare('D4', [3.4, 110], [3.3, 2410], 0.5),
    compare('E1', [2.9, 100], [3.0, 2300], 0.6),
    compare('randvoorwaarden', [47.5, 118], [51.0, 2600], 0.09, 'score'),
  ],
  choices: [
    choice('A3', [120, 110, 82]), // 38%, 35%, 26% of 312
    choice('B1', [100, 150, 50], 0), // 33% never, 50% sometimes, 17% often
    choice('B2', [270, 25, 5], 0), // 90% never
    choice('G1', [4, 2]), // n = 6: suppressed
  ],
  numeric: [
    {
      item: 'A4',
      block: 'A',
      mean: est('mean', 'A4', 280, 6.4, [5.9, 6.9]),
      median: est('median', 'A4', 280, 5, null),
    },
  ],
  quotes: [],
  accounting,
};

/** The national run: only what charts read from it (the index for the reference line). */
export const national: RegionResult = {
  ...region,
  name: 'all',
  slug: 'all',
  indices: [
    {
      ...(region.indices[0] as RegionResult['indices'][number]),
      score: est('score', 'randvoorwaarden', 2718, 50.8, [50.1, 51.5], { region: 'all' }),
    },
  ],
};

/** Chart context of the tests, in the language given (over another codebook when given). */
export function context(lang: Lang = 'nl', book: Codebook = codebook): ChartContext {
  return {
    codebook: book,
    lang,
    labels: labeller(book, lang),
    minCell: 10,
    methods: {
      minCell: 10,
      minCount: 5,
      confidence: 0.95,
      fdrQ: 0.05,
      minComparisonN: 30,
      weighted: false,
      weighting: null,
    },
    national,
  };
}
