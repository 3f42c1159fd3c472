#!/usr/bin/env node
/**
 * The benchmark's export: a seeded, national-run-shaped CSV (issue 9) and its codebook, in plain JS
 * so the bench needs nothing beyond `npm run build` and the package's own dependencies.
 *
 * 54 columns: `respondent_id`, `regio` (30 regions, codes 1–30, region level: no regions file
 * needed), `rol` (5 roles), `L01`…`L40` (Likert 1–5, ~5% blank), `J1`…`J8` (yes/no: 1 ja,
 * 0 nee, ~5% blank), `O1`, `O2` (open text: quotes, commas and line breaks inside quoted cells) and
 * `gewicht` (a survey weight). A million rows come to about 170 MB.
 *
 * Usage: node bench/generate.js --rows N [--seed S] [--out FILE] [--codebook FILE]
 * As a module: `ensureExport(rows, seed)` returns the cached paths, generating them when missing.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the shape or the values change: it is part of the cache key. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20260901;

const here = dirname(fileURLToPath(import.meta.url));
export const CACHE = join(here, '.cache');

export const REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'IJsselland',
  'Twente',
  'Noord- en Oost-Gelderland',
  'Achterhoek',
  'Gelderland-Midden',
  'Gelderland-Zuid',
  'Noord-Veluwe',
  'Utrecht',
  'Midden-Nederland',
  'Flevoland',
  'Gooi en Vechtstreek',
  'Zaanstreek-Waterland',
  'Amsterdam-Amstelland',
  'Kennemerland',
  'Noord-Holland Noord',
  'Zuid-Holland Noord',
  'Hollands Midden',
  'Haaglanden',
  'Rotterdam-Rijnmond',
  'Zuid-Holland Zuid',
  'Zeeland',
  'West-Brabant',
  'Hart voor Brabant',
  'Brabant-Zuidoost',
  'Limburg-Noord',
  'Zuid-Limburg',
  'Amstelland',
];

const ROLES = [
  ['Inwoner', 'Resident'],
  ['Cliënt of patiënt', 'Client or patient'],
  ['Naaste of mantelzorger', 'Relative or informal carer'],
  ['Professional zorg en welzijn', 'Care or welfare professional'],
  ['Medewerker gemeente', 'Municipal officer'],
];
const ROLE_SHARES = [0.38, 0.22, 0.14, 0.18, 0.08];
export const LIKERT = Array.from({ length: 40 }, (_, i) => `L${String(i + 1).padStart(2, '0')}`);
export const YESNO = Array.from({ length: 8 }, (_, i) => `J${i + 1}`);
export const OPEN = ['O1', 'O2'];
export const WEIGHT = 'gewicht';
export const HEADERS = ['respondent_id', 'regio', 'rol', ...LIKERT, ...YESNO, ...OPEN, WEIGHT];

/** Paths of the cached export and codebook for a size and seed. */
export function cachePaths(rows, seed = DEFAULT_SEED) {
  return {
    csv: join(CACHE, `export-g${GENERATOR_VERSION}-s${seed}-n${rows}.csv`),
    codebook: join(CACHE, `codebook-g${GENERATOR_VERSION}.json`),
  };
}

/** The cached export and codebook, generated first when missing. */
export function ensureExport(rows, seed = DEFAULT_SEED, log = () => {}) {
  const paths = cachePaths(rows, seed);
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(paths.codebook))
    writeAtomically(paths.codebook, `${JSON.stringify(codebook(), null, 2)}\n`);
  if (!existsSync(paths.csv)) {
    log(`generating ${rows.toLocaleString('en')} rows (seed ${seed}) …`);
    const t0 = performance.now();
    writeExport(paths.csv, rows, seed);
    log(`  ${paths.csv} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return paths;
}

function writeAtomically(path, text) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** mulberry32: small, fast, and the same on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A cumulative table for drawing an index with the given (unnormalised) weights. */
function cumulative(weights) {
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  return weights.map((w) => {
    acc += w / total;
    return acc;
  });
}

function draw(cum, u) {
  for (let i = 0; i < cum.length; i++) if (u < cum[i]) return i;
  return cum.length - 1;
}

const OPENERS = [
  'Betrek ons eerder',
  'Koppel terug wat er met de inbreng gebeurt',
  'Meer vergoeding voor ervaringsdeskundigen',
  'Informatie op B1-niveau, graag',
  'Minder vergaderen, meer doen',
  'Zorg dat jongeren ook meepraten',
  'De wijkteams luisteren goed',
  'Gebruik wat er al is: cliëntenraden, de Wmo-raad, het panel',
];
const MIDDLES = [
  ', want nu hoor je er niets meer van',
  ', zoals bij "Samen Sterk" in onze wijk',
  ' en niet pas als alles al besloten is',
  '; dat scheelt veel frustratie',
  ', dan houd je mensen ook vast',
  ' (zie het "Plan van aanpak", blz. 4)',
  '',
];
const ENDINGS = [
  '.',
  '!',
  '.\nTweede punt: de vergoeding, die is te laag.',
  '. Mijn buurvrouw zei: "eindelijk iemand die luistert".',
  '...\n\nGroet, een bewoner',
  '.',
];

/** One open answer: a few phrases, sometimes with quotes, commas and line breaks. */
function openText(r) {
  const a = OPENERS[Math.floor(r() * OPENERS.length)];
  const b = MIDDLES[Math.floor(r() * MIDDLES.length)];
  const c = ENDINGS[Math.floor(r() * ENDINGS.length)];
  return r() < 0.3 ? `${a}${b}${c} ${OPENERS[Math.floor(r() * OPENERS.length)]}.` : `${a}${b}${c}`;
}

function csvCell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Write `rows` respondents to `path` (atomically: a temporary file renamed at the end). */
export function writeExport(path, rows, seed = DEFAULT_SEED) {
  const r = prng(seed);
  // Region sizes fall off like a city-size distribution: the largest ~8× the smallest.
  const regionCum = cumulative(REGIONS.map((_, i) => 1 / (1 + i * 0.25)));
  const roleCum = cumulative(ROLE_SHARES);
  const itemShift = LIKERT.map(() => r() * 1.6 - 0.8);
  const yesShare = YESNO.map(() => 0.2 + r() * 0.6);
  const regionShift = REGIONS.map(() => r() * 0.6 - 0.3);
  const roleShift = [0.2, -0.1, 0, -0.3, 0.1];
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  const width = String(rows).length;
  try {
    writeSync(fd, `${HEADERS.join(',')}\n`);
    let chunk = [];
    for (let n = 1; n <= rows; n++) {
      const region = draw(regionCum, r());
      const role = draw(roleCum, r());
      // A respondent's own leaning, shared by their items (so items correlate, as real ones do).
      const lean = (r() + r() + r() - 1.5) * 1.4 + regionShift[region] + roleShift[role];
      const cells = [`R${String(n).padStart(width, '0')}`, String(region + 1), String(role + 1)];
      for (let i = 0; i < LIKERT.length; i++) {
        if (r() < 0.05) {
          cells.push('');
          continue;
        }
        const v = Math.round(3 + lean + itemShift[i] + (r() + r() - 1) * 1.8);
        cells.push(String(v < 1 ? 1 : v > 5 ? 5 : v));
      }
      for (let i = 0; i < YESNO.length; i++) {
        const u = r();
        cells.push(u < 0.05 ? '' : r() < yesShare[i] + lean * 0.08 ? '1' : '0');
      }
      cells.push(r() < 0.35 ? csvCell(openText(r)) : '');
      cells.push(r() < 0.25 ? csvCell(openText(r)) : '');
      // Weights around 1, skewed (as post-stratification weights are), 4 decimals.
      const w = Math.exp((r() + r() + r() - 1.5) * 0.6) * (role >= 3 ? 0.8 : 1.1);
      cells.push(w.toFixed(4));
      chunk.push(cells.join(','));
      if (chunk.length === 20000) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

const t = (nl, en = nl) => ({ nl, en });

/** The codebook of the export, built by hand (validated by `regioscan run --codebook`). */
export function codebook() {
  const likertBlock = (i) =>
    i < 8 ? 'voorwaarden' : i < 12 ? 'invloed' : `stellingen${Math.floor((i - 12) / 7) + 1}`;
  return {
    survey: {
      id: 'regioscan-bench',
      title: t('Regioscan benchmark (synthetisch, landelijk)', 'Regioscan benchmark (synthetic, national)'),
      wave: 'bench',
    },
    respondentId: 'respondent_id',
    region: { question: 'regio', level: 'region' },
    role: { question: 'rol', residents: [1, 2, 3], professionals: [4, 5] },
    blocks: [
      { id: 'achtergrond', title: t('Achtergrond', 'Background'), role: 'background' },
      { id: 'voorwaarden', title: t('Randvoorwaarden', 'Conditions'), role: 'conditions' },
      { id: 'invloed', title: t('Invloed', 'Influence'), role: 'influence' },
      ...[1, 2, 3, 4].map((k) => ({ id: `stellingen${k}`, title: t(`Stellingen ${k}`, `Statements ${k}`) })),
      { id: 'ervaring', title: t('Ervaringsdeskundigheid', 'Lived experience'), role: 'lived_experience' },
      { id: 'deelname', title: t('Deelname', 'Taking part') },
      { id: 'afsluiting', title: t('Afsluiting', 'Closing'), role: 'closing' },
    ],
    scales: [
      {
        id: 'regio',
        options: REGIONS.map((name, i) => ({ code: i + 1, label: t(name) })),
      },
      {
        id: 'rol',
        options: ROLES.map(([nl, en], i) => ({ code: i + 1, label: t(nl, en) })),
      },
      {
        id: 'eens5',
        options: [
          t('Helemaal oneens', 'Strongly disagree'),
          t('Oneens', 'Disagree'),
          t('Neutraal', 'Neutral'),
          t('Eens', 'Agree'),
          t('Helemaal eens', 'Strongly agree'),
        ].map((label, i) => ({ code: i + 1, label })),
      },
      {
        id: 'janee',
        options: [
          { code: 1, label: t('Ja', 'Yes') },
          { code: 0, label: t('Nee', 'No') },
        ],
      },
    ],
    questions: [
      {
        id: 'regio',
        block: 'achtergrond',
        type: 'single',
        column: 'regio',
        scale: 'regio',
        text: t('In welke regio woont of werkt u?', 'In which region do you live or work?'),
      },
      {
        id: 'rol',
        block: 'achtergrond',
        type: 'single',
        column: 'rol',
        scale: 'rol',
        text: t('Wat is uw rol?', 'What is your role?'),
      },
      ...LIKERT.map((id, i) => ({
        id,
        block: likertBlock(i),
        type: 'likert',
        column: id,
        scale: 'eens5',
        text: t(`Stelling ${i + 1}: in onze regio gaat dit goed`, `Statement ${i + 1}: this goes well here`),
        short: t(`Stelling ${i + 1}`, `Statement ${i + 1}`),
      })),
      ...YESNO.map((id, i) => ({
        id,
        block: i < 4 ? 'ervaring' : 'deelname',
        type: 'single',
        column: id,
        scale: 'janee',
        text: t(
          `Vraag ${i + 1}: heeft u hieraan meegedaan?`,
          `Question ${i + 1}: did you take part in this?`,
        ),
        short: t(`Deelname ${i + 1}`, `Took part ${i + 1}`),
      })),
      {
        id: 'O1',
        block: 'invloed',
        type: 'open',
        column: 'O1',
        text: t('Kunt u een voorbeeld geven?', 'Can you give an example?'),
      },
      {
        id: 'O2',
        block: 'afsluiting',
        type: 'open',
        column: 'O2',
        text: t('Wat wilt u nog kwijt?', 'Anything else you would like to say?'),
      },
    ],
    indices: [
      {
        id: 'randvoorwaarden',
        label: t('Index randvoorwaarden', 'Conditions index'),
        items: LIKERT.slice(0, 8),
        role: 'conditions',
      },
    ],
  };
}

function main() {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const rows = Number(opt('rows', '10000'));
  const seed = Number(opt('seed', String(DEFAULT_SEED)));
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(seed)) {
    console.error('usage: node bench/generate.js --rows N [--seed S] [--out FILE] [--codebook FILE]');
    process.exit(2);
  }
  const out = opt('out');
  if (out === undefined) {
    const paths = ensureExport(rows, seed, (line) => console.error(line));
    console.log(JSON.stringify(paths));
    return;
  }
  writeExport(out, rows, seed);
  const cb = opt('codebook');
  if (cb !== undefined) writeAtomically(cb, `${JSON.stringify(codebook(), null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
