/**
 * `initCodebook` on small literal exports: each test writes the export it reads, and the codebook
 * expected by hand from the rules in the issue (numeric 1–5 codes → Likert; Dutch agreement labels
 * in their natural order with "weet niet" as missing; ticks → multi with columns; joined options →
 * multi with separator; role words → residents/professionals). Where the export leaves a doubt, init
 * takes the default documented in src/init/index.ts and says so in a note; only a missing region
 * question leaves a todo.
 */
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/ingest/codebook.js';
import { initCodebook } from '../../src/init/index.js';
import { note, todo } from '../../src/init/messages.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const init = (csv: string, file = 'export.csv') => initCodebook({ file, bytes: utf8(csv) });
const question = (cb: CodebookInput, id: string) => cb.questions.find((q) => q.id === id);
const scale = (cb: CodebookInput, id: string) => cb.scales.find((s) => s.id === id);
const labels = (cb: CodebookInput, id: string) => scale(cb, id)?.options.map((o) => [o.code, o.label.nl]);

/** The codebook parses under the schema and every reference in it points at something. */
function expectValid(cb: CodebookInput): Codebook {
  const parsed = Codebook.parse(cb);
  expect(checkReferences(parsed)).toEqual([]);
  return parsed;
}

describe('initCodebook: a plain CSV', () => {
  const csv = [
    'id,regio,D1,D2,D3,leeftijd,opmerking',
    '1,Leidse Regio,4,5,3,34,Prima',
    '2,Rijnstreek,2,3,2,51,',
    '3,Leidse Regio,5,4,4,28,Te weinig tijd om mee te doen',
    '4,Duin- en Bollenstreek,1,2,1,67,',
    '5,Rijnstreek,3,3,5,45,Goed',
    '6,Leidse Regio,4,4,4,39,',
  ].join('\n');

  it('numeric 1–5 items are Likert items on one scale labelled "1"…"5", with a note and no todo', async () => {
    const { codebook, notes, tool } = await init(csv);
    expect(tool).toBe('generic');
    for (const id of ['D1', 'D2', 'D3'])
      expect(question(codebook, id)).toMatchObject({ type: 'likert', column: id, scale: 'likert5' });
    expect(labels(codebook, 'likert5')).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '4'],
      [5, '5'],
    ]);
    expect(scale(codebook, 'likert5')?.options[4]?.label.en).toBe('5');
    expect(notes).toContain(note.bareNumbers('likert5', 5));
    expect(codebook.todo ?? []).toEqual([]);
    expect(codebook.questions.filter((q) => q.todo)).toEqual([]);
    expectValid(codebook);
  });

  it('regio is the region question (level region) listing its distinct values; id is the respondent id', async () => {
    const { codebook } = await init(csv);
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    expect(question(codebook, 'regio')).toMatchObject({ type: 'single', column: 'regio' });
    // Sorted alphabetically: D < L < R.
    expect(labels(codebook, 'regio')).toEqual([
      [1, 'Duin- en Bollenstreek'],
      [2, 'Leidse Regio'],
      [3, 'Rijnstreek'],
    ]);
    expect(codebook.respondentId).toBe('id');
    expect(codebook.questions.map((q) => q.id)).not.toContain('id');
  });

  it('ages 28–67 are a number with the observed range; "opmerking" is an open answer; no role means a note', async () => {
    const { codebook, notes } = await init(csv);
    expect(question(codebook, 'leeftijd')).toMatchObject({ type: 'numeric', min: 28, max: 67 });
    expect(question(codebook, 'opmerking')).toMatchObject({ type: 'open', column: 'opmerking' });
    expect(codebook.role).toBeUndefined();
    expect(notes).toContain(note.noRole());
    expect(codebook.blocks).toEqual([{ id: 'A', title: { nl: 'Vragen', en: 'Questions' } }]);
  });
});

describe('initCodebook: agreement labels', () => {
  const csv = [
    'regio,stelling_a,stelling_b',
    'Leidse Regio,Helemaal eens,Oneens',
    'Rijnstreek,eens,weet niet',
    'Leidse Regio,Neutraal,Helemaal oneens',
    'Rijnstreek,Oneens,Eens',
    'Leidse Regio,weet niet,"niet eens, niet oneens"',
  ].join('\n');

  it('Dutch agreement labels become one Likert scale in natural order, "weet niet" missing with code 9', async () => {
    const { codebook } = await init(csv);
    expect(question(codebook, 'stelling_a')).toMatchObject({ type: 'likert', scale: 'eens5' });
    expect(question(codebook, 'stelling_b')).toMatchObject({ type: 'likert', scale: 'eens5' });
    expect(labels(codebook, 'eens5')).toEqual([
      [1, 'helemaal oneens'],
      [2, 'oneens'],
      [3, 'neutraal'],
      [4, 'eens'],
      [5, 'helemaal eens'],
    ]);
    expect(scale(codebook, 'eens5')?.missing).toEqual([
      { code: 9, label: { nl: 'weet niet', en: "don't know" } },
    ]);
    expect(scale(codebook, 'eens5')?.options.map((o) => o.label.en)).toEqual([
      'strongly disagree',
      'disagree',
      'neither agree nor disagree',
      'agree',
      'strongly agree',
    ]);
    expectValid(codebook);
  });

  it('English labels map onto the same scale', async () => {
    const { codebook } = await init(
      [
        'region,q1',
        'North,Strongly agree',
        'South,Disagree',
        'North,Neither agree nor disagree',
        "South,Don't know",
      ].join('\n'),
    );
    expect(question(codebook, 'q1')).toMatchObject({ type: 'likert', scale: 'eens5' });
    // The export's spelling equals the English label (case aside), so it needs no alias.
    expect(scale(codebook, 'eens5')?.missing).toEqual([
      { code: 9, label: { nl: 'weet niet', en: "don't know" } },
    ]);
  });
});

describe('initCodebook: multiple choice', () => {
  it('LimeSurvey ticks Q[SQ001] (Y or empty) are one multi with a column per option; [other] ticks "Anders" and its text is open', async () => {
    const { codebook } = await init(
      [
        'regio,vormen[SQ001],vormen[SQ002],vormen[SQ003],vormen[other]',
        'Leidse Regio,Y,,Y,',
        'Rijnstreek,,Y,,buurtkrant',
        'Leidse Regio,Y,,,',
      ].join('\n'),
    );
    expect(question(codebook, 'vormen')).toMatchObject({
      type: 'multi',
      scale: 'vormen',
      columns: [
        { code: 1, column: 'vormen[SQ001]' },
        { code: 2, column: 'vormen[SQ002]' },
        { code: 3, column: 'vormen[SQ003]' },
        { code: 4, column: 'vormen[other]', other: true },
      ],
    });
    expect(labels(codebook, 'vormen')).toEqual([
      [1, 'SQ001'],
      [2, 'SQ002'],
      [3, 'SQ003'],
      [4, 'Anders'],
    ]);
    expect(question(codebook, 'vormen_other')).toMatchObject({ type: 'open', column: 'vormen[other]' });
  });

  it('SurveyMonkey-style "Question [Option]" columns holding the label when ticked take the label as option', async () => {
    const { codebook } = await init(
      [
        'regio,Welke vormen kent u? [Panel],Welke vormen kent u? [Cliëntenraad]',
        'Leidse Regio,Panel,',
        'Rijnstreek,,Cliëntenraad',
        'Rijnstreek,Panel,Cliëntenraad',
      ].join('\n'),
    );
    const multi = codebook.questions.find((q) => q.type === 'multi');
    expect(multi).toMatchObject({
      text: { nl: 'Welke vormen kent u?' },
      columns: [
        { code: 1, column: 'Welke vormen kent u? [Panel]' },
        { code: 2, column: 'Welke vormen kent u? [Cliëntenraad]' },
      ],
    });
    expect(labels(codebook, multi!.type === 'multi' ? multi!.scale : '')).toEqual([
      [1, 'Panel'],
      [2, 'Cliëntenraad'],
    ]);
  });

  it('options joined by ";" are one multi with column and separator, options sorted', async () => {
    const { codebook } = await init(
      [
        'regio,vormen',
        'Leidse Regio,Panel;Enquête',
        'Rijnstreek,Panel',
        'Rijnstreek,Cliëntenraad;Panel',
        'Leidse Regio,Enquête',
      ].join('\n'),
    );
    expect(question(codebook, 'vormen')).toMatchObject({
      type: 'multi',
      column: 'vormen',
      separator: ';',
      scale: 'vormen',
    });
    expect(labels(codebook, 'vormen')).toEqual([
      [1, 'Cliëntenraad'],
      [2, 'Enquête'],
      [3, 'Panel'],
    ]);
  });

  it('free text with commas is not mistaken for options joined by ", "', async () => {
    const { codebook } = await init(
      [
        'regio,toelichting',
        'Leidse Regio,"Goed, maar te laat betrokken"',
        'Rijnstreek,"Slecht, er is geen terugkoppeling gekomen"',
        'Rijnstreek,Prima zo',
      ].join('\n'),
    );
    expect(question(codebook, 'toelichting')).toMatchObject({ type: 'open' });
  });
});

describe('initCodebook: survey title', () => {
  it("is the file name, with a note to set the questionnaire's name, which every cover shows", async () => {
    const { codebook, notes } = await init('regio,D1\nLeidse Regio,4\nRijnstreek,2', 'mijn-export.csv');
    expect(codebook.survey.title).toEqual({ nl: 'mijn-export', en: 'mijn-export' });
    expect(notes).toContain(note.surveyTitle('mijn-export'));
  });
});

describe('initCodebook: role', () => {
  it('rol values split by their words into residents and professionals', async () => {
    const { codebook, notes } = await init(
      [
        'regio,rol,D1',
        'Leidse Regio,Inwoner,4',
        'Rijnstreek,Professional bij een zorgaanbieder,2',
        'Leidse Regio,Mantelzorger,5',
        'Rijnstreek,Beleidsmedewerker gemeente,3',
      ].join('\n'),
    );
    // Sorted: Beleidsmedewerker gemeente 1, Inwoner 2, Mantelzorger 3, Professional bij een zorgaanbieder 4.
    expect(codebook.role).toEqual({ question: 'rol', residents: [2, 3], professionals: [1, 4] });
    expect(question(codebook, 'rol')?.todo).toBeUndefined();
    expect(notes).toContain(
      note.role(
        'rol',
        ['Inwoner', 'Mantelzorger'],
        ['Beleidsmedewerker gemeente', 'Professional bij een zorgaanbieder'],
      ),
    );
  });

  it('a role answer no word places is on neither side, with a note naming it and no todo', async () => {
    const { codebook, notes } = await init(
      ['regio,Wat is uw rol?', 'Leidse Regio,Inwoner', 'Rijnstreek,Anders', 'Rijnstreek,Cliënt'].join('\n'),
    );
    // Sorted: Anders 1, Cliënt 2, Inwoner 3; "Anders" (1) is on neither side.
    expect(codebook.role).toEqual({ question: 'wat_is_uw_rol', residents: [2, 3], professionals: [] });
    expect(labels(codebook, 'wat_is_uw_rol')).toEqual([
      [1, 'Anders'],
      [2, 'Cliënt'],
      [3, 'Inwoner'],
    ]);
    expect(question(codebook, 'wat_is_uw_rol')?.todo).toBeUndefined();
    expect(notes).toContain(note.rolesUnplaced('Wat is uw rol?', ['Anders']));
    expect(notes).not.toContain(note.noRole());
  });

  it('without a column named so, the one whose answers are roles is the role question, with a note', async () => {
    const { codebook, notes } = await init(
      [
        'regio;Ik ben;Mijn inbreng telt',
        'Leidse Regio;Inwoner met zorgvraag;Mee eens',
        'Rijnstreek;Professional gemeente;Neutraal',
        'Leidse Regio;Cliëntvertegenwoordiger;Mee oneens',
        'Rijnstreek;Professional zorgaanbieder;Mee eens',
        'Rijnstreek;Anders;Neutraal',
      ].join('\n'),
    );
    // Sorted: Anders 1, Cliëntvertegenwoordiger 2, Inwoner met zorgvraag 3, Professional gemeente 4,
    // Professional zorgaanbieder 5; "Anders" is on neither side.
    expect(codebook.role).toEqual({ question: 'ik_ben', residents: [2, 3], professionals: [4, 5] });
    expect(notes).toContain(note.roleByAnswers('Ik ben'));
    expect(notes).toContain(note.rolesUnplaced('Ik ben', ['Anders']));
    expect(notes).not.toContain(note.noRole());
    // The Likert answers say nothing of a role.
    expect(question(codebook, 'mijn_inbreng_telt')?.type).toBe('likert');
  });

  it('answers of one side only, or two answers no word places, do not make a role question', async () => {
    for (const column of [
      ['Inwoner', 'Mantelzorger', 'Cliënt'],
      ['Inwoner', 'Professional', 'Anders', 'Weet niet'],
    ]) {
      const rows = column.map((v, k) => `${k % 2 ? 'Rijnstreek' : 'Leidse Regio'},${v},${(k % 5) + 1}`);
      const { codebook, notes } = await init(['regio,Ik ben,D1', ...rows].join('\n'));
      expect(codebook.role).toBeUndefined();
      expect(notes).toContain(note.noRole());
      expect(notes).not.toContain(note.roleByAnswers('Ik ben'));
    }
  });

  it('a column named as the role is taken before one whose answers are roles', async () => {
    const { codebook, notes } = await init(
      [
        'regio,rol,Met wie werkt u samen',
        'Leidse Regio,Inwoner,Gemeente',
        'Rijnstreek,Professional,Inwoners',
        'Rijnstreek,Mantelzorger,Zorgaanbieder',
      ].join('\n'),
    );
    expect(codebook.role?.question).toBe('rol');
    expect(notes.some((n) => n.startsWith('no column is named as the role'))).toBe(false);
  });

  it('a role column none of whose answers is placed gives no role: a single choice and a note', async () => {
    // LimeSurvey answer codes say nothing about the side.
    const { codebook, notes } = await init(
      ['regio,rol', 'Leidse Regio,A1', 'Rijnstreek,A2', 'Rijnstreek,A1'].join('\n'),
    );
    expect(codebook.role).toBeUndefined();
    expect(question(codebook, 'rol')).toEqual({
      id: 'rol',
      text: { nl: 'rol', en: 'rol' },
      column: 'rol',
      type: 'single',
      scale: 'rol',
      block: 'A',
    });
    expect(notes).toContain(note.rolesNone('rol', ['A1', 'A2']));
    expect(notes).not.toContain(note.noRole());
    expect(codebook.todo).toBeUndefined();
  });
});

describe('initCodebook: doubts get a default and a note; only a missing region leaves a todo', () => {
  it('a column of 8 distinct short values in 10 answers is kept as a single choice, with a note', async () => {
    const values = [
      'Leiden',
      'Katwijk',
      'Lisse',
      'Hillegom',
      'Noordwijk',
      'Teylingen',
      'Oegstgeest',
      'Leiden',
      'Lisse',
      'Voorschoten',
    ];
    const csv = ['regio,Q7', ...values.map((v, i) => `${i % 2 ? 'Rijnstreek' : 'Leidse Regio'},${v}`)].join(
      '\n',
    );
    const { codebook, notes } = await init(csv);
    expect(question(codebook, 'Q7')).toMatchObject({ type: 'single', scale: 'Q7' });
    expect(question(codebook, 'Q7')?.todo).toBeUndefined();
    // Dutch collation: Hillegom, Katwijk, Leiden, Lisse, Noordwijk, Oegstgeest, Teylingen, Voorschoten.
    expect(labels(codebook, 'Q7')?.map(([, label]) => label)).toEqual([
      'Hillegom',
      'Katwijk',
      'Leiden',
      'Lisse',
      'Noordwijk',
      'Oegstgeest',
      'Teylingen',
      'Voorschoten',
    ]);
    expect(notes).toContain(note.singleOrOpen('Q7', 8, 10));
    expect(codebook.todo).toBeUndefined();
  });

  it('12, 14, 15, 18 (whole numbers 12–18) are kept as single-choice codes, with a note', async () => {
    const { codebook, notes } = await init(
      [
        'regio,Q9',
        'Leidse Regio,12',
        'Rijnstreek,14',
        'Rijnstreek,15',
        'Leidse Regio,18',
        'Rijnstreek,12',
      ].join('\n'),
    );
    expect(question(codebook, 'Q9')).toEqual({
      id: 'Q9',
      text: { nl: 'Q9', en: 'Q9' },
      column: 'Q9',
      type: 'single',
      scale: 'Q9',
      block: 'A',
    });
    expect(labels(codebook, 'Q9')).toEqual([
      [12, '12'],
      [14, '14'],
      [15, '15'],
      [18, '18'],
    ]);
    expect(notes).toContain(note.codesOrNumber('Q9', 4, 12, 18));
    expect(codebook.todo).toBeUndefined();
  });

  it('no column naming the region leaves a codebook todo', async () => {
    const { codebook } = await init(['D1,D2', '1,2', '4,5', '3,3'].join('\n'));
    expect(codebook.todo).toEqual([todo.noRegion()]);
    expect(codebook.region.question).toBe('');
  });

  it('a municipality column of bare numbers names each "gemeente <code>", matched by its code; a note asks for names', async () => {
    const { codebook, notes } = await init(['gemeente,D1', '3,1', '7,4', '3,5'].join('\n'));
    expect(codebook.region).toEqual({ question: 'gemeente', level: 'municipality' });
    expect(question(codebook, 'gemeente')?.todo).toBeUndefined();
    // The cells 3 and 7 are the option codes, so no alias is needed.
    expect(scale(codebook, 'gemeente')?.options).toEqual([
      { code: 3, label: { nl: 'gemeente 3', en: 'municipality 3' } },
      { code: 7, label: { nl: 'gemeente 7', en: 'municipality 7' } },
    ]);
    expect(notes).toContain(note.regionCodes('gemeente', 2, 'gemeente', '"gemeente 3"'));
    expect(codebook.todo).toBeUndefined();
  });

  it('a region column of LimeSurvey codes A1, A2 names each "regio <code>" and keeps the code as alias', async () => {
    const { codebook, notes } = await init(['regio,D1', 'A2,1', 'A1,4', 'A2,5'].join('\n'));
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    expect(scale(codebook, 'regio')?.options).toEqual([
      { code: 1, label: { nl: 'regio A1', en: 'region A1' }, aliases: ['A1'] },
      { code: 2, label: { nl: 'regio A2', en: 'region A2' }, aliases: ['A2'] },
    ]);
    expect(notes).toContain(note.regionCodes('regio', 2, 'regio', '"regio A1"'));
    expect(codebook.todo).toBeUndefined();
  });
});

describe('initCodebook: tool conventions', () => {
  it('Qualtrics -99 becomes a missing value everywhere, and Q5_1…Q5_3 codes are Likert items', async () => {
    const { codebook, notes } = await init(
      ['regio,Q5_1,Q5_2,Q5_3', 'Leidse Regio,1,-99,5', 'Rijnstreek,4,2,-99', 'Rijnstreek,3,5,2'].join('\n'),
    );
    expect(codebook.missingValues).toEqual(['-99']);
    expect(notes).toContain(note.missingValues(['-99']));
    expect(codebook.questions.filter((q) => q.type === 'likert').map((q) => q.id)).toEqual([
      'Q5_1',
      'Q5_2',
      'Q5_3',
    ]);
  });

  it('codes 1–5 beside 9 read 9 as "weet niet" (missing), with a note and no todo', async () => {
    const { codebook, notes } = await init(
      ['regio,D1,D2', 'Leidse Regio,1,9', 'Rijnstreek,4,2', 'Rijnstreek,5,4'].join('\n'),
    );
    expect(scale(codebook, 'likert5')?.missing).toEqual([
      { code: 9, label: { nl: 'weet niet / n.v.t. (9)', en: "don't know / not applicable (9)" } },
    ]);
    expect(notes).toContain(note.missingCodes('likert5', [9], 5));
    expect(codebook.todo).toBeUndefined();
  });

  it('codes 1–6 are kept as a 6-point scale, with a note on turning 6 into "weet niet"', async () => {
    const { codebook, notes } = await init(
      ['regio,D1,D2', 'Leidse Regio,1,6', 'Rijnstreek,4,2', 'Rijnstreek,6,3'].join('\n'),
    );
    expect(codebook.scales).toEqual([
      {
        id: 'regio',
        options: [
          { code: 1, label: { nl: 'Leidse Regio', en: 'Leidse Regio' } },
          { code: 2, label: { nl: 'Rijnstreek', en: 'Rijnstreek' } },
        ],
        missing: [],
      },
      {
        id: 'likert6',
        options: [1, 2, 3, 4, 5, 6].map((c) => ({ code: c, label: { nl: String(c), en: String(c) } })),
        missing: [],
      },
    ]);
    expect(question(codebook, 'D2')).toMatchObject({ type: 'likert', scale: 'likert6' });
    expect(notes).toContain(note.sixPoints('likert6'));
    expect(codebook.todo).toBeUndefined();
  });

  it('blocks come from the letters of the column codes when at least two show', async () => {
    const { codebook } = await init(['regio,D1,D2,E1', 'Leidse Regio,1,2,3', 'Rijnstreek,4,5,4'].join('\n'));
    expect(codebook.blocks.map((b) => b.id)).toEqual(['D', 'E']);
    expect(codebook.questions.map((q) => [q.id, q.block])).toEqual([
      ['regio', 'D'],
      ['D1', 'D'],
      ['D2', 'D'],
      ['E1', 'E'],
    ]);
  });

  it('LimeSurvey default codes G01Q01… give one block per group', async () => {
    const { codebook } = await init(
      ['regio,G01Q01,G01Q02,G02Q03', 'Leidse Regio,1,2,3', 'Rijnstreek,4,5,4'].join('\n'),
    );
    expect(codebook.blocks.map((b) => b.id)).toEqual(['G01', 'G02']);
    expect(codebook.questions.map((q) => q.block)).toEqual(['G01', 'G01', 'G01', 'G02']);
  });

  it('a "no answer" label beside numbers that no scale uses becomes a missing value everywhere', async () => {
    const { codebook } = await init(
      [
        'regio,leeftijd',
        'Leidse Regio,34',
        'Rijnstreek,wil ik niet zeggen',
        'Rijnstreek,71',
        'Leidse Regio,52',
      ].join('\n'),
    );
    expect(question(codebook, 'leeftijd')).toMatchObject({ type: 'numeric', min: 34, max: 71 });
    expect(codebook.missingValues).toEqual(['wil ik niet zeggen']);
  });

  it('the same label beside numbers when a scale reads it as an option is left for validate, with a note', async () => {
    const { codebook, notes } = await init(
      [
        'regio,leeftijd,D1',
        'Leidse Regio,34,eens',
        'Rijnstreek,weet niet,weet niet',
        'Rijnstreek,71,oneens',
      ].join('\n'),
    );
    expect(question(codebook, 'leeftijd')).toMatchObject({ type: 'numeric', min: 34, max: 71 });
    expect(question(codebook, 'leeftijd')?.todo).toBeUndefined();
    expect(codebook.missingValues).toBeUndefined();
    expect(notes).toContain(note.missingBesideNumbers('leeftijd', ['weet niet']));
    expect(codebook.todo).toBeUndefined();
  });

  it('dates and e-mail addresses are left out with a note', async () => {
    const { codebook, notes } = await init(
      [
        'datum,email,regio,D1',
        '2026-10-01 09:00,a@example.org,Leidse Regio,4',
        '2-10-2026,b@example.org,Rijnstreek,2',
      ].join('\n'),
    );
    expect(codebook.questions.map((q) => q.id)).toEqual(['regio', 'D1']);
    expect(notes).toContain(note.skippedDates('datum'));
    expect(notes).toContain(note.skippedPersonal('email'));
  });
});

describe('initCodebook: headings that are a question code and its text', () => {
  it('"Q1 Woonplaats" is the region, "Q7_1 Vormen: Klankbordgroep"… one multiple choice, texts without the codes', async () => {
    const header = [
      'Q1 Woonplaats',
      'Q2 Wat is uw rol?',
      'Q7_1 Vormen van participatie: Klankbordgroep',
      'Q7_2 Vormen van participatie: Cliëntenraad',
      'Q7_3 Vormen van participatie: Enquête',
    ].join(',');
    const rows = Array.from({ length: 24 }, (_, i) =>
      [
        ['Leiden', 'Katwijk', 'Enschede'][i % 3],
        i % 2 ? 'Inwoner' : 'Professional',
        i % 3 ? '1' : '',
        i % 4 ? '' : '1',
        i % 5 ? '1' : '',
      ].join(','),
    );
    const { codebook } = await init([header, ...rows].join('\n'));
    expectValid(codebook);
    expect(codebook.region).toEqual({ question: 'q1_woonplaats', level: 'municipality' });
    const q = (id: string) => codebook.questions.find((x) => x.id === id);
    expect(q('q1_woonplaats')?.text.nl).toBe('Woonplaats');
    const multi = codebook.questions.find((x) => x.type === 'multi');
    expect(multi).toMatchObject({ id: 'Q7', type: 'multi', text: { nl: 'Vormen van participatie' } });
    const scale = codebook.scales.find((s) => multi && 'scale' in multi && s.id === multi.scale);
    expect(scale?.options.map((o) => o.label.nl)).toEqual(['Klankbordgroep', 'Cliëntenraad', 'Enquête']);
  });
});

describe('initCodebook: a completion column of a plain CSV', () => {
  it('"Finished" (True/False) becomes the codebook\'s completion check, not a question', async () => {
    const rows = ['ResponseId,Finished,regio,v1'];
    for (let i = 0; i < 40; i++)
      rows.push(`R${i},${i % 10 === 0 ? 'False' : 'True'},${i % 2 ? 'Noord' : 'Zuid'},${(i % 5) + 1}`);
    const { codebook, notes } = await init(rows.join('\n'));
    expect(codebook.complete).toEqual({ column: 'Finished', values: ['1', 'true', 'yes', 'ja', 'waar'] });
    expect(codebook.questions.map((q) => q.id)).not.toContain('Finished');
    expect(codebook.questions.some((q) => 'column' in q && q.column === 'Finished')).toBe(false);
    expect(notes).toContain(note.complete('Finished', ['1', 'true', 'yes', 'ja', 'waar']));
    expectValid(codebook);
  });
});

describe('initCodebook: a code per respondent', () => {
  // 20 respondents: a school code of 14 digits, a 9-digit BSN that passes the 11-proef, an income
  // (a different number each, but 4 digits) and an age.
  const bsn = (k: number) => {
    // 8 digits, then the ninth that makes 9a + 8b + … + 2h − i a multiple of 11 (skip when it is 10).
    for (let base = 10_000_000 + k * 7919; ; base++) {
      const digits = String(base).split('').map(Number);
      const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
      const last = sum % 11;
      if (last < 10) return `${base}${last}`;
    }
  };
  const rows = Array.from({ length: 20 }, (_, k) =>
    [
      k % 2 ? 'Rijnstreek' : 'Leidse Regio',
      String(19647336097927 + k * 7001),
      bsn(k),
      String(2100 + k * 37),
      String(30 + (k % 7)),
    ].join(','),
  );

  it('a column of different whole numbers of 8 digits or more is left out, with a note; a BSN, an income and an age stay', async () => {
    const { codebook, notes } = await init(['regio,schoolcode,bsn,inkomen,leeftijd', ...rows].join('\n'));
    expect(notes).toContain(note.skippedCodes('schoolcode', 20));
    expect(codebook.questions.some((q) => 'column' in q && q.column === 'schoolcode')).toBe(false);
    // The BSNs are personal data, said as such (an open answer that is redacted), not a code.
    expect(question(codebook, 'bsn')?.type).toBe('open');
    expect(notes).toContain(note.openBecause('bsn', 'personal'));
    expect(question(codebook, 'inkomen')?.type).toBe('numeric');
    expect(question(codebook, 'leeftijd')?.type).toBe('numeric');
    expectValid(codebook);
  });

  it('a code that repeats, or fewer than 10 answers, stays a question', async () => {
    const repeated = rows.map((r, k) =>
      r.replace(String(19647336097927 + k * 7001), String(19647336097927 + (k % 3))),
    );
    const twice = await init(['regio,schoolcode,bsn,inkomen,leeftijd', ...repeated].join('\n'));
    expect(twice.notes).not.toContain(note.skippedCodes('schoolcode', 20));
    expect(twice.codebook.questions.some((q) => 'column' in q && q.column === 'schoolcode')).toBe(true);
    const few = await init(['regio,schoolcode,bsn,inkomen,leeftijd', ...rows.slice(0, 9)].join('\n'));
    expect(few.codebook.questions.some((q) => 'column' in q && q.column === 'schoolcode')).toBe(true);
  });
});
