/**
 * The chart fixture with a block of lived-experience questions (role `lived_experience`): two
 * yes/partly/no questions (F1 used, F2 paid) and a multiple choice of roles (F3), as the
 * questionnaire's block F asks them. Counts are invented; every interval is the 95% Wilson
 * interval of its count, worked out by hand (z = 1.96):
 *
 *   F1 (n = 100): ja 36 → 36% [27.3, 45.8], deels 42 → 42% [32.8, 51.8], nee 22 → 22% [15.0, 31.1]
 *   F2 (n = 81):  ja 30 → 37% [27.3, 47.9], deels 34 → 42% [31.8, 52.8], nee 17: hidden (linked)
 *   F3 (n = 70):  projectgroep 45 → 64% [52.6, 74.5], adviesraad 36 → 51% [40.0, 62.8],
 *                 trainer 11 → 16% [9.0, 26.0]
 *
 * F1 and F2 both have 42% 'deels' (34 / 81 = 41.98%): a tie the message must name as a tie.
 */
import type { ChoiceResult, Estimate, RegionResult } from '../../src/analyse/types.js';
import { Codebook, type CodebookInput, type Question } from '../../src/model/codebook.js';
import { codebook, region } from './chart-fixture.js';

const t = (nl: string, en: string) => ({ nl, en });

/** Block F, its two scales and its questions, added to a codebook. */
export function withBlockF(book: Codebook, questions: CodebookInput['questions'] = blockF()): Codebook {
  return Codebook.parse({
    ...book,
    blocks: [
      ...book.blocks,
      { id: 'F', title: t('Ervaringsdeskundigheid', 'Lived experience'), role: 'lived_experience' },
    ],
    scales: [
      ...book.scales,
      {
        id: 'jdn',
        options: [
          { code: 1, label: t('Ja', 'Yes') },
          { code: 2, label: t('Deels', 'Partly') },
          { code: 3, label: t('Nee', 'No') },
        ],
        missing: [{ code: 9, label: t('Weet niet', "Don't know") }],
      },
      {
        id: 'edrol',
        options: [
          { code: 1, label: t('Lid van een project- of werkgroep', 'Member of a project or working group') },
          { code: 2, label: t('Adviseur', 'Adviser') },
          { code: 3, label: t('Trainer', 'Trainer') },
        ],
      },
    ],
    questions: [...(book.questions as Question[]), ...questions],
  } as CodebookInput);
}

export function blockF(): CodebookInput['questions'] {
  return [
    {
      id: 'F1',
      block: 'F',
      type: 'single',
      column: 'f1',
      scale: 'jdn',
      text: t('Wordt ervaringsdeskundigheid ingezet?', 'Is lived experience used?'),
      short: t('Ingezet', 'Used'),
    },
    {
      id: 'F2',
      block: 'F',
      type: 'single',
      column: 'f2',
      scale: 'jdn',
      text: t('Worden ervaringsdeskundigen betaald?', 'Are experts by experience paid?'),
      short: t('Betaald', 'Paid'),
    },
    {
      id: 'F3',
      block: 'F',
      type: 'multi',
      scale: 'edrol',
      columns: [
        { code: 1, column: 'f3_1' },
        { code: 2, column: 'f3_2' },
        { code: 3, column: 'f3_3' },
      ],
      text: t('In welke rol?', 'In which role?'),
      short: t('Rol', 'Role'),
    },
  ];
}

export const bookF = withBlockF(codebook);

function share(item: string, category: number, n: number, ci: [number, number] | null, k: number): Estimate {
  return {
    region: region.name,
    subregion: 'all',
    group: 'all',
    indicator: 'share',
    item,
    category: String(category),
    n,
    estimate: ci ? k / n : null,
    ciLow: ci ? ci[0] : null,
    ciHigh: ci ? ci[1] : null,
    suppressed: ci === null,
    ...(ci === null ? { suppression: 'linked' as const } : {}),
  };
}

export const choicesF: ChoiceResult[] = [
  {
    item: 'F1',
    block: 'F',
    shares: [
      share('F1', 1, 100, [0.272712, 0.457646], 36),
      share('F1', 2, 100, [0.327984, 0.517935], 42),
      share('F1', 3, 100, [0.150013, 0.310704], 22),
    ],
  },
  {
    item: 'F2',
    block: 'F',
    shares: [
      share('F2', 1, 81, [0.273317, 0.479163], 30),
      share('F2', 2, 81, [0.31831, 0.528463], 34),
      share('F2', 3, 81, null, 17),
    ],
  },
  {
    item: 'F3',
    block: 'F',
    shares: [
      share('F3', 1, 70, [0.525884, 0.744967], 45),
      share('F3', 2, 70, [0.399544, 0.627541], 36),
      share('F3', 3, 70, [0.090076, 0.259882], 11),
    ],
  },
];

export const regionF: RegionResult = { ...region, choices: [...region.choices, ...choicesF] };
