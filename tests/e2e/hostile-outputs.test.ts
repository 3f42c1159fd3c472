/**
 * A run on an export full of hostile strings and personal data (issue 10, point 7): markup,
 * formula triggers and Vega syntax in the open answers, in every label of the codebook and in the
 * names of regions, subregions and municipalities; personal data in every spelling redaction knows
 * in the open answers. Every output file is then read as its reader would: the HTML tag by tag,
 * the SVG as XML, the Vega-Lite specs' expressions, the CSV fields, the workbook's cells and XML.
 * None of the strings may become markup, a formula or an expression, and no personal data may
 * reach any file.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PII_KINDS } from '../../src/analyse/privacy/redact.js';
import { run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';
import {
  FORMULAS,
  HOSTILE,
  type HostileFiles,
  PII,
  piiPerBundle,
  writeHostileInputs,
} from './hostile-fixture.js';
import { decodeEntities, parseHtml } from './markup.js';

const ROWS = 240;
const LANGS = ['nl', 'en'] as const;
const writers = { nl: memoryWriter(), en: memoryWriter() };
/** The run the tests in hand read (each language's describe sets it). */
let writer = writers.nl;
const paths = () => [...writer.files.keys()];
const text = (path: string) => new TextDecoder().decode(writer.files.get(path));
let dir: string;
let inputs: HostileFiles;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-hostile-'));
  inputs = await writeHostileInputs(dir, ROWS, 11);
  for (const lang of LANGS)
    await run(
      {
        inputs: [inputs.export],
        codebook: inputs.codebook,
        regions: inputs.regions,
        population: inputs.population,
        out: 'unused',
        lang,
        minCell: 10,
        generatedAt: new Date(0),
        argv: [],
      },
      writers[lang],
    );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every string of a workbook's XML parts, entities decoded: shared strings, inline strings, sheet names. */
async function xlsxParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(writer.files.get(path)!);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir && /\.(xml|rels|vml)$/.test(name)) parts.set(name, await entry.async('string'));
  return parts;
}

/** Parse `xml` strictly; the element names with their attributes, and the text. */
function parseXml(xml: string): {
  elements: { name: string; attributes: Record<string, string> }[];
  text: string[];
} {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const text: string[] = [];
  parser.on('opentag', (t) =>
    elements.push({ name: t.name, attributes: t.attributes as Record<string, string> }),
  );
  parser.on('text', (t) => text.push(t));
  parser.on('cdata', (t) => text.push(t));
  parser.write(xml).close();
  return { elements, text };
}

describe.each(LANGS)('the run in %s', (lang) => {
  beforeAll(() => {
    writer = writers[lang];
  });

  describe('the hostile run', () => {
    it('places respondents in both renamed regions and accounts for every row of the export', () => {
      const manifest = JSON.parse(text('manifest.json'));
      expect(manifest.regions.map((r: { name: string }) => r.name)).toEqual([
        'Zuid-Holland <script>alert(1)</script> Noord',
        '=HYPERLINK("http://x") Twente',
      ]);
      for (const r of manifest.regions) expect(r.respondents).toBeGreaterThanOrEqual(10);
      const ledger = Papa.parse<Record<string, string>>(text('respondents.csv'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      // The generator writes ROWS respondents and one duplicate row.
      expect(ledger).toHaveLength(ROWS + 1);
      const excluded = Object.values(manifest.rows.excluded as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      expect(manifest.rows.read).toBe(ROWS + 1);
      expect(manifest.rows.included + excluded).toBe(ROWS + 1);
      expect(ledger.filter((r) => r.status === 'included')).toHaveLength(manifest.rows.included);
      // Four other regions of the demo are not in this regions file: their respondents are outside.
      expect(manifest.rows.excluded.outside_regions).toBeGreaterThan(0);
    });
  });

  describe('HTML', () => {
    const htmls = () => paths().filter((p) => p.endsWith('.html'));

    it('is well-formed tag by tag, with no element or attribute the hostile strings could have made', () => {
      expect(htmls().length).toBeGreaterThanOrEqual(5);
      for (const path of htmls()) {
        const html = text(path);
        const { tags, problems } = parseHtml(html);
        expect(problems, path).toEqual([]);
        const names = new Set(tags.map((t) => t.name));
        for (const forbidden of [
          'img',
          'iframe',
          'object',
          'embed',
          'foreignobject',
          'base',
          'link',
          'form',
          'input',
        ])
          expect(names.has(forbidden), `${path} <${forbidden}>`).toBe(false);
        for (const tag of tags)
          for (const [name, value] of tag.attributes) {
            expect(name, `${path} <${tag.name} ${name}>`).not.toMatch(/^on/);
            expect(value, `${path} <${tag.name} ${name}>`).not.toMatch(
              /^\s*(javascript|vbscript|data:text)/i,
            );
            if (name === 'href' || name === 'src' || name === 'xlink:href')
              // In-page anchors, the run's own files, inline images: nothing outside.
              expect(value, `${path} ${name}`).toMatch(
                /^(#|data:image\/|(\.\.\/)?[a-z0-9-]+(\/[a-z0-9-]+)*\.(html|csv|xlsx|svg|png)(#[\w-]*)?$)/,
              );
          }
      }
    });

    it('has one script, the presentation mode of a regioscan, allowed by its hash in the CSP and nowhere else', () => {
      for (const path of htmls()) {
        const { tags } = parseHtml(text(path));
        const scripts = tags.filter((t) => t.name === 'script');
        const csp = tags.find(
          (t) =>
            t.name === 'meta' &&
            t.attributes.some(([n, v]) => n === 'http-equiv' && v === 'Content-Security-Policy'),
        );
        const policy = csp?.attributes.find(([n]) => n === 'content')?.[1] ?? '';
        expect(policy, path).toMatch(/^default-src 'none'; img-src data:; style-src 'unsafe-inline'/);
        if (path.endsWith('/regioscan.html')) {
          expect(scripts, path).toHaveLength(1);
          expect(scripts[0]!.attributes).toEqual([]);
          const hash = createHash('sha256').update(scripts[0]!.raw!, 'utf8').digest('base64');
          expect(policy).toContain(`script-src 'sha256-${hash}'`);
          expect(policy.match(/script-src/g)).toHaveLength(1);
        } else {
          expect(scripts, path).toHaveLength(0);
          expect(policy, path).not.toContain('script-src');
        }
      }
    });

    it('shows the hostile strings as text: escaped in the file, whole after decoding', () => {
      const all = htmls()
        .map((p) => text(p))
        .join('\n');
      // As written in the inputs (with their neighbours where the project writes the string itself).
      for (const bad of [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'Leiden</svg>',
        '<b>vet</b>',
        '&amp; Almelo',
      ])
        expect(all.includes(bad), bad).toBe(false);
      const shown = htmls()
        .flatMap((p) => parseHtml(text(p)).texts)
        .join('\n');
      for (const bad of HOSTILE) expect(shown.includes(bad.trim()), JSON.stringify(bad)).toBe(true);
      expect(shown.includes('Leiden</svg>')).toBe(true);
      expect(shown.includes('&amp; Almelo')).toBe(true);
    });
  });

  describe('SVG', () => {
    const svgs = () => paths().filter((p) => p.endsWith('.svg'));

    it('every chart is well-formed XML of drawing elements only, with the hostile labels as text', () => {
      expect(svgs().length).toBeGreaterThan(20);
      const drawing = new Set([
        'svg',
        'g',
        'path',
        'rect',
        'line',
        'circle',
        'ellipse',
        'polygon',
        'polyline',
        'text',
        'tspan',
        'title',
        'desc',
        'defs',
        'clipPath',
        'linearGradient',
        'radialGradient',
        'stop',
        'pattern',
        'mask',
        'style',
      ]);
      const shown: string[] = [];
      for (const path of svgs()) {
        const { elements, text: t } = parseXml(text(path));
        shown.push(...t);
        for (const e of elements) {
          expect(drawing.has(e.name), `${path} <${e.name}>`).toBe(true);
          for (const [name, value] of Object.entries(e.attributes)) {
            expect(name, `${path} <${e.name} ${name}>`).not.toMatch(/^on/i);
            expect(name, `${path} <${e.name} ${name}>`).not.toMatch(/href$/i);
            expect(value, `${path} <${e.name} ${name}>`).not.toMatch(/javascript:/i);
          }
        }
      }
      const all = shown.join('\n');
      for (const bad of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', '&amp;'])
        expect(all.includes(bad), bad).toBe(true);
    });
  });

  describe('Vega-Lite specs', () => {
    const EXPRESSIONS = new Set(['expr', 'labelExpr', 'signal', 'calculate', 'filter', 'test', 'update']);

    /** Every string under one of `keys` (at any depth) of `value`. */
    function stringsUnder(
      value: unknown,
      keys: (key: string) => boolean,
      key = '',
      out: string[] = [],
    ): string[] {
      if (Array.isArray(value)) for (const v of value) stringsUnder(v, keys, key, out);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) stringsUnder(v, keys, k, out);
      else if (typeof value === 'string' && keys(key)) out.push(value);
      return out;
    }

    it('no label reaches an expression: expressions name fields and parameters, and quote only number formats', () => {
      const specs = paths().filter((p) => p.endsWith('.vl.json'));
      expect(specs.length).toBeGreaterThan(20);
      let data = '';
      for (const path of specs) {
        const spec = JSON.parse(text(path));
        for (const expr of stringsUnder(spec, (k) => EXPRESSIONS.has(k))) {
          for (const bad of HOSTILE) expect(expr, path).not.toContain(bad.trim());
          // String literals in an expression are d3 number formats ('.0%'), nothing else.
          for (const literal of expr.match(/'[^']*'|"[^"]*"/g) ?? [])
            expect(literal, `${path}: ${expr}`).toMatch(/^'[.,~$%+\-0-9a-z]{0,8}'$/);
          expect(expr.replace(/'[^']*'/g, ''), `${path}: ${expr}`).toMatch(/^[\w.[\]()!=<>&|+\-*/%?:, ]*$/);
        }
        for (const field of stringsUnder(spec, (k) => k === 'field'))
          expect(field, path).toMatch(/^[A-Za-z_]\w*$/);
        data += JSON.stringify(stringsUnder(spec, (k) => !EXPRESSIONS.has(k)));
      }
      // The labels are in the specs all the same, as data.
      for (const bad of ['<script>alert(1)</script>', '{{datum.x}}', "datum['x']", '"}, "signal": "alert(1)'])
        expect(data.includes(JSON.stringify(bad).slice(1, -1)), bad).toBe(true);
    });
  });

  describe('CSV', () => {
    it('no text field starts with = + - @ TAB or CR unless defused with a leading apostrophe', () => {
      const csvs = paths().filter((p) => p.endsWith('.csv'));
      expect(csvs.length).toBeGreaterThanOrEqual(6);
      const NUMERIC = new Set([
        'n',
        'estimate',
        'ci_low',
        'ci_high',
        'n_other',
        'p_value',
        'q_value',
        'n_eff',
        'row',
      ]);
      let defused = 0;
      for (const path of csvs) {
        const parsed = Papa.parse<string[]>(text(path), { skipEmptyLines: true });
        expect(parsed.errors, path).toEqual([]);
        const [header, ...rows] = parsed.data;
        for (const row of rows) {
          expect(row.length, path).toBe(header!.length);
          row.forEach((field, i) => {
            const column = header![i]!;
            if (NUMERIC.has(column))
              expect(field, `${path} ${column}`).toMatch(/^(-?\d+(\.\d+)?(e-?\d+)?)?$/);
            else expect(field, `${path} ${column}`).not.toMatch(/^[=+\-@\t\r\0]/);
            if (/^'[=+\-@\t\r]/.test(field)) defused++;
          });
        }
      }
      expect(defused).toBeGreaterThan(0);
      // The respondent ids with a formula in front are in the ledger, defused.
      const ledger = new Set(
        Papa.parse<Record<string, string>>(text('respondents.csv'), { header: true }).data.map(
          (r) => r.respondent_id,
        ),
      );
      expect(inputs.ids.length).toBeGreaterThan(5);
      // (Cells are read trimmed, so `\t=1R0091` is the id `=1R0091`.)
      for (const id of inputs.ids) expect(ledger.has(`'${id.trim()}`), id).toBe(true);
    });
  });

  describe('workbook', () => {
    const books = () => paths().filter((p) => p.endsWith('.xlsx'));

    it('holds no formula and no hyperlink; every text that starts like a formula is defused', async () => {
      expect(books()).toHaveLength(2);
      for (const path of books()) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(writer.files.get(path)!) as unknown as ArrayBuffer);
        let texts = 0;
        let defused = 0;
        wb.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              expect(
                [ExcelJS.ValueType.Formula, ExcelJS.ValueType.Hyperlink],
                `${path} ${sheet.name}!${cell.address}`,
              ).not.toContain(cell.type);
              const v = cell.value;
              const strings =
                typeof v === 'string'
                  ? [v]
                  : v && typeof v === 'object' && 'richText' in v
                    ? v.richText.map((r) => r.text)
                    : [];
              if (strings.length > 0) texts++;
              if (strings[0] !== undefined) {
                expect(strings[0], `${path} ${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@\t\r\0]/);
                if (/^'[=+\-@]/.test(strings[0])) defused++;
              }
            }),
          ),
        );
        expect(texts, path).toBeGreaterThan(100);
        expect(defused, path).toBeGreaterThan(0);
      }
    });

    it('its XML parts are well-formed, with no <f> element and no link outside the file', async () => {
      for (const path of books()) {
        const parts = await xlsxParts(path);
        let strings = '';
        for (const [name, xml] of parts) {
          if (name.endsWith('.vml')) continue; // VML comments' shapes are not strict XML.
          const { elements, text: t } = parseXml(xml);
          expect(
            elements.filter((e) => e.name === 'f'),
            `${path} ${name}`,
          ).toEqual([]);
          for (const e of elements) {
            expect(e.attributes.TargetMode, `${path} ${name}`).not.toBe('External');
            expect(e.attributes.Target ?? '', `${path} ${name}`).not.toMatch(/^[a-z]+:/i);
          }
          strings += t.join('\n');
        }
        // The defused text is stored as text, hostile markup included.
        expect(strings.includes(`'${FORMULAS[0]}`), path).toBe(true);
        expect(strings.includes('<script>alert(1)</script>'), path).toBe(true);
      }
    });
  });

  describe('personal data', () => {
    /** Lower case, NFKC, letters and digits only: `06–12 34` and `０６１２３４` both become `061234`. */
    const compact = (s: string) =>
      s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');

    /** Every text of every output: HTML and SVG text and attributes, JSON strings, CSV fields, workbook strings. */
    async function everyText(): Promise<{ path: string; texts: string[] }[]> {
      const out: { path: string; texts: string[] }[] = [];
      for (const path of paths()) {
        if (path.endsWith('.png')) continue;
        if (path.endsWith('.html')) {
          const { tags, texts } = parseHtml(text(path));
          out.push({
            path,
            texts: [
              ...texts,
              ...tags.flatMap((t) => t.attributes.map(([, v]) => v)),
              ...tags.map((t) => t.raw ?? ''),
            ],
          });
        } else if (path.endsWith('.svg')) {
          const { elements, text: t } = parseXml(text(path));
          out.push({ path, texts: [...t, ...elements.flatMap((e) => Object.values(e.attributes))] });
        } else if (path.endsWith('.json')) {
          const strings: string[] = [];
          JSON.stringify(JSON.parse(text(path)), (_, v) => {
            if (typeof v === 'string') strings.push(v);
            return v;
          });
          out.push({ path, texts: strings });
        } else if (path.endsWith('.csv')) {
          out.push({ path, texts: Papa.parse<string[]>(text(path)).data.flat() });
        } else if (path.endsWith('.xlsx')) {
          const texts: string[] = [];
          for (const [, xml] of await xlsxParts(path))
            for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>|="([^"]*)"/g))
              texts.push(decodeEntities(m[1] ?? m[2] ?? ''));
          out.push({ path, texts });
        } else throw new Error(`an output this test does not read: ${path}`);
      }
      return out;
    }

    it('no value reaches any output, neither as written nor with its spaces, dashes and full-width digits undone', async () => {
      const files = await everyText();
      expect(files.length).toBe(paths().filter((p) => !p.endsWith('.png')).length);
      for (const { path, texts } of files) {
        const raw = texts.join('\n');
        const squeezed = texts.map(compact);
        for (const [kind, value] of PII) {
          expect(raw.includes(value), `${path}: ${kind} ${value}`).toBe(false);
          const key = compact(value);
          expect(
            squeezed.some((t) => t.includes(key)),
            `${path}: ${kind} ${key}`,
          ).toBe(false);
        }
      }
    });

    it('the quotes show placeholders instead, and the manifest counts them per kind, never the values', () => {
      const shown = paths()
        .filter((p) => p.endsWith('/regioscan.html'))
        .flatMap((p) => parseHtml(text(p)).texts)
        .join('\n');
      for (const placeholder of ['[e-mail]', '[telefoon]', '[postcode]', '[IBAN]', '[BSN]'])
        expect(shown.includes(placeholder), placeholder).toBe(true);
      // Every quoted answer holds one bundle of every value (hostile-fixture.ts), so each kind is
      // counted the same number of times: its number per bundle times the number of quotes.
      const { redactions } = JSON.parse(text('manifest.json'));
      const per = piiPerBundle();
      expect(Object.keys(redactions).sort()).toEqual([...PII_KINDS].sort());
      const quotes = redactions.email / per.email;
      expect(quotes).toBeGreaterThan(0);
      expect(Number.isInteger(quotes)).toBe(true);
      for (const kind of PII_KINDS) expect(redactions[kind], kind).toBe(quotes * per[kind]);
    });
  });
});
