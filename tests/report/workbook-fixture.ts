/**
 * A small hand-made analysis result for the workbook tests: one region (Holland Rijnland) with
 * a few items of each kind. Likert means, intervals and shares were computed with scipy from the
 * counts in the comments (t and Wilson intervals); the rest are plausible literals. The item
 * `d_vergoeding` has n = 8 and is suppressed; the wording of `d_terugkoppeling` is hostile.
 */
import { Resvg } from '@resvg/resvg-js';
import ExcelJS from 'exceljs';
import type { Estimate, Indicators, RegionResult } from '../../src/analyse/types.js';
import { Codebook } from '../../src/model/codebook.js';
import { Ledger } from '../../src/model/survey.js';
import { type ReportOptions, toReportContext } from '../../src/report/context.js';
import { PNG_SCALE } from '../../src/report/render/to-png.js';
import type { WorkbookInput } from '../../src/report/workbook/index.js';

export const HOSTILE = '=HYPERLINK("http://x")';

export const codebook = Codebook.parse({
  survey: {
    id: 'regioscan-2026',
    title: {
      nl: 'Regioscan participatie zorg en welzijn',
      en: 'Regioscan participation in care and welfare',
    },
    wave: '2026 voorjaar',
  },
  region: { question: 'gemeente' },
  role: { question: 'rol', residents: [1, 2, 3], professionals: [4, 5] },
  blocks: [
    { id: 'A', title: { nl: 'Achtergrond', en: 'Background' } },
    { id: 'C1', title: { nl: 'Participatieladder nu', en: 'Participation ladder now' } },
    { id: 'C2', title: { nl: 'Participatieladder gewenst', en: 'Participation ladder desired' } },
    { id: 'D', title: { nl: 'Randvoorwaarden', en: 'Conditions' } },
    { id: 'H', title: { nl: 'Kansen en uitdagingen', en: 'Opportunities and challenges' } },
    { id: 'I', title: { nl: 'Functies van de participatiehub', en: 'Functions of the participation hub' } },
  ],
  scales: [
    {
      id: 'rol',
      options: [
        { code: 1, label: { nl: 'Inwoner zonder zorgvraag', en: 'Resident without care need' } },
        { code: 2, label: { nl: 'Inwoner met zorgvraag', en: 'Resident with care need' } },
        { code: 3, label: { nl: 'Naaste of mantelzorger', en: 'Relative or carer' } },
        { code: 4, label: { nl: 'Professional zorgaanbieder', en: 'Care provider professional' } },
        { code: 5, label: { nl: 'Gemeente', en: 'Municipality' } },
      ],
    },
    {
      id: 'gemeente',
      options: [
        { code: 1, label: { nl: 'Leiden', en: 'Leiden' } },
        { code: 2, label: { nl: 'Katwijk', en: 'Katwijk' } },
        { code: 3, label: { nl: 'Alphen aan den Rijn', en: 'Alphen aan den Rijn' } },
      ],
    },
    {
      id: 'eens5',
      options: [
        { code: 1, label: { nl: 'Helemaal oneens', en: 'Strongly disagree' } },
        { code: 2, label: { nl: 'Oneens', en: 'Disagree' } },
        { code: 3, label: { nl: 'Neutraal', en: 'Neutral' } },
        { code: 4, label: { nl: 'Eens', en: 'Agree' } },
        { code: 5, label: { nl: 'Helemaal eens', en: 'Strongly agree' } },
      ],
      missing: [{ code: 9, label: { nl: 'Weet niet / n.v.t.', en: "Don't know / n/a" } }],
    },
    {
      id: 'ladder',
      options: [
        'Niet betrokken',
        'Informeren',
        'Raadplegen',
        'Adviseren',
        'Coproduceren',
        'Meebeslissen',
        'Zelfbeheer',
      ].map((nl, code) => ({
        code,
        label: {
          nl,
          en: [
            'Not involved',
            'Informing',
            'Consulting',
            'Advising',
            'Co-producing',
            'Co-deciding',
            'Self-management',
          ][code]!,
        },
      })),
    },
    {
      id: 'vijf',
      options: [1, 2, 3, 4, 5].map((code) => ({ code, label: { nl: String(code), en: String(code) } })),
    },
    {
      id: 'hub',
      options: [
        { code: 1, label: { nl: 'Signaleren', en: 'Spotting issues' } },
        {
          code: 2,
          label: {
            nl: 'Ervaringsdeskundigen koppelen aan overlegtafels',
            en: 'Linking lived-experience experts to meetings',
          },
        },
        { code: 3, label: { nl: 'Scholing', en: 'Training' } },
      ],
    },
  ],
  questions: [
    {
      id: 'rol',
      type: 'single',
      block: 'A',
      column: 'rol',
      scale: 'rol',
      text: { nl: 'Wat is uw rol?', en: 'What is your role?' },
    },
    {
      id: 'gemeente',
      type: 'single',
      block: 'A',
      column: 'gemeente',
      scale: 'gemeente',
      text: { nl: 'In welke gemeente woont of werkt u?', en: 'In which municipality do you live or work?' },
    },
    {
      id: 'c1_agenda',
      type: 'ladder',
      block: 'C1',
      column: 'c1_1',
      scale: 'ladder',
      phase: 'agendavorming',
      moment: 'now',
      text: { nl: 'Agendavorming, nu', en: 'Agenda setting, now' },
    },
    {
      id: 'c1_besluit',
      type: 'ladder',
      block: 'C1',
      column: 'c1_2',
      scale: 'ladder',
      phase: 'besluitvorming',
      moment: 'now',
      text: { nl: 'Besluitvorming, nu', en: 'Decision making, now' },
    },
    {
      id: 'c2_agenda',
      type: 'ladder',
      block: 'C2',
      column: 'c2_1',
      scale: 'ladder',
      phase: 'agendavorming',
      moment: 'desired',
      text: { nl: 'Agendavorming, gewenst', en: 'Agenda setting, desired' },
    },
    {
      id: 'c2_besluit',
      type: 'ladder',
      block: 'C2',
      column: 'c2_2',
      scale: 'ladder',
      phase: 'besluitvorming',
      moment: 'desired',
      text: { nl: 'Besluitvorming, gewenst', en: 'Decision making, desired' },
    },
    {
      id: 'd_vroeg',
      type: 'likert',
      block: 'D',
      column: 'd1',
      scale: 'eens5',
      text: {
        nl: 'Inwoners worden vroeg betrokken bij nieuw beleid.',
        en: 'Residents are involved early in new policy.',
      },
    },
    {
      id: 'd_terugkoppeling',
      type: 'likert',
      block: 'D',
      column: 'd2',
      scale: 'eens5',
      text: { nl: HOSTILE, en: HOSTILE },
    },
    {
      id: 'd_vergoeding',
      type: 'likert',
      block: 'D',
      column: 'd3',
      scale: 'eens5',
      text: {
        nl: 'Wie meedoet krijgt een vergoeding voor tijd en kosten.',
        en: 'Those who take part are paid for time and costs.',
      },
    },
    {
      id: 'h_thuis_b',
      type: 'ipa',
      block: 'H',
      column: 'h1b',
      scale: 'vijf',
      theme: 'langer_thuis',
      aspect: 'importance',
      text: { nl: 'Langer thuis wonen: belang', en: 'Living at home longer: importance' },
    },
    {
      id: 'h_thuis_p',
      type: 'ipa',
      block: 'H',
      column: 'h1p',
      scale: 'vijf',
      theme: 'langer_thuis',
      aspect: 'performance',
      text: { nl: 'Langer thuis wonen: gaat nu', en: 'Living at home longer: performance' },
    },
    {
      id: 'h_jong_b',
      type: 'ipa',
      block: 'H',
      column: 'h2b',
      scale: 'vijf',
      theme: 'jongeren',
      aspect: 'importance',
      text: { nl: 'Mentale gezondheid jongeren: belang', en: 'Youth mental health: importance' },
    },
    {
      id: 'h_jong_p',
      type: 'ipa',
      block: 'H',
      column: 'h2p',
      scale: 'vijf',
      theme: 'jongeren',
      aspect: 'performance',
      text: { nl: 'Mentale gezondheid jongeren: gaat nu', en: 'Youth mental health: performance' },
    },
    {
      id: 'i_hub',
      type: 'rank',
      block: 'I',
      scale: 'hub',
      columns: ['i1', 'i2', 'i3'],
      text: {
        nl: 'Welke functies van een participatiehub vindt u het belangrijkst?',
        en: 'Which functions of a participation hub matter most to you?',
      },
    },
  ],
  indices: [
    {
      id: 'randvoorwaarden',
      label: { nl: 'Randvoorwaarden', en: 'Conditions' },
      items: ['d_vroeg', 'd_terugkoppeling', 'd_vergoeding'],
    },
  ],
  phases: [
    { id: 'agendavorming', label: { nl: 'Agendavorming', en: 'Agenda setting' } },
    { id: 'besluitvorming', label: { nl: 'Besluitvorming', en: 'Decision making' } },
  ],
  themes: [
    { id: 'langer_thuis', label: { nl: 'Langer thuis wonen', en: 'Living at home longer' } },
    { id: 'jongeren', label: { nl: 'Mentale gezondheid jongeren', en: 'Youth mental health' } },
  ],
});

const REGION = 'Holland Rijnland';

/** An estimate of the region with the given fields; interval empty unless given. */
export function est(fields: Partial<Estimate> & Pick<Estimate, 'indicator' | 'item' | 'n'>): Estimate {
  return {
    region: REGION,
    subregion: 'all',
    group: 'all',
    category: '',
    estimate: null,
    ciLow: null,
    ciHigh: null,
    suppressed: false,
    ...fields,
  };
}

/** A suppressed estimate: numbers null. */
function hidden(fields: Pick<Estimate, 'indicator' | 'item' | 'n'> & Partial<Estimate>): Estimate {
  return est({ ...fields, suppressed: true });
}

const share = (item: string, category: string, n: number, e: number, lo: number, hi: number) =>
  est({ indicator: 'share', item, category, n, estimate: e, ciLow: lo, ciHigh: hi });

export const region: RegionResult = {
  name: REGION,
  slug: 'holland-rijnland',
  response: {
    respondents: 148,
    byRole: [
      {
        key: '1',
        label: { nl: 'Inwoner zonder zorgvraag', en: 'Resident without care need' },
        count: 52,
        suppressed: false,
        population: null,
        per10k: null,
      },
      {
        key: '2',
        label: { nl: 'Inwoner met zorgvraag', en: 'Resident with care need' },
        count: 47,
        suppressed: false,
        population: null,
        per10k: null,
      },
      {
        key: '3',
        label: { nl: 'Naaste of mantelzorger', en: 'Relative or carer' },
        count: null,
        suppressed: true,
        population: null,
        per10k: null,
      },
      {
        key: '4',
        label: { nl: 'Professional zorgaanbieder', en: 'Care provider professional' },
        count: 41,
        suppressed: false,
        population: null,
        per10k: null,
      },
      {
        key: '5',
        label: { nl: 'Gemeente', en: 'Municipality' },
        count: null,
        suppressed: true,
        population: null,
        per10k: null,
      },
    ],
    bySubregion: [
      {
        key: 'leidse-regio',
        label: { nl: 'Leidse Regio', en: 'Leidse Regio' },
        count: 81,
        suppressed: false,
        population: 262_310,
        per10k: 3.09,
      },
      {
        key: 'duin-en-bollenstreek',
        label: { nl: 'Duin- en Bollenstreek', en: 'Duin- en Bollenstreek' },
        count: 45,
        suppressed: false,
        population: 229_874,
        per10k: 1.96,
      },
      {
        key: 'rijnstreek',
        label: { nl: 'Rijnstreek', en: 'Rijnstreek' },
        count: 22,
        suppressed: false,
        population: 170_517,
        per10k: 1.29,
      },
    ],
    byMunicipality: [
      {
        key: 'leiden',
        label: { nl: 'Leiden', en: 'Leiden' },
        count: 81,
        suppressed: false,
        population: 130_000,
        per10k: 6.23,
      },
      {
        key: 'katwijk',
        label: { nl: 'Katwijk', en: 'Katwijk' },
        count: 45,
        suppressed: false,
        population: 67_000,
        per10k: 6.72,
      },
      {
        key: 'alphen-aan-den-rijn',
        label: { nl: 'Alphen aan den Rijn', en: 'Alphen aan den Rijn' },
        count: 22,
        suppressed: false,
        population: 114_000,
        per10k: 1.93,
      },
    ],
  },
  likert: [
    {
      // counts 18, 37, 41, 31, 13 (n = 140)
      item: 'd_vroeg',
      block: 'D',
      distribution: [
        share('d_vroeg', '1', 140, 0.1286, 0.0829, 0.1941),
        share('d_vroeg', '2', 140, 0.2643, 0.1982, 0.3429),
        share('d_vroeg', '3', 140, 0.2929, 0.2238, 0.373),
        share('d_vroeg', '4', 140, 0.2214, 0.1606, 0.2971),
        share('d_vroeg', '5', 140, 0.0929, 0.0551, 0.1524),
      ],
      mean: est({
        indicator: 'mean',
        item: 'd_vroeg',
        n: 140,
        estimate: 2.8857,
        ciLow: 2.6903,
        ciHigh: 3.0812,
      }),
      shareAgree: est({
        indicator: 'share_agree',
        item: 'd_vroeg',
        n: 140,
        estimate: 0.3143,
        ciLow: 0.2432,
        ciHigh: 0.3953,
      }),
      dontKnow: 8,
    },
    {
      // counts 25, 44, 38, 22, 9 (n = 138)
      item: 'd_terugkoppeling',
      block: 'D',
      distribution: [
        share('d_terugkoppeling', '1', 138, 0.1812, 0.1258, 0.2538),
        share('d_terugkoppeling', '2', 138, 0.3188, 0.2469, 0.4006),
        share('d_terugkoppeling', '3', 138, 0.2754, 0.2077, 0.3552),
        share('d_terugkoppeling', '4', 138, 0.1594, 0.1077, 0.2296),
        share('d_terugkoppeling', '5', 138, 0.0652, 0.0347, 0.1193),
      ],
      mean: est({
        indicator: 'mean',
        item: 'd_terugkoppeling',
        n: 138,
        estimate: 2.6087,
        ciLow: 2.4153,
        ciHigh: 2.8021,
      }),
      shareAgree: est({
        indicator: 'share_agree',
        item: 'd_terugkoppeling',
        n: 138,
        estimate: 0.2246,
        ciLow: 0.163,
        ciHigh: 0.3012,
      }),
      dontKnow: 10,
    },
    {
      item: 'd_vergoeding',
      block: 'D',
      distribution: ['1', '2', '3', '4', '5'].map((category) =>
        hidden({ indicator: 'share', item: 'd_vergoeding', category, n: 8 }),
      ),
      mean: hidden({ indicator: 'mean', item: 'd_vergoeding', n: 8 }),
      shareAgree: hidden({ indicator: 'share_agree', item: 'd_vergoeding', n: 8 }),
      dontKnow: 140,
    },
  ],
  indices: [
    {
      index: 'randvoorwaarden',
      label: { nl: 'Randvoorwaarden', en: 'Conditions' },
      score: est({
        indicator: 'index',
        item: 'randvoorwaarden',
        n: 139,
        estimate: 43.6,
        ciLow: 40.1,
        ciHigh: 47.1,
      }),
      alpha: 0.71,
      alphaN: 8,
      alphaLow: false,
    },
  ],
  indicesBySubregion: [
    {
      subregion: 'Leidse Regio',
      scores: [
        est({
          indicator: 'index',
          item: 'randvoorwaarden',
          subregion: 'Leidse Regio',
          n: 77,
          estimate: 45.2,
          ciLow: 40.6,
          ciHigh: 49.8,
        }),
      ],
    },
    {
      subregion: 'Rijnstreek',
      scores: [hidden({ indicator: 'index', item: 'randvoorwaarden', subregion: 'Rijnstreek', n: 7 })],
    },
  ],
  ladder: ['agendavorming', 'besluitvorming'].map((phase, i) => ({
    phase,
    label: codebook.phases[i]!.label,
    now: {
      distribution: [0.08, 0.31, 0.27, 0.21, 0.08, 0.04, 0.01].map((e, code) =>
        share(phase, String(code), 131, e - i * 0.01, Math.max(0, e - 0.07), e + 0.08),
      ),
      median: est({ indicator: 'median', item: phase, n: 131, estimate: 2 }),
      shareAdviseren: est({
        indicator: 'share_adviseren',
        item: phase,
        n: 131,
        estimate: [0.3435, 0.229][i]!,
        ciLow: [0.2677, 0.1654][i]!,
        ciHigh: [0.4282, 0.3081][i]!,
      }),
      mean: est({
        indicator: 'mean',
        item: phase,
        n: 131,
        estimate: 2.1 - i * 0.3,
        ciLow: 1.9 - i * 0.3,
        ciHigh: 2.3 - i * 0.3,
      }),
    },
    desired: {
      distribution: [0.01, 0.04, 0.1, 0.24, 0.33, 0.22, 0.06].map((e, code) =>
        share(phase, String(code), 129, e, Math.max(0, e - 0.07), e + 0.08),
      ),
      median: est({ indicator: 'median', item: phase, n: 129, estimate: 4 }),
      shareAdviseren: est({
        indicator: 'share_adviseren',
        item: phase,
        n: 129,
        estimate: 0.7907,
        ciLow: 0.7126,
        ciHigh: 0.852,
      }),
      mean: est({ indicator: 'mean', item: phase, n: 129, estimate: 3.8, ciLow: 3.6, ciHigh: 4.0 }),
    },
    ambitiekloof: est({
      indicator: 'ambitiekloof',
      item: phase,
      n: 126,
      estimate: 1.71 + i * 0.4,
      ciLow: 1.48 + i * 0.4,
      ciHigh: 1.94 + i * 0.4,
    }),
  })),
  ipa: [
    {
      theme: 'jongeren',
      label: { nl: 'Mentale gezondheid jongeren', en: 'Youth mental health' },
      importance: est({
        indicator: 'importance',
        item: 'jongeren',
        n: 133,
        estimate: 4.52,
        ciLow: 4.39,
        ciHigh: 4.65,
      }),
      performance: est({
        indicator: 'performance',
        item: 'jongeren',
        n: 121,
        estimate: 2.31,
        ciLow: 2.14,
        ciHigh: 2.48,
      }),
      gap: est({ indicator: 'gap', item: 'jongeren', n: 119, estimate: 2.19, ciLow: 1.98, ciHigh: 2.4 }),
      quadrant: 'kans',
    },
    {
      theme: 'langer_thuis',
      label: { nl: 'Langer thuis wonen', en: 'Living at home longer' },
      importance: est({
        indicator: 'importance',
        item: 'langer_thuis',
        n: 135,
        estimate: 4.21,
        ciLow: 4.06,
        ciHigh: 4.36,
      }),
      performance: est({
        indicator: 'performance',
        item: 'langer_thuis',
        n: 130,
        estimate: 3.48,
        ciLow: 3.31,
        ciHigh: 3.65,
      }),
      gap: est({ indicator: 'gap', item: 'langer_thuis', n: 128, estimate: 0.73, ciLow: 0.52, ciHigh: 0.94 }),
      quadrant: 'sterk_punt',
    },
  ],
  opportunities: ['jongeren'],
  strengths: ['langer_thuis'],
  perspective: [
    {
      item: 'd_vroeg',
      a: est({
        indicator: 'mean',
        item: 'd_vroeg',
        group: 'rol=inwoner',
        n: 97,
        estimate: 2.69,
        ciLow: 2.46,
        ciHigh: 2.92,
      }),
      b: est({
        indicator: 'mean',
        item: 'd_vroeg',
        group: 'rol=professional',
        n: 43,
        estimate: 3.33,
        ciLow: 3.0,
        ciHigh: 3.66,
      }),
      difference: est({
        indicator: 'mean_difference',
        item: 'd_vroeg',
        n: 97,
        nOther: 43,
        estimate: -0.64,
        ciLow: -1.04,
        ciHigh: -0.24,
        pValue: 0.0021,
        qValue: 0.0063,
        significant: true,
      }),
      pValue: 0.0021,
      qValue: 0.0063,
      significant: true,
    },
  ],
  trend: [],
  benchmark: [
    {
      item: 'randvoorwaarden',
      a: est({
        indicator: 'index',
        item: 'randvoorwaarden',
        n: 139,
        estimate: 43.6,
        ciLow: 40.1,
        ciHigh: 47.1,
      }),
      b: est({
        indicator: 'index',
        item: 'randvoorwaarden',
        region: 'rest',
        n: 412,
        estimate: 46.0,
        ciLow: 44.0,
        ciHigh: 48.0,
      }),
      difference: est({
        indicator: 'index_difference',
        item: 'randvoorwaarden',
        n: 139,
        nOther: 412,
        estimate: -2.4,
        ciLow: -6.4,
        ciHigh: 1.6,
        pValue: 0.24,
        qValue: 0.36,
        significant: false,
      }),
      pValue: 0.24,
      qValue: 0.36,
      significant: false,
    },
  ],
  choices: [
    {
      item: 'rol',
      block: 'A',
      shares: [
        share('rol', '1', 148, 0.3514, 0.278, 0.4326),
        share('rol', '2', 148, 0.3176, 0.2471, 0.3973),
        hidden({ indicator: 'share', item: 'rol', category: '3', n: 148 }),
        share('rol', '4', 148, 0.277, 0.2103, 0.3554),
        hidden({ indicator: 'share', item: 'rol', category: '5', n: 148 }),
      ],
    },
    {
      item: 'i_hub',
      block: 'I',
      shares: [
        share('i_hub', '1', 131, 0.4656, 0.3824, 0.5508),
        share('i_hub', '2', 131, 0.4198, 0.3388, 0.5055),
        share('i_hub', '3', 131, 0.229, 0.1654, 0.3081),
      ],
    },
  ],
  numeric: [],
  quotes: [],
  accounting: { rows: 4, included: 3, excluded: [{ reason: 'duplicate', count: 1 }] },
};

/** Every estimate of the region, flattened as analyse would put them in indicators.csv. */
export function toFixtureTable(r: RegionResult): Estimate[] {
  return [
    ...r.likert.flatMap((l) => [l.mean, l.shareAgree, ...l.distribution]),
    ...r.indices.map((x) => x.score),
    ...r.indicesBySubregion.flatMap((s) => s.scores),
    ...r.ladder.flatMap((l) => [
      l.now.median,
      l.now.shareAdviseren,
      l.desired.shareAdviseren,
      l.ambitiekloof,
    ]),
    ...r.ipa.flatMap((x) => [x.importance, x.performance, x.gap]),
    ...r.choices.flatMap((c) => c.shares),
    ...r.perspective.map((c) => c.difference),
  ];
}

export const indicators: Indicators = {
  codebook,
  regions: [region],
  national: {
    ...region,
    name: 'all',
    slug: 'all',
    accounting: {
      rows: 6,
      included: 3,
      excluded: [
        { reason: 'incomplete', count: 1 },
        { reason: 'duplicate', count: 1 },
        { reason: 'outside_regions', count: 1 },
      ],
    },
  },
  table: toFixtureTable(region),
  ledger: Ledger.from([
    {
      file: 'export.csv',
      row: 1,
      line: 2,
      respondentId: 'R001',
      region: REGION,
      status: 'included',
      reason: '',
    },
    {
      file: 'export.csv',
      row: 2,
      line: 3,
      respondentId: 'R002',
      region: REGION,
      status: 'included',
      reason: '',
    },
    {
      file: 'export.csv',
      row: 3,
      line: 4,
      respondentId: 'R003',
      region: '',
      status: 'excluded',
      reason: 'incomplete',
    },
    {
      file: 'export.csv',
      row: 4,
      line: 6,
      respondentId: '@SUM(1+1)',
      region: REGION,
      status: 'included',
      reason: '',
    },
    {
      file: 'export.csv',
      row: 5,
      line: 7,
      respondentId: 'R002',
      region: REGION,
      status: 'excluded',
      reason: 'duplicate',
    },
    {
      file: 'extra.xlsx',
      row: 1,
      line: 2,
      respondentId: 'X01',
      region: '',
      status: 'excluded',
      reason: 'outside_regions',
    },
  ]),
  accountingByFile: [
    {
      file: 'export.csv',
      accounting: {
        rows: 5,
        included: 3,
        excluded: [
          { reason: 'incomplete', count: 1 },
          { reason: 'duplicate', count: 1 },
        ],
      },
    },
    {
      file: 'extra.xlsx',
      accounting: { rows: 1, included: 0, excluded: [{ reason: 'outside_regions', count: 1 }] },
    },
  ],
  inputs: [
    {
      file: 'export.csv',
      sha256: 'a3f1c2'.padEnd(64, '0'),
      bytes: 48_213,
      encoding: 'utf-8',
      delimiter: ';',
      tool: 'limesurvey',
      layout: 'codes',
      rows: 5,
      included: 3,
      fieldwork: null,
    },
    {
      file: 'extra.xlsx',
      sha256: '9b07de'.padEnd(64, '7'),
      bytes: 10_402,
      encoding: 'xlsx',
      delimiter: null,
      tool: 'generic',
      layout: 'labels',
      rows: 1,
      included: 0,
      fieldwork: null,
    },
  ],
  warnings: [
    {
      severity: 'warning',
      code: 'unknown_option',
      file: 'export.csv',
      row: 4,
      line: 6,
      column: 'd2',
      value: '7',
      message: 'Answer "7" is not an option of scale eens5; treated as missing.',
    },
  ],
  methods: {
    minCell: 10,
    minCount: 5,
    confidence: 0.95,
    fdrQ: 0.05,
    minComparisonN: 30,
    weighted: false,
    weighting: null,
  },
  unreported: [],
  disclosure: { estimates: 0, primary: 0, secondary: 0, counts: 0, countsPrimary: 0, countsSecondary: 0 },
  redactions: { email: 0, phone: 0, postcode: 0, iban: 0, bsn: 0 },
  trend: null,
};

/**
 * A PNG with three bars (no text, so no fonts are needed) as `toPng` makes it of a chart
 * `cssWidth`×`cssHeight` (300×150 unless told): `PNG_SCALE` times as many pixels.
 */
export function toFixturePng(cssWidth = 300, cssHeight = 150): Uint8Array {
  const width = cssWidth * PNG_SCALE;
  const height = cssHeight * PNG_SCALE;
  const bar = (y: number, w: number) =>
    `<rect x="${width * 0.07}" y="${height * y}" width="${width * w}" height="${height / 6}" fill="#1f77b4"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="${width}" height="${height}" fill="#fff"/>
${bar(0.13, 0.7)}
${bar(0.4, 0.5)}
${bar(0.67, 0.27)}
</svg>`;
  return new Resvg(svg).render().asPng();
}

/** The report context of the fixture run, in `lang`. */
export function toFixtureContext(
  lang: 'nl' | 'en',
  ind: Indicators = indicators,
  extra: Pick<ReportOptions, 'about' | 'sessions'> = {},
) {
  return toReportContext(ind, {
    lang,
    generatedAt: new Date('2026-03-01T12:00:00Z'),
    version: '0.1.0',
    libraries: { exceljs: '4.4.0' },
    options: {},
    ...extra,
  });
}

/**
 * The charts of the fixture, in the order of its report plan: the role chart (response sheet),
 * the ladder (C1), the statements of block D drawn wide (2400×1000, wider than a chart is shown)
 * and its index (D), and the perspective gap, which draws no single table.
 */
export function toFixtureCharts(): WorkbookInput['charts'] {
  return [
    { id: 'response-role', title: 'Respondenten per rol', png: toFixturePng(), scale: PNG_SCALE },
    { id: 'ladder', title: 'Participatieladder nu en gewenst', png: toFixturePng(), scale: PNG_SCALE },
    {
      id: 'likert-d-vroeg',
      title: 'Randvoorwaarden: mate van instemming',
      png: toFixturePng(1200, 500),
      scale: PNG_SCALE,
    },
    { id: 'index-randvoorwaarden', title: 'Randvoorwaarden', png: toFixturePng(), scale: PNG_SCALE },
    {
      id: 'perspective',
      title: 'Inwoners en professionals vergeleken',
      png: toFixturePng(),
      scale: PNG_SCALE,
    },
  ];
}

/** The workbook input for the fixture region. */
export function toFixtureInput(lang: 'nl' | 'en'): WorkbookInput {
  return {
    ctx: toFixtureContext(lang),
    indicators,
    region,
    table: indicators.table,
    charts: toFixtureCharts(),
  };
}

/** Read workbook bytes back with exceljs. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

/** A sheet by name; throws naming the sheets there are. */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The 1-based column of the cell in `row` holding `header`; throws when there is none. */
export function columnOf(ws: ExcelJS.Worksheet, row: number, header: string): number {
  let found = 0;
  ws.getRow(row).eachCell((cell, col) => {
    if (found === 0 && cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`no header ${header} in row ${row} of ${ws.name}`);
  return found;
}
