/**
 * The hazards of issue 10.1 on the command line: each ends with exit 1 and a message that names the
 * file and the limit (or the damage), never a crash, a stack trace or exit 3; `validate` stops on
 * what `run` stops on. Every file is made by the test, the large ones generated.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { DEFAULT_LIMITS, limitMessage, parseLimitOptions } from '../../src/ingest/limits.js';
import { SHEET, STRINGS, workbookParts, zip } from '../ingest/xlsx-parts.js';

let dir: string;
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
    out,
    err,
    text: () => [...out, ...err].join('\n'),
  };
};
const at = (name: string) => join(dir, name);
const here = (f: string) => join(import.meta.dirname, '..', 'cases', f);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-limits-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A codebook of a region question (Noord, Zuid) and one Likert item v1, with `extra` scales. */
function codebook(scale: { code: number; label: { nl: string; en: string } }[] = []) {
  const likert = [1, 2, 3, 4, 5].map((code) => ({
    code,
    label: { nl: `optie ${code}`, en: `option ${code}` },
  }));
  return {
    survey: { id: 's', title: { nl: 'Scan', en: 'Scan' } },
    region: { question: 'regio', level: 'region' },
    blocks: [{ id: 'A', title: { nl: 'Vragen', en: 'Questions' } }],
    scales: [
      {
        id: 'regio',
        options: [
          { code: 1, label: { nl: 'Noord', en: 'Noord' } },
          { code: 2, label: { nl: 'Zuid', en: 'Zuid' } },
        ],
      },
      { id: 'vijf', options: scale.length > 0 ? scale : likert },
    ],
    questions: [
      {
        id: 'regio',
        block: 'A',
        type: 'single',
        column: 'regio',
        scale: 'regio',
        text: { nl: 'Regio', en: 'Region' },
      },
      {
        id: 'v1',
        block: 'A',
        type: scale.length > 0 ? 'single' : 'likert',
        column: 'v1',
        scale: 'vijf',
        text: { nl: 'Stelling', en: 'Statement' },
      },
    ],
  };
}

async function files(rows: number) {
  const lines = ['regio,v1'];
  for (let i = 0; i < rows; i++) lines.push(`${i % 2 ? 'Noord' : 'Zuid'},${(i % 5) + 1}`);
  await writeFile(at('ok.csv'), `${lines.join('\n')}\n`);
  await writeFile(at('cb.json'), JSON.stringify(codebook()));
}

async function workbook(name: string, far: Record<string, string | number>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.addRow(['regio', 'v1']);
  for (let i = 0; i < 40; i++) ws.addRow([i % 2 ? 'Noord' : 'Zuid', (i % 5) + 1]);
  for (const [ref, value] of Object.entries(far)) ws.getCell(ref).value = value;
  await wb.xlsx.writeFile(at(name));
}

describe('a workbook with one cell at the far end of the sheet', () => {
  it('XFD1048576: init, validate and run stop at once with the columns limit, naming the cell', async () => {
    await files(40);
    await workbook('xfd.xlsx', { XFD1048576: 'x' });
    const expected = limitMessage.sheetColumns('XFD1048576', 16384, DEFAULT_LIMITS);
    for (const args of [
      ['init', at('xfd.xlsx'), '--out', at('xfd.json')],
      ['validate', '--input', at('xfd.xlsx'), '--codebook', at('cb.json')],
      ['run', '--input', at('xfd.xlsx'), '--codebook', at('cb.json'), '--out', at('out-xfd'), '--quiet'],
    ]) {
      const c = capture();
      expect(await main(args, c.io), args[0]).toBe(1);
      expect(c.err.join('\n')).toContain(expected);
      expect(c.err.join('\n')).toContain('row 1048576, column XFD');
    }
  });

  it('A1048576: the cell is read as the 41st response, and init, validate and run succeed', async () => {
    await files(40);
    await workbook('a.xlsx', { A1048576: 'Noord', B1048576: 4 });
    const init = capture();
    expect(await main(['init', at('a.xlsx'), '--out', at('a.json')], init.io)).toBe(0);
    const v = capture();
    expect(await main(['validate', '--input', at('a.xlsx'), '--codebook', at('cb.json')], v.io)).toBe(0);
    expect(v.out.join('\n')).toContain('xlsx, 41 rows');
    expect(v.out.join('\n')).toContain('41 respondents would be included');
    const run = capture();
    expect(
      await main(
        ['run', '--input', at('a.xlsx'), '--codebook', at('cb.json'), '--out', at('out-a'), '--quiet'],
        run.io,
      ),
    ).toBe(0);
    const ledger = await readFile(at('out-a/respondents.csv'), 'utf8');
    expect(ledger).toContain(',1048576,');
  }, 120_000);
});

describe('data-sized lists', () => {
  it('init on 124,000 distinct open answers: an open question, no options listed', async () => {
    const lines = ['regio,toelichting'];
    for (let i = 0; i < 124_000; i++) lines.push(`${i % 2 ? 'Noord' : 'Zuid'},antwoord nummer ${i}`);
    await writeFile(at('open.csv'), `${lines.join('\n')}\n`);
    const c = capture();
    expect(await main(['init', at('open.csv'), '--out', at('open.json')], c.io)).toBe(0);
    const written = JSON.parse(await readFile(at('open.json'), 'utf8'));
    const q = written.questions.find((x: { id: string }) => x.id === 'toelichting');
    expect(q.type).toBe('open');
    expect(Math.max(0, ...written.scales.map((s: { options: unknown[] }) => s.options.length))).toBeLessThan(
      10,
    );
  }, 120_000);

  it('validate on 124,000 row errors: exit 1, every error listed and counted, no stack overflow', async () => {
    const lines = ['regio,v1'];
    for (let i = 0; i < 124_000; i++) lines.push(`Noord,x${i}`);
    await writeFile(at('errors.csv'), `${lines.join('\n')}\n`);
    await files(10);
    const c = capture();
    expect(await main(['validate', '--input', at('errors.csv'), '--codebook', at('cb.json')], c.io)).toBe(1);
    expect(c.out.join('\n')).toContain('124000 error(s)');
    expect(c.err.join('\n')).toMatch(/✖ 124000 × \w+/);
  }, 120_000);

  it('a scale of 200,000 options: validate and run exit 1 naming the scale and the limit', async () => {
    await files(40);
    const options = Array.from({ length: 200_000 }, (_, i) => ({
      code: i + 1,
      label: { nl: `o${i}`, en: `o${i}` },
    }));
    await writeFile(at('huge.json'), JSON.stringify(codebook(options)));
    const expected = limitMessage.options('vijf', 200_000, DEFAULT_LIMITS);
    for (const args of [
      ['validate', '--input', at('ok.csv'), '--codebook', at('huge.json')],
      ['run', '--input', at('ok.csv'), '--codebook', at('huge.json'), '--out', at('out-huge'), '--quiet'],
    ]) {
      const c = capture();
      expect(await main(args, c.io), args[0]).toBe(1);
      expect(c.err.join('\n')).toContain(expected);
    }
  }, 120_000);
});

describe('control characters in headings and labels', () => {
  it('init strips them from texts (the column keeps its spelling), and run renders the report', async () => {
    const lines = ['regio,"Hoe\u0007 tevreden\u001b[2J bent u?"'];
    for (let i = 0; i < 40; i++) lines.push(`${i % 2 ? 'Noord' : 'Zuid'},${(i % 5) + 1}`);
    await writeFile(at('control.csv'), `${lines.join('\n')}\n`);
    expect(await main(['init', at('control.csv'), '--out', at('control.json')], capture().io)).toBe(0);
    const written = await readFile(at('control.json'), 'utf8');
    const book = JSON.parse(written);
    const texts: string[] = book.questions.flatMap((q: { text: { nl: string; en: string } }) => [
      q.text.nl,
      q.text.en,
    ]);
    expect(texts).toContain('Hoe tevreden[2J bent u?');
    expect(texts.filter((t) => /\p{Cc}/u.test(t))).toEqual([]);
    expect(book.questions.some((q: { column: string }) => q.column.includes('\u0007'))).toBe(true);
    const c = capture();
    expect(
      await main(
        [
          'run',
          '--input',
          at('control.csv'),
          '--codebook',
          at('control.json'),
          '--out',
          at('out-c'),
          '--quiet',
        ],
        c.io,
      ),
    ).toBe(0);
  }, 180_000);
});

describe('damaged workbooks', () => {
  it('a truncated XLSForm codebook: validate and run exit 1, the file named as damaged', async () => {
    await files(40);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('survey').addRow(['type', 'name', 'label']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await writeFile(at('form.xlsx'), bytes.subarray(0, bytes.length >> 1));
    for (const args of [
      ['validate', '--input', at('ok.csv'), '--codebook', at('form.xlsx')],
      ['run', '--input', at('ok.csv'), '--codebook', at('form.xlsx'), '--out', at('out-f'), '--quiet'],
    ]) {
      const c = capture();
      expect(await main(args, c.io)).toBe(1);
      expect(c.err.join('\n')).toContain('✖ the XLSX file is damaged: it ends before its ZIP directory');
      expect(c.err.join('\n')).toContain(`→ ${at('form.xlsx')}`);
      expect(c.err.join('\n')).not.toContain('internal error');
    }
  });

  it('an export that refers to a shared string it lacks: exit 1 naming the cell', async () => {
    await files(40);
    const sheet = SHEET.replace('<c r="A2" t="s"><v>2</v>', '<c r="A2" t="s"><v>999</v>');
    await writeFile(at('ss.xlsx'), zip(workbookParts(sheet, STRINGS)));
    const c = capture();
    expect(await main(['validate', '--input', at('ss.xlsx'), '--codebook', at('cb.json')], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain(
      'the XLSX file is damaged: cell A2 of xl/worksheets/sheet1.xml refers to shared string 999',
    );
  });
});

describe('--limit NAME=VALUE', () => {
  it('a limit set small stops validate, run and init with exit 1 and says how to raise it', async () => {
    await files(40);
    const limits = parseLimitOptions(['rows=20']);
    for (const args of [
      ['validate', '--input', at('ok.csv'), '--codebook', at('cb.json'), '--limit', 'rows=20'],
      [
        'run',
        '--input',
        at('ok.csv'),
        '--codebook',
        at('cb.json'),
        '--out',
        at('out-l'),
        '--quiet',
        '--limit',
        'rows=20',
      ],
      ['init', at('ok.csv'), '--out', at('l.json'), '--limit', 'rows=20'],
    ]) {
      const c = capture();
      expect(await main(args, c.io), args[0]).toBe(1);
      expect(c.err.join('\n')).toContain(limitMessage.rows(limits));
      expect(c.err.join('\n')).toContain('row 21');
    }
    const size = capture();
    expect(
      await main(
        ['validate', '--input', at('ok.csv'), '--codebook', at('cb.json'), '--limit', 'file-size=100'],
        size.io,
      ),
    ).toBe(1);
    expect(size.err.join('\n')).toContain('--limit file-size=NUMBER');
  });

  it('an unknown limit or a value that is not a number is a usage error (exit 2)', async () => {
    await files(10);
    for (const value of ['lines=5', 'rows=many']) {
      const c = capture();
      expect(
        await main(
          ['validate', '--input', at('ok.csv'), '--codebook', at('cb.json'), '--limit', value],
          c.io,
        ),
      ).toBe(2);
      expect(c.err.join('\n')).toContain(`--limit ${value}: expected NAME=NUMBER`);
    }
  });
});

describe('validate stops on what run stops on', () => {
  it('a margin raking cannot reach is found by validate, as run finds it', async () => {
    const book = JSON.parse(await readFile(here('mini/codebook.json'), 'utf8'));
    book.scales
      .find((x: { id: string }) => x.id === 'rol')
      .options.push({ code: 3, label: { nl: 'ambtenaar', en: 'civil servant' } });
    await writeFile(at('rake-cb.json'), JSON.stringify(book));
    await writeFile(
      at('margins.csv'),
      'margin,category,population\nrol,inwoner,380000\nrol,professional,20000\nrol,ambtenaar,5000\n',
    );
    const input = ['--input', here('weighted/export.csv'), '--regions', here('weighted/regions.json')];
    const c = capture();
    expect(
      await main(['validate', ...input, '--codebook', at('rake-cb.json'), '--rake', at('margins.csv')], c.io),
    ).toBe(1);
    expect(c.err.join('\n')).toContain('margin rol: category "ambtenaar" has a population but no respondent');
  });
});
