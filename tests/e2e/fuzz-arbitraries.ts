/**
 * fast-check arbitraries for the command-line property test: small exports written as CSV text
 * (any of `,` `;` TAB, quoted when needed or at random, CRLF or LF, a BOM, hostile cells and
 * headings), codebooks that fit the export or are broken on purpose, and region files.
 */
import fc from 'fast-check';

export type Delimiter = ',' | ';' | '\t';

/** Cells that have broken readers before: control characters, quotes, long or odd text, formulas, markup. */
export const HOSTILE_CELLS: readonly string[] = [
  '',
  ' ',
  'weet niet',
  '\u0000',
  'a\u0007b',
  '\u001b[2J',
  '\uFEFF',
  '"',
  'a"b',
  '""',
  "'",
  'x\r\ny',
  'x\ny',
  '\r',
  '=1+1',
  '=HYPERLINK("http://x")',
  '+31612345678',
  '-',
  '@SUM(A1)',
  '\t=1',
  '<script>alert(1)</script>',
  '{{datum.x}}',
  '"}, "signal": "alert(1)',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '1e309',
  '-0',
  '1,5',
  '٣',
  '３',
  'ünïcødé 😀',
  '\u202Etxet',
  '\uD800',
  'jan@voorbeeld.nl',
  '111 222 333',
  'y'.repeat(4000),
];

/** Headings that have broken readers before: prototype keys, empty, formulas, markup, long. */
export const HOSTILE_HEADINGS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '=HYPERLINK("x")',
  '<b>kop</b>',
  'naïve ☃',
  'Vraag 3: hoe tevreden bent u?',
  'a"b',
  'k'.repeat(300),
];

export const REGION_NAMES: readonly string[] = [
  'Leidse Regio',
  'Rijnstreek',
  'Twente',
  'Zuid-Holland <script>alert(1)</script> Noord',
  '=HYPERLINK("http://x") Twente',
  "Hof van 's-Hertogenbosch",
  'Fryslân',
];

/** One export as the test writes it. */
export interface ExportCase {
  delimiter: Delimiter;
  eol: '\n' | '\r\n';
  bom: boolean;
  /** The first heading is the region column's. */
  headings: string[];
  rows: string[][];
  /** Per cell: 0 quote only when needed, 1 always quote, 2 write as is (may break the file). */
  quoting: number[];
  /** Whether some cells were written as they are, or a row has another number of cells. */
  broken: boolean;
}

const likert = fc.constantFrom('1', '2', '3', '4', '5');
const cell = fc.oneof(
  { arbitrary: likert, weight: 8 },
  { arbitrary: fc.constantFrom(...HOSTILE_CELLS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12, unit: 'binary' }), weight: 1 },
);
const heading = fc.oneof(
  { arbitrary: fc.constantFrom('v1', 'v2', 'v3', 'tevreden', 'vraag_4', 'Q5'), weight: 4 },
  { arbitrary: fc.constantFrom(...HOSTILE_HEADINGS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 10, unit: 'grapheme' }), weight: 1 },
);

/** Cells a Likert item accepts: its codes, blank, and its missing option. */
export const validCell = fc.oneof(
  { arbitrary: likert, weight: 12 },
  { arbitrary: fc.constantFrom('', 'weet niet', ' 3 '), weight: 1 },
);
/** The heading of the open question every export ends with; its answers are hostile. */
export const OPEN = 'toelichting';

/**
 * Exports whose question cells come from `cells`; the first column holds region names, and the
 * last is the open question `OPEN`, with hostile answers.
 */
export const exportCaseOf = (cellArbitrary: fc.Arbitrary<string>): fc.Arbitrary<ExportCase> =>
  fc
    .record({
      delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
      eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
      bom: fc.boolean(),
      regionHeading: fc.oneof(
        { arbitrary: fc.constant('regio'), weight: 5 },
        { arbitrary: fc.constantFrom('__proto__', '', 'Regio'), weight: 1 },
      ),
      others: fc.array(heading, { minLength: 1, maxLength: 5 }),
      duplicate: fc.boolean(),
      regions: fc.uniqueArray(fc.constantFrom(...REGION_NAMES), { minLength: 1, maxLength: 3 }),
      rows: fc.integer({ min: 0, max: 40 }),
      cells: fc.array(cellArbitrary, { minLength: 300, maxLength: 300 }),
      open: fc.array(fc.constantFrom(...HOSTILE_CELLS), { minLength: 40, maxLength: 40 }),
      picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
      quoting: fc.array(
        fc.oneof(
          { arbitrary: fc.constant(0), weight: 12 },
          { arbitrary: fc.constant(1), weight: 4 },
          { arbitrary: fc.constant(2), weight: 1 },
        ),
        {
          minLength: 300,
          maxLength: 300,
        },
      ),
      ragged: fc.oneof(
        { arbitrary: fc.constant(true), weight: 1 },
        { arbitrary: fc.constant(false), weight: 4 },
      ),
    })
    .map((r) => {
      const headings = [r.regionHeading, ...r.others];
      if (r.duplicate) headings.push(headings[headings.length - 1]!);
      headings.push(OPEN);
      const rows: string[][] = [];
      let c = 0;
      for (let i = 0; i < r.rows; i++) {
        const row = [r.regions[r.picks[i]! % r.regions.length]!];
        for (let j = 1; j < headings.length - 1; j++) row.push(r.cells[c++ % r.cells.length]!);
        row.push(r.open[i]!);
        rows.push(row);
      }
      const raggedRow = r.ragged && rows.length > 2 ? 1 : -1;
      if (raggedRow >= 0) rows[raggedRow]!.push('extra');
      // Cells written as they are break the file only where they hold a delimiter, a quote or a line end.
      const quoting = r.quoting.slice(0, rows.length * headings.length + headings.length + 1);
      const unsafe = [headings, ...rows]
        .flat()
        .some((v, i) => quoting[i] === 2 && (v.includes(r.delimiter) || /["\r\n]/.test(v)));
      return {
        delimiter: r.delimiter,
        eol: r.eol,
        bom: r.bom,
        headings,
        rows,
        quoting,
        broken: raggedRow >= 0 || unsafe,
      };
    });

/** Exports with any cells, hostile ones among them. */
export const exportCase = exportCaseOf(cell);

/** A field as written: quoted (quotes doubled) when it holds the delimiter, a quote, CR or LF, or when asked. */
function field(value: string, delimiter: Delimiter, quoting: number): string {
  if (quoting === 2) return value;
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needs || quoting === 1 ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsvText(e: ExportCase): string {
  let q = 0;
  const line = (cells: readonly string[]) =>
    cells.map((v) => field(v, e.delimiter, e.quoting[q++] ?? 0)).join(e.delimiter);
  return `${e.bom ? '\uFEFF' : ''}${[e.headings, ...e.rows].map(line).join(e.eol)}${e.eol}`;
}

/** How a codebook for the export is made. */
export type CodebookKind = 'init' | 'fits' | 'broken';

/** Ways to break a codebook that fits. */
export const BREAKS = [
  'not-json',
  'empty',
  'no-questions',
  'unknown-type',
  'unknown-scale',
  'missing-column',
  'bad-id',
  'empty-label',
  'duplicate-id',
  'proto-key',
  'string-for-array',
] as const;
export type Break = (typeof BREAKS)[number];

export interface CodebookCase {
  kind: CodebookKind;
  break: Break;
  /** With a regions file: the region question holds municipalities, grouped in the regions file. */
  municipalities: boolean;
  /** What is wrong with the regions file, if anything. */
  regionsFault: 'none' | 'not-json' | 'empty' | 'twice' | 'missing-one' | 'bad-slug';
  /** Texts of the codebook's labels (hostile strings among them). */
  label: string;
}

export const codebookCase: fc.Arbitrary<CodebookCase> = fc.record({
  kind: fc.constantFrom<CodebookKind>('init', 'fits', 'fits', 'broken'),
  break: fc.constantFrom(...BREAKS),
  municipalities: fc.boolean(),
  regionsFault: fc.constantFrom(
    'none',
    'none',
    'none',
    'not-json',
    'empty',
    'twice',
    'missing-one',
    'bad-slug',
  ),
  label: fc.constantFrom(
    'Tevredenheid',
    '<script>alert(1)</script>',
    '=1+1',
    '{{datum.x}}',
    '"}, "signal": "x',
    'ünï 😀',
  ),
});

/** The export's distinct region cells, as written (the first column). */
export function regionValues(e: ExportCase): string[] {
  return [...new Set(e.rows.map((r) => r[0]!))];
}

/**
 * A codebook for `e` as JSON text: the region question on the first column (its options the
 * export's region names), one Likert question per other distinct, non-empty heading; then broken
 * as `c.break` says when `c.kind` is `broken`.
 */
export function toCodebookText(e: ExportCase, c: CodebookCase): string {
  const text = (s: string) => ({ nl: s, en: s });
  const names = regionValues(e);
  const others = [...new Set(e.headings.slice(1, -1))].filter((h) => h.trim() !== '' && h !== OPEN);
  const codebook: Record<string, unknown> = {
    survey: { id: 'fuzz', title: text(`Fuzz ${c.label}`) },
    region: { question: 'regio', level: c.municipalities ? 'municipality' : 'region' },
    blocks: [{ id: 'A', title: text(c.label) }],
    scales: [
      { id: 'plaats', options: names.map((n, i) => ({ code: i + 1, label: text(n), aliases: [n] })) },
      {
        id: 'agree5',
        options: [1, 2, 3, 4, 5].map((code) => ({ code, label: text(`${c.label} ${code}`) })),
        missing: [{ code: 9, label: text('weet niet'), aliases: ['weet niet'] }],
      },
    ],
    questions: [
      {
        id: 'regio',
        block: 'A',
        type: 'single',
        column: e.headings[0],
        scale: 'plaats',
        text: text(c.label),
      },
      ...others.map((h, i) => ({
        id: `q${i + 1}`,
        block: 'A',
        type: 'likert',
        column: h,
        scale: 'agree5',
        text: text(`${c.label} ${i + 1}`),
      })),
      { id: 'open', block: 'A', type: 'open', column: OPEN, text: text(`${c.label} open`) },
    ],
  };
  if (c.kind !== 'broken') return JSON.stringify(codebook, null, 2);
  const questions = codebook.questions as Record<string, unknown>[];
  switch (c.break) {
    case 'not-json':
      return JSON.stringify(codebook).slice(0, 40);
    case 'empty':
      return '';
    case 'no-questions':
      delete codebook.questions;
      break;
    case 'unknown-type':
      questions[0]!.type = 'slider';
      break;
    case 'unknown-scale':
      questions[questions.length - 1]!.scale = 'nergens';
      break;
    case 'missing-column':
      questions.push({
        id: 'ontbreekt',
        block: 'A',
        type: 'likert',
        column: 'niet_in_export',
        scale: 'agree5',
        text: text('x'),
      });
      break;
    case 'bad-id':
      questions[questions.length - 1]!.id = '1 <b>';
      break;
    case 'empty-label':
      codebook.survey = { id: 'fuzz', title: { nl: '', en: '' } };
      break;
    case 'duplicate-id':
      questions.push({ ...questions[0]! });
      break;
    case 'proto-key':
      return JSON.stringify(codebook).replace(
        '{',
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      );
    case 'string-for-array':
      codebook.scales = 'agree5';
      break;
  }
  return JSON.stringify(codebook);
}

/** A regions file grouping the export's region names (as municipalities) into one or two regions. */
export function toRegionsText(e: ExportCase, c: CodebookCase): string {
  const names = regionValues(e);
  const half = Math.ceil(names.length / 2);
  const groups = [names.slice(0, half), names.slice(half)].filter((g) => g.length > 0);
  const regions = groups.map((g, i) => ({
    name: i === 0 ? 'Regio <Noord> & "Oost"' : '=Zuid',
    ...(c.regionsFault === 'bad-slug' ? { slug: 'Niet Goed!' } : {}),
    subregions: [
      {
        name: `Sub ${i + 1}`,
        municipalities: c.regionsFault === 'missing-one' && i === 0 && g.length > 1 ? g.slice(1) : g,
      },
    ],
  }));
  if (c.regionsFault === 'twice' && regions[0])
    regions[0].subregions.push({ name: 'Dubbel', municipalities: [names[0]!] });
  if (c.regionsFault === 'not-json') return '{"regions": [';
  if (c.regionsFault === 'empty') return JSON.stringify({ regions: [] });
  return JSON.stringify({ regions });
}
