/**
 * Test-only writers: one small survey written in each supported tool layout, with the codebook
 * that maps that layout's columns back to the same questions. Used by the round-trip property test.
 */
import ExcelJS from 'exceljs';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';

export interface Respondent {
  /** Index into the option lists below (region always answered). */
  region: number;
  likert: number | null;
  /** Indices of the ticked multi-select options, ascending. */
  multi: number[];
  open: string | null;
}

export interface RandomSurvey {
  regionCodes: number[];
  likertCodes: number[];
  multiCodes: number[];
  respondents: Respondent[];
}

export interface Written {
  file: string;
  bytes: Uint8Array;
  codebook: Codebook;
}

export const REGION_LABELS = ['Leidse Regio', 'Duin- en Bollenstreek', 'Rijnstreek'];
export const LIKERT_LABELS = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
/** One label holds ", " so the Google Sheets split has to join pieces back. */
export const MULTI_LABELS = ['Panel', 'Cliëntenraad, lokaal', 'Wmo-raad'];
const TEXT = {
  region: 'In welke regio woont of werkt u?',
  likert: 'Ik word vroeg betrokken',
  multi: 'Welke vormen kent u?',
  open: 'Opmerking',
};

type MultiColumns = { columns: string[] } | { column: string; separator: string };

function codebookFor(
  s: RandomSurvey,
  cols: { region: string; likert: string; multi: MultiColumns; open: string },
  extra: Partial<CodebookInput> = {},
): Codebook {
  const t = (nl: string) => ({ nl, en: nl });
  const scale = (id: string, codes: number[], labels: string[]) => ({
    id,
    options: codes.map((code, i) => ({ code, label: t(labels[i]!) })),
  });
  const multi =
    'columns' in cols.multi
      ? { columns: cols.multi.columns.map((column, i) => ({ code: s.multiCodes[i]!, column })) }
      : cols.multi;
  return Codebook.parse({
    survey: { id: 'roundtrip', title: t('Round trip') },
    region: { question: 'regio', level: 'region' },
    blocks: [{ id: 'A', title: t('Vragen') }],
    scales: [
      scale('regio', s.regionCodes, REGION_LABELS),
      scale('eens', s.likertCodes, LIKERT_LABELS),
      scale('vormen', s.multiCodes, MULTI_LABELS),
    ],
    questions: [
      { id: 'regio', block: 'A', type: 'single', column: cols.region, scale: 'regio', text: t(TEXT.region) },
      { id: 'D1', block: 'A', type: 'likert', column: cols.likert, scale: 'eens', text: t(TEXT.likert) },
      { id: 'vormen', block: 'A', type: 'multi', scale: 'vormen', ...multi, text: t(TEXT.multi) },
      { id: 'opm', block: 'A', type: 'open', column: cols.open, text: t(TEXT.open) },
    ],
    ...extra,
  } satisfies CodebookInput);
}

/** Quote when needed; `all` quotes every field (LimeSurvey, Google Forms direct download). */
function csv(rows: readonly (readonly string[])[], delimiter: string, all = false): string {
  const field = (c: string) =>
    all || c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
  return `${rows.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const codeOf = (codes: number[], i: number | null) => (i === null ? '' : String(codes[i]));
const labelOf = (labels: string[], i: number | null) => (i === null ? '' : labels[i]!);
const ticked = (r: Respondent, k: number) => r.multi.includes(k);
const multiLabels = (r: Respondent) => r.multi.map((k) => MULTI_LABELS[k]!);
const submitted = (i: number) => `2026-10-${String((i % 28) + 1).padStart(2, '0')} 10:00:00`;

/** LimeSurvey, code headings, answer codes: BOM, `;`, every field quoted, closing blank line. */
export function limeSurveyCodes(s: RandomSurvey): Written {
  const sq = MULTI_LABELS.map((_, k) => `vormen[SQ00${k + 1}]`);
  const rows = [
    ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'regio', 'D1', ...sq, 'opm'],
    ...s.respondents.map((r, i) => [
      String(i + 1),
      submitted(i),
      '2',
      'nl',
      String(1000 + i),
      codeOf(s.regionCodes, r.region),
      codeOf(s.likertCodes, r.likert),
      ...MULTI_LABELS.map((_, k) => (ticked(r, k) ? 'Y' : '')),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'limesurvey.csv',
    bytes: utf8(`\uFEFF${csv(rows, ';', true)}\r\n`),
    codebook: codebookFor(s, { region: 'regio', likert: 'D1', multi: { columns: sq }, open: 'opm' }),
  };
}

/** LimeSurvey, full-text headings and full answers (labels, Yes/No ticks). */
export function limeSurveyFullText(s: RandomSurvey): Written {
  const sub = MULTI_LABELS.map((l) => `${TEXT.multi} [${l}]`);
  const rows = [
    [
      'Response ID',
      'Date submitted',
      'Last page',
      'Start language',
      TEXT.region,
      TEXT.likert,
      ...sub,
      TEXT.open,
    ],
    ...s.respondents.map((r, i) => [
      String(i + 1),
      submitted(i),
      '2',
      'nl',
      labelOf(REGION_LABELS, r.region),
      labelOf(LIKERT_LABELS, r.likert),
      ...MULTI_LABELS.map((_, k) => (ticked(r, k) ? 'Yes' : 'No')),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'limesurvey-full.csv',
    bytes: utf8(`\uFEFF${csv(rows, ';', true)}\r\n`),
    codebook: codebookFor(s, {
      region: TEXT.region,
      likert: TEXT.likert,
      multi: { columns: sub },
      open: TEXT.open,
    }),
  };
}

const QUALTRICS_META = [
  'StartDate',
  'EndDate',
  'Status',
  'Progress',
  'Finished',
  'RecordedDate',
  'ResponseId',
];

/** Qualtrics, 3 header rows, numeric values; multi-select one comma-joined column. */
export function qualtrics3Rows(s: RandomSurvey): Written {
  const rows = [
    [...QUALTRICS_META, 'Q1', 'Q2_1', 'Q3', 'Q4_TEXT'],
    [...QUALTRICS_META, TEXT.region, `Stellingen - ${TEXT.likert}`, TEXT.multi, TEXT.open],
    [...QUALTRICS_META, 'QID1', 'QID2_1', 'QID3', 'QID4_TEXT'].map((id) => `{"ImportId":"${id}"}`),
    ...s.respondents.map((r, i) => [
      submitted(i),
      submitted(i),
      '0',
      '100',
      '1',
      submitted(i),
      `R_${i}x`,
      codeOf(s.regionCodes, r.region),
      codeOf(s.likertCodes, r.likert),
      r.multi.map((k) => s.multiCodes[k]).join(','),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'qualtrics.csv',
    bytes: utf8(csv(rows, ',')),
    // The region by its ImportId and the likert item by its row-2 text: both are aliases.
    codebook: codebookFor(s, {
      region: 'QID1',
      likert: `Stellingen - ${TEXT.likert}`,
      multi: { column: 'Q3', separator: ',' },
      open: 'Q4_TEXT',
    }),
  };
}

/** Qualtrics legacy, 2 header rows `V1..V10` / `ResponseID…`, UTF-8 BOM. */
export function qualtricsLegacy(s: RandomSurvey): Written {
  const v = [
    'ResponseID',
    'ResponseSet',
    'Name',
    'ExternalDataReference',
    'EmailAddress',
    'IPAddress',
    'Status',
    'StartDate',
    'EndDate',
    'Finished',
  ];
  const rows = [
    [...v.map((_, i) => `V${i + 1}`), 'Q1', 'Q2', 'Q3', 'Q4'],
    [...v, TEXT.region, TEXT.likert, TEXT.multi, TEXT.open],
    ...s.respondents.map((r, i) => [
      `R_${i}y`,
      'Default Response Set',
      'Anonymous',
      '',
      '',
      '10.0.0.1',
      '0',
      submitted(i),
      submitted(i),
      '1',
      codeOf(s.regionCodes, r.region),
      codeOf(s.likertCodes, r.likert),
      r.multi.map((k) => s.multiCodes[k]).join(','),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'qualtrics-legacy.csv',
    bytes: utf8(`\uFEFF${csv(rows, ',')}`),
    codebook: codebookFor(s, {
      region: 'Q1',
      likert: 'Q2',
      multi: { column: 'Q3', separator: ',' },
      open: 'Q4',
    }),
  };
}

/** SurveyMonkey, 2 header rows; single choice by label, one column per checkbox option holding its label. */
export function surveyMonkey(s: RandomSurvey): Written {
  const rows = [
    [
      'Respondent ID',
      'Collector ID',
      'Start Date',
      'End Date',
      TEXT.region,
      TEXT.likert,
      TEXT.multi,
      '',
      '',
      TEXT.open,
    ],
    ['', '', '', '', 'Response', 'Response', ...MULTI_LABELS, 'Open-Ended Response'],
    ...s.respondents.map((r, i) => [
      String(114000000000 + i),
      '250000001',
      '10/01/2026 09:00:00',
      '10/01/2026 09:10:00',
      labelOf(REGION_LABELS, r.region),
      labelOf(LIKERT_LABELS, r.likert),
      ...MULTI_LABELS.map((l, k) => (ticked(r, k) ? l : '')),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'surveymonkey.csv',
    bytes: utf8(csv(rows, ',')),
    codebook: codebookFor(s, {
      region: TEXT.region,
      likert: TEXT.likert,
      multi: { columns: MULTI_LABELS.map((l) => `${TEXT.multi} [${l}]`) },
      open: TEXT.open,
    }),
  };
}

/** Google Forms via the linked Sheet: `Timestamp`, an all-empty second row, checkboxes joined by ", ". */
export function googleSheets(s: RandomSurvey): Written {
  const head = ['Timestamp', TEXT.region, TEXT.likert, TEXT.multi, TEXT.open];
  const rows = [
    head,
    head.map(() => ''),
    ...s.respondents.map((r, i) => [
      `10/${(i % 28) + 1}/2026 15:33:45`,
      labelOf(REGION_LABELS, r.region),
      labelOf(LIKERT_LABELS, r.likert),
      multiLabels(r).join(', '),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'googleforms.csv',
    bytes: utf8(csv(rows, ',')),
    codebook: codebookFor(s, {
      region: TEXT.region,
      likert: TEXT.likert,
      multi: { column: TEXT.multi, separator: ', ' },
      open: TEXT.open,
    }),
  };
}

/** Google Forms "Download responses (.csv)": every field quoted, checkboxes joined by ";" (partly verified). */
export function googleDirect(s: RandomSurvey): Written {
  const rows = [
    ['Timestamp', TEXT.region, TEXT.likert, TEXT.multi, TEXT.open],
    ...s.respondents.map((r, i) => [
      `2026/10/${String((i % 28) + 1).padStart(2, '0')} 3:33:45 PM GMT+2`,
      labelOf(REGION_LABELS, r.region),
      labelOf(LIKERT_LABELS, r.likert),
      multiLabels(r).join(';'),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'googleforms-direct.csv',
    bytes: utf8(csv(rows, ',', true)),
    codebook: codebookFor(s, {
      region: TEXT.region,
      likert: TEXT.likert,
      multi: { column: TEXT.multi, separator: ';' },
      open: TEXT.open,
    }),
  };
}

/** Microsoft Forms Excel export: real date cells; multi-select "A;B;" (unverified assumption). */
export async function msFormsXlsx(s: RandomSurvey): Promise<Written> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'Last modified time',
    TEXT.region,
    TEXT.likert,
    TEXT.multi,
    TEXT.open,
  ]);
  s.respondents.forEach((r, i) => {
    const at = new Date(Date.UTC(2026, 9, (i % 28) + 1, 9, 0, 0));
    sheet.addRow([
      i + 1,
      at,
      at,
      'anonymous',
      null,
      null,
      labelOf(REGION_LABELS, r.region),
      r.likert === null ? null : LIKERT_LABELS[r.likert],
      r.multi.length
        ? multiLabels(r)
            .map((l) => `${l};`)
            .join('')
        : null,
      r.open,
    ]);
  });
  return {
    file: 'msforms.xlsx',
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    codebook: codebookFor(s, {
      region: TEXT.region,
      likert: TEXT.likert,
      multi: { column: TEXT.multi, separator: ';' },
      open: TEXT.open,
    }),
  };
}

/** A plain export: `;`, UTF-8 with BOM, codes, one 1/empty column per option. */
export function generic(s: RandomSurvey): Written {
  const ticks = MULTI_LABELS.map((_, k) => `vormen_${k + 1}`);
  const rows = [
    ['id', 'regio', 'D1', ...ticks, 'opm'],
    ...s.respondents.map((r, i) => [
      `r${i + 1}`,
      codeOf(s.regionCodes, r.region),
      codeOf(s.likertCodes, r.likert),
      ...MULTI_LABELS.map((_, k) => (ticked(r, k) ? '1' : '')),
      r.open ?? '',
    ]),
  ];
  return {
    file: 'generic.csv',
    bytes: utf8(`\uFEFF${csv(rows, ';')}`),
    codebook: codebookFor(
      s,
      { region: 'regio', likert: 'D1', multi: { columns: ticks }, open: 'opm' },
      { respondentId: 'id' },
    ),
  };
}
