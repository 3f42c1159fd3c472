/**
 * A questionnaire shaped unlike the demo (questionnaire-b.ts: LimeSurvey default group codes, no
 * ladder, no importance block, a frequency matrix, age and domain) through `init` → edit → `run`:
 * every closed question is drawn in a chart of the region's report, the questionnaire appendix
 * links each one to its chart, and no slide is empty.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { questionnaireB } from './questionnaire-b.js';

let dir: string;
let codebook: Codebook;
const html = new Map<string, string>();
const quiet = { out: () => {}, err: () => {} };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-qb-'));
  const csv = join(dir, 'export.csv');
  await writeFile(csv, questionnaireB(240, 7));
  const path = join(dir, 'codebook.json');
  const notes: string[] = [];
  expect(
    await main(['init', csv, '--out', path], { out: (l) => notes.push(l), err: (l) => notes.push(l) }),
  ).toBe(0);
  expect(notes.join('\n')).toContain('regioscan roles proposed from the question texts');
  // The edits a researcher makes after reading init's notes: the hours are a number, the three
  // statements of G03 form the conditions index, and the survey gets its name.
  const draft = JSON.parse(await readFile(path, 'utf8')) as CodebookInput;
  draft.survey.title = {
    nl: 'Participatiemonitor Noord en Zuid',
    en: 'Participation monitor North and South',
  };
  draft.questions = draft.questions.map((q) => {
    if (q.id !== 'G06Q01' || q.type !== 'single') return q;
    const { scale: _, ...rest } = q;
    return { ...rest, type: 'numeric' as const };
  });
  const g06 = draft.scales.findIndex((s) => s.id === 'G06Q01');
  if (g06 >= 0) draft.scales.splice(g06, 1);
  draft.indices = [
    {
      id: 'voorwaarden',
      label: { nl: 'Voorwaarden voor inspraak', en: 'Conditions for having a say' },
      items: ['G03Q01_SQ001', 'G03Q01_SQ002', 'G03Q01_SQ003'],
      role: 'conditions',
    },
  ];
  await writeFile(path, JSON.stringify(draft, null, 2));
  codebook = Codebook.parse(draft);
  const out = join(dir, 'out');
  expect(await main(['run', '--input', csv, '--codebook', path, '--out', out, '--quiet'], quiet)).toBe(0);
  for (const slug of ['regio-noord', 'regio-zuid'])
    html.set(slug, await readFile(join(out, slug, 'regioscan.html'), 'utf8'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The sections of the report marked as slides, each as its HTML. */
function slides(page: string): string[] {
  return [...page.matchAll(/<section class="slide[^"]*"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? '');
}

describe.each(['regio-noord', 'regio-zuid'])('the regioscan of %s', (slug) => {
  it('draws every closed question in a chart, and the appendix links each to it', () => {
    const page = html.get(slug)!;
    const closed = codebook.questions.filter((q) => q.type !== 'open');
    expect(closed.length).toBe(14);
    // The region question names the region of each report (the overview has them side by side).
    expect(page).toMatch(
      /<tr><td><code>G01Q01<\/code><\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>bepaalt de regio van dit rapport/,
    );
    for (const q of closed.filter((x) => x.id !== codebook.region.question)) {
      const row = new RegExp(
        `<tr><td><code>${q.id}</code></td><td>([^<]*)</td><td>[^<]*</td><td><a href="#chart-([a-z0-9-]+)">`,
      ).exec(page);
      expect(row, `${q.id} is linked to a chart`).not.toBeNull();
      expect(row?.[1]).toBe(escapeHtml(q.text.nl));
      expect(page, `${q.id}: its chart is in the report`).toContain(`<figure id="chart-${row?.[2]}">`);
    }
  });

  it('has no empty slide: each holds a chart, table, list, quote or question for the room', () => {
    const all = slides(html.get(slug)!);
    expect(all.length).toBeGreaterThan(15);
    for (const body of all) {
      const rest = body.replace(/<h2[^>]*>[\s\S]*?<\/h2>/, '');
      expect(rest, body.slice(0, 120)).toMatch(/<(figure|table|ul|ol|blockquote|aside)\b/);
    }
  });

  it('shows the age and domain breakdowns, the frequency matrix and the hub, with no ladder and no IPA', () => {
    const page = html.get(slug)!;
    for (const id of [
      'choice-g01q03',
      'choice-g01q04',
      'matrix-forms',
      'choice-g05q01',
      'choice-g05q02',
      'conditions',
    ])
      expect(page).toContain(`<figure id="chart-${id}">`);
    expect(page).not.toContain('id="chart-ladder"');
    expect(page).not.toContain('id="chart-ipa"');
    // The age question in its own words, on the intro slides.
    expect(page.indexOf('chart-g01q03')).toBeLessThan(page.indexOf('id="results"'));
  });
});
