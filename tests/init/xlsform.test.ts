/**
 * `parseXlsForm` on the fixture form of tests/fixtures/init (written by make-fixtures.ts), checked
 * against the form by eye: the codebook parses under the zod schema, its references hold, and the
 * KoboToolbox export of the same form maps to the expected codes.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/ingest/codebook.js';
import { InputError } from '../../src/ingest/errors.js';
import { readSurvey, regionTableFromCodebook } from '../../src/ingest/index.js';
import { parseXlsForm } from '../../src/ingest/xlsform.js';
import { todo } from '../../src/init/messages.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { MISSING_TICK } from '../../src/model/survey.js';
import { xlsFormExport } from '../fixtures/init/make-fixtures.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/init/${name}`, import.meta.url));
let input: CodebookInput;
let codebook: Codebook;
beforeAll(async () => {
  input = await parseXlsForm(new Uint8Array(await readFile(fixture('xlsform.xlsx'))), 'xlsform.xlsx');
  codebook = Codebook.parse(input);
});
const question = (id: string) => codebook.questions.find((q) => q.id === id);
const scale = (id: string) => codebook.scales.find((s) => s.id === id);

describe('parseXlsForm', () => {
  it('parses under the zod schema with every reference in place and no todo', () => {
    expect(checkReferences(codebook)).toEqual([]);
    expect(codebook.todo).toEqual([]);
    expect(codebook.questions.filter((q) => q.todo)).toEqual([]);
    expect(codebook.survey).toEqual({
      id: 'regioscan_xlsform',
      title: { nl: 'Regioscan participatie (XLSForm)', en: 'Regioscan participatie (XLSForm)' },
    });
  });

  it('top-level groups are blocks; a question after the groups goes to block A; note, calculate and start are no questions', () => {
    expect(codebook.blocks).toEqual([
      { id: 'achtergrond', title: { nl: 'Achtergrond', en: 'Background' } },
      { id: 'randvoorwaarden', title: { nl: 'Randvoorwaarden', en: 'Conditions' } },
      { id: 'A', title: { nl: 'Vragen', en: 'Questions' } },
    ]);
    expect(codebook.questions.map((q) => [q.id, q.type, q.block])).toEqual([
      ['regio', 'single', 'achtergrond'],
      ['rol', 'single', 'achtergrond'],
      ['leeftijd', 'numeric', 'achtergrond'],
      ['D1', 'likert', 'randvoorwaarden'],
      ['D2', 'likert', 'randvoorwaarden'],
      ['vormen', 'multi', 'randvoorwaarden'],
      ['opmerking', 'open', 'A'],
    ]);
  });

  it('labels in both languages; numeric bounds from the constraint; group paths as other headings', () => {
    expect(question('regio')?.text).toEqual({
      nl: 'In welke regio woont of werkt u?',
      en: 'In which region do you live or work?',
    });
    expect(question('leeftijd')).toMatchObject({ min: 16, max: 110 });
    expect(question('D1')?.headers).toContain('randvoorwaarden/D1');
    expect(question('vormen')).toMatchObject({ column: 'vormen', separator: ' ' });
  });

  it('numeric choice names are the codes ("9 Weet niet" missing); other names get 1…k with the name as alias', () => {
    expect(scale('eens')?.options.map((o) => [o.code, o.label.nl])).toEqual([
      [1, 'Helemaal oneens'],
      [2, 'Oneens'],
      [3, 'Neutraal'],
      [4, 'Eens'],
      [5, 'Helemaal eens'],
    ]);
    expect(scale('eens')?.missing).toEqual([
      { code: 9, label: { nl: 'Weet niet', en: "Don't know" }, aliases: [] },
    ]);
    expect(scale('vormen')?.options.map((o) => [o.code, o.aliases])).toEqual([
      [1, ['panel']],
      [2, ['clientenraad']],
      [3, ['enquete']],
    ]);
  });

  it('finds the region (level region) and splits the role list into residents and professionals', () => {
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    // rol: 1 Inwoner, 2 Naaste of mantelzorger, 3 Professional bij een gemeente.
    expect(codebook.role).toEqual({ question: 'rol', residents: [1, 2], professionals: [3] });
  });

  it('maps the KoboToolbox export (group paths in headings, choice names, space-joined multi)', async () => {
    const { survey, issues } = await readSurvey(
      [{ file: 'xlsform-export.csv', bytes: new TextEncoder().encode(xlsFormExport) }],
      { codebook, regions: regionTableFromCodebook(codebook) },
    );
    expect(issues).toEqual([]);
    expect(survey.size).toBe(3);
    const codes = (id: string) => {
      const c = survey.columns.get(id);
      return c?.kind === 'code' ? [...c.codes] : null;
    };
    expect(codes('regio')).toEqual([1, 2, 1]);
    expect(codes('rol')).toEqual([1, 3, 2]);
    expect(codes('D1')).toEqual([4, 2, 5]);
    expect(codes('D2')).toEqual([9, 3, 5]);
    const vormen = survey.columns.get('vormen');
    // One array per option (panel, clientenraad, enquete), one entry per respondent: respondent 1
    // chose "panel enquete", 2 "clientenraad", 3 nothing (not answered).
    expect(vormen?.kind === 'multi' && vormen.ticks.map((t) => [...t])).toEqual([
      [1, 0, MISSING_TICK],
      [0, 1, MISSING_TICK],
      [1, 0, MISSING_TICK],
    ]);
    expect(survey.regions.regions.map((r) => r.name)).toEqual(['Leidse Regio', 'Rijnstreek']);
  });

  it('reads "begin group" spelled with a space and a plain label column; without a region question, a todo', async () => {
    const workbook = new ExcelJS.Workbook();
    const rows = {
      survey: [
        ['type', 'name', 'label'],
        ['begin group', 'g1', 'Deel 1'],
        ['select_one jn', 'hub', 'Doet u mee aan de hub?'],
        ['end group', '', ''],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['jn', 'ja', 'Ja'],
        ['jn', 'nee', 'Nee'],
      ],
    };
    for (const [name, sheetRows] of Object.entries(rows)) workbook.addWorksheet(name).addRows(sheetRows);
    const form = await parseXlsForm(new Uint8Array(await workbook.xlsx.writeBuffer()), 'hub.xlsx');
    expect(form.blocks).toEqual([{ id: 'g1', title: { nl: 'Deel 1', en: 'Deel 1' } }]);
    expect(form.questions).toMatchObject([
      {
        id: 'hub',
        type: 'single',
        scale: 'jn',
        block: 'g1',
        headers: ['g1/hub', 'g1-hub', 'Doet u mee aan de hub?'],
      },
    ]);
    expect(form.todo).toEqual([todo.noRegion()]);
    expect(form.region.question).toBe('');
  });

  it('a question whose choice list is missing from the choices sheet is refused', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('survey').addRows([
      ['type', 'name', 'label'],
      ['select_one regio', 'regio', 'Regio'],
    ]);
    workbook.addWorksheet('choices').addRows([['list_name', 'name', 'label']]);
    await expect(
      parseXlsForm(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx'),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('a workbook without a survey sheet is refused as no XLSForm', async () => {
    const bytes = new Uint8Array(
      await readFile(fileURLToPath(new URL('../fixtures/formats/msforms.xlsx', import.meta.url))),
    );
    await expect(parseXlsForm(bytes, 'msforms.xlsx')).rejects.toBeInstanceOf(InputError);
  });
});
