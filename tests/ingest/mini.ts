/** A small codebook and region table for ingest tests, written out so every expectation can be checked by eye. */
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { type RegionTable, toRegionTable } from '../../src/model/regions.js';

const t = (nl: string, en = nl) => ({ nl, en });

export const miniCodebookInput: CodebookInput = {
  survey: { id: 'mini', title: t('Mini-enquête', 'Mini survey') },
  respondentId: 'id',
  complete: { column: 'submitdate' },
  region: { question: 'gemeente' },
  role: { question: 'rol', residents: [1], professionals: [2] },
  blocks: [
    { id: 'A', title: t('Achtergrond', 'Background') },
    { id: 'D', title: t('Randvoorwaarden', 'Conditions') },
  ],
  scales: [
    {
      id: 'rol',
      options: [
        { code: 1, label: t('inwoner', 'resident') },
        { code: 2, label: t('professional') },
      ],
    },
    {
      id: 'gemeente',
      options: [
        { code: 1, label: t('Leiden') },
        { code: 2, label: t('Katwijk') },
        { code: 3, label: t('Amersfoort') },
      ],
    },
    {
      id: 'eens5',
      options: [1, 2, 3, 4, 5].map((code) => ({
        code,
        label: t(['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'][code - 1]!),
      })),
      missing: [{ code: 9, label: t('weet niet', "don't know") }],
    },
    {
      id: 'vormen',
      options: [
        { code: 1, label: t('panel') },
        { code: 2, label: t('cliëntenraad', 'client council') },
      ],
    },
  ],
  questions: [
    { id: 'rol', block: 'A', type: 'single', column: 'rol', scale: 'rol', text: t('Rol', 'Role') },
    {
      id: 'gemeente',
      block: 'A',
      type: 'single',
      column: 'gemeente',
      scale: 'gemeente',
      text: t('Gemeente', 'Municipality'),
    },
    {
      id: 'leeftijd',
      block: 'A',
      type: 'numeric',
      column: 'leeftijd',
      min: 16,
      max: 110,
      text: t('Leeftijd', 'Age'),
    },
    {
      id: 'vormen',
      block: 'A',
      type: 'multi',
      scale: 'vormen',
      columns: [
        { code: 1, column: 'vormen_panel' },
        { code: 2, column: 'vormen_raad' },
      ],
      text: t('Vormen', 'Forms'),
    },
    {
      id: 'D1',
      block: 'D',
      type: 'likert',
      column: 'D1',
      scale: 'eens5',
      text: t('Vroeg betrokken', 'Involved early'),
    },
    {
      id: 'D2',
      block: 'D',
      type: 'likert',
      column: 'D2',
      scale: 'eens5',
      text: t('Terugkoppeling', 'Feedback'),
    },
    { id: 'opm', block: 'D', type: 'open', column: 'opmerking', text: t('Opmerking', 'Comment') },
  ],
  indices: [{ id: 'rv', label: t('Randvoorwaarden', 'Conditions'), items: ['D1', 'D2'] }],
};

export const miniCodebook: Codebook = Codebook.parse(miniCodebookInput);

/** Leiden and Katwijk are in the region; Amersfoort is not. */
export const miniRegions: RegionTable = toRegionTable(
  {
    regions: [
      {
        name: 'Zuid-Holland Noord',
        subregions: [
          { name: 'Leidse Regio', municipalities: ['Leiden'] },
          { name: 'Duin- en Bollenstreek', municipalities: ['Katwijk'] },
        ],
      },
    ],
  },
  new Map([
    ['leiden', 125_000],
    ['katwijk', 67_000],
  ]),
);

export const HEADER = 'id,submitdate,rol,gemeente,leeftijd,vormen_panel,vormen_raad,D1,D2,opmerking';

export const bytes = (text: string) => new TextEncoder().encode(text);
