/**
 * A hostile copy of the demo: the generated export with personal data, markup, formula triggers
 * and Vega syntax in its open answers and a few respondent ids, and the demo codebook, regions and
 * population with the same strings in every label and place name (municipalities renamed the same
 * way in the codebook's scale, the regions file and the population file, so that respondents are
 * still placed). Two regions only, so that a run stays short.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { PiiKind } from '../../src/analyse/privacy/redact.js';
import { demoPaths } from '../../src/demo.js';
import { generateExport } from '../../src/generate/index.js';

/** Markup that would become an element, an attribute or the end of a CDATA section or an SVG. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</svg>',
  ']]>',
  '&amp;',
] as const;
/** Text a spreadsheet would run as a formula. */
export const FORMULAS = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'] as const;
/** Vega expression syntax, and a try to close a JSON string and open a signal. */
export const VEGA = ['{{datum.x}}', "datum['x']", '"}, "signal": "alert(1)'] as const;
export const HOSTILE: readonly string[] = [...MARKUP, ...FORMULAS, ...VEGA];

/**
 * Personal data as respondents write it, with its kind (valid checksums: BSN 111222333 and
 * 123456782 pass the 11-proef; the IBANs are the SWIFT registry's examples, see
 * tests/privacy/spellings.test.ts).
 */
export const PII: readonly (readonly [PiiKind, string])[] = [
  ['email', 'jan.jansen@voorbeeld.nl'],
  ['email', 'piet＠voorbeeld.nl'],
  ['email', 'klaas [at] voorbeeld [dot] nl'],
  ['phone', '06-12345678'],
  ['phone', '0612345679'],
  ['phone', '071-5123456'],
  ['phone', '06–12345670'],
  ['phone', '０６１２３４５６７１'],
  ['phone', '31612345672'],
  ['iban', 'NL91ABNA0417164300'],
  ['iban', 'NL91-ABNA-0417-1643-00'],
  ['iban', 'BE68 5390 0754 7034'],
  ['iban', 'DE89 3704 0044 0532 0130 00'],
  ['bsn', '123456782'],
  ['bsn', '111 222 333'],
  ['bsn', '111-222-333'],
  ['postcode', '2312 CK 14'],
  ['postcode', '2311 ab 12a'],
  ['postcode', '2311-AB-12'],
];

/** How many of each kind one bundle of `PII` holds. */
export function piiPerBundle(): Record<PiiKind, number> {
  const counts: Record<PiiKind, number> = { email: 0, phone: 0, postcode: 0, iban: 0, bsn: 0 };
  for (const [kind] of PII) counts[kind]++;
  return counts;
}

/** Every PII value in one answer, in an order that turns with `turn`, with words between. */
function piiBundle(turn: number): string {
  const values = PII.map(([, v]) => v);
  const turned = [...values.slice(turn % values.length), ...values.slice(0, turn % values.length)];
  return `Bel of mail mij: ${turned.join(' of anders ')}, dank u.`;
}

/** `label` with hostile string `k` of the pool before it (even `k`) or after it (odd `k`). */
export function spiked(label: string, k: number): string {
  const bad = HOSTILE[k % HOSTILE.length]!;
  return k % 2 === 0 ? `${bad} ${label}` : `${label} ${bad}`;
}

type Text = { nl: string; en: string };
const spikeText = (t: Text, k: number): Text => ({ nl: spiked(t.nl, k), en: spiked(t.en, k + 1) });

/** Hostile names of the two regions kept, their subregions and municipalities (by demo name). */
const PLACES: Record<string, string> = {
  'Zuid-Holland Noord': 'Zuid-Holland <script>alert(1)</script> Noord',
  Twente: '=HYPERLINK("http://x") Twente',
  'Leidse Regio': 'Leidse Regio <img src=x onerror=alert(1)>',
  'Duin- en Bollenstreek': 'Duin- en Bollenstreek ]]> &amp;',
  Rijnstreek: 'Rijnstreek {{datum.x}}',
  'Twente Noord (synthetisch)': "Twente Noord datum['x']",
  'Twente Zuid (synthetisch)': 'Twente Zuid "}, "signal": "alert(1)',
  Leiden: 'Leiden</svg>',
  Leiderdorp: '+1+1 Leiderdorp',
  Oegstgeest: '-2+3 Oegstgeest',
  Voorschoten: '@SUM(A1) Voorschoten',
  Katwijk: 'Katwijk <b>vet</b>',
  Enschede: 'Enschede ]]>',
  Almelo: '&amp; Almelo',
};
const place = (name: string) => PLACES[name] ?? name;

export interface HostileFiles {
  export: string;
  codebook: string;
  regions: string;
  population: string;
  /** Respondent ids that start with a formula trigger. */
  ids: string[];
}

/** Writes the hostile export (`rows` respondents), codebook, regions and population into `dir`. */
export async function writeHostileInputs(dir: string, rows: number, seed: number): Promise<HostileFiles> {
  const demo = demoPaths();

  const table = Papa.parse<string[]>(generateExport({ rows, seed }), { skipEmptyLines: true }).data;
  const header = table[0]!;
  const col = (name: string) => header.indexOf(name);
  const open = [col('E2_voorbeeld'), col('H9_kansen')];
  const id = col('respondent_id');
  const ids: string[] = [];
  table.slice(1).forEach((cells, i) => {
    if (i % 3 !== 2) {
      cells[open[0]!] = `${HOSTILE[i % HOSTILE.length]} ${piiBundle(i)}`;
      cells[open[1]!] = `${piiBundle(i + 7)} ${HOSTILE[(i + 5) % HOSTILE.length]} einde`;
    } else {
      cells[open[0]!] = '';
      cells[open[1]!] = '';
    }
    if (i % 17 === 5) {
      cells[id] = `${FORMULAS[ids.length % FORMULAS.length]}${cells[id]}`;
      ids.push(cells[id]!);
    }
  });
  const exportFile = join(dir, 'hostile.csv');
  await writeFile(exportFile, Papa.unparse(table, { newline: '\n' }));

  const codebook = JSON.parse(readFileSync(demo.codebook, 'utf8'));
  let k = 0;
  delete codebook.$schema;
  codebook.survey.title = spikeText(codebook.survey.title, k++);
  for (const key of ['commissionedBy', 'conductedBy', 'recruitment'])
    if (codebook.survey[key]) codebook.survey[key] = spikeText(codebook.survey[key], k++);
  for (const b of codebook.blocks) b.title = spikeText(b.title, k++);
  for (const s of codebook.scales)
    for (const o of [...s.options, ...(s.missing ?? [])])
      o.label =
        s.id === 'gemeente' ? { nl: place(o.label.nl), en: place(o.label.en) } : spikeText(o.label, k++);
  for (const q of codebook.questions) {
    q.text = spikeText(q.text, k++);
    if (q.short) q.short = spikeText(q.short, k++);
  }
  for (const list of [codebook.indices, codebook.phases, codebook.themes])
    for (const x of list ?? []) x.label = spikeText(x.label, k++);
  const codebookFile = join(dir, 'codebook.json');
  await writeFile(codebookFile, JSON.stringify(codebook, null, 2));

  const regionsFile = JSON.parse(readFileSync(demo.regions, 'utf8'));
  regionsFile.regions = regionsFile.regions
    .filter((r: { name: string }) => r.name === 'Zuid-Holland Noord' || r.name === 'Twente')
    .map((r: { name: string; subregions: { name: string; municipalities: string[] }[] }) => ({
      name: place(r.name),
      subregions: r.subregions.map((s) => ({
        name: place(s.name),
        municipalities: s.municipalities.map(place),
      })),
    }));
  const regions = join(dir, 'regions.json');
  await writeFile(regions, JSON.stringify(regionsFile, null, 2));

  const population = Papa.parse<string[]>(readFileSync(demo.population, 'utf8'), {
    skipEmptyLines: true,
  }).data.map(([m, n], i) => [i === 0 ? m! : place(m!), n!]);
  const populationFile = join(dir, 'population.csv');
  await writeFile(populationFile, Papa.unparse(population, { newline: '\n', quotes: true }));

  return { export: exportFile, codebook: codebookFile, regions, population: populationFile, ids };
}
