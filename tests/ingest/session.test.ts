import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/errors.js';
import { parseSession, sessionMessage } from '../../src/ingest/session.js';
import type { Session } from '../../src/model/session.js';

const THEMES = [
  { id: 'ladder', title: 'Participatieladder' },
  { id: 'voorwaarden', title: 'Randvoorwaarden' },
  { id: 'invloed', title: 'Invloed op besluiten' },
  { id: 'hub', title: 'Regionale participatiehub' },
];

/** A filled-in file in Dutch; a line number below refers to this text. */
const DUTCH = `# Sessie-uitkomsten: Zuid-Holland Noord

<!-- Ingevuld door de facilitator,
     Datum: 2020-01-01 telt niet mee. -->
Regio: Zuid-Holland Noord
Datum: 2026-11-20
Aanwezig: 24 deelnemers: inwoners, cliëntenraden,
zorgaanbieders en drie gemeenten

## Herkenning per thema

### Participatieladder [ladder]
Herkend: ja
Waarom: Inwoners worden vooral geïnformeerd,
zelden gevraagd mee te beslissen.

Ook professionals zien dat.

### Randvoorwaarden [voorwaarden]
Herkend: Deels
Waarom: Terugkoppeling ontbreekt; vergoeding is wel geregeld.

### Regionale participatiehub [hub]
Herkend: nee
Waarom:

## Belangrijkste kansen

1. Terugkoppeling na elke inspraakronde
2. Ervaringsdeskundigen betalen,
   ook voor voorbereiding
3.

## Ideeën voor de hub

- Eén loket voor alle panels
- Gezamenlijke agenda van de gemeenten
-

## Vervolgstappen

| Actie | Eigenaar | Datum |
| --- | --- | --- |
| Werkgroep hub starten | GGD Hollands Midden | 2027-01-15 |
| Notitie terugkoppeling | Gemeente Leiden | |
| | | |
`;

const ENGLISH = `# Session outcomes: Zuid-Holland Noord
Region: Zuid-Holland Noord
Date: 2026-11-20
Participants: 24 deelnemers: inwoners, cliëntenraden,
zorgaanbieders en drie gemeenten

## Recognition per theme
### Participatieladder [ladder]
Recognised: yes
Why: Inwoners worden vooral geïnformeerd, zelden gevraagd mee te beslissen.

Ook professionals zien dat.
### Randvoorwaarden [voorwaarden]
Recognized: partly
Why: Terugkoppeling ontbreekt; vergoeding is wel geregeld.
### Regionale participatiehub [hub]
Recognised: no

## Top opportunities
- Terugkoppeling na elke inspraakronde
- Ervaringsdeskundigen betalen, ook voor voorbereiding

## Hub ideas
* Eén loket voor alle panels
* Gezamenlijke agenda van de gemeenten

## Next steps
| Action | Owner | Date |
|:--|:--|:--|
| Werkgroep hub starten | GGD Hollands Midden | 2027-01-15 |
| Notitie terugkoppeling | Gemeente Leiden | |
`;

const EXPECTED: Session = {
  region: 'Zuid-Holland Noord',
  date: '2026-11-20',
  participants: '24 deelnemers: inwoners, cliëntenraden, zorgaanbieders en drie gemeenten',
  themes: [
    {
      id: 'ladder',
      title: 'Participatieladder',
      recognised: 'yes',
      why: 'Inwoners worden vooral geïnformeerd, zelden gevraagd mee te beslissen.\n\nOok professionals zien dat.',
    },
    {
      id: 'voorwaarden',
      title: 'Randvoorwaarden',
      recognised: 'partly',
      why: 'Terugkoppeling ontbreekt; vergoeding is wel geregeld.',
    },
    { id: 'invloed', title: 'Invloed op besluiten', recognised: null, why: '' },
    { id: 'hub', title: 'Regionale participatiehub', recognised: 'no', why: '' },
  ],
  opportunities: [
    'Terugkoppeling na elke inspraakronde',
    'Ervaringsdeskundigen betalen, ook voor voorbereiding',
  ],
  hubIdeas: ['Eén loket voor alle panels', 'Gezamenlijke agenda van de gemeenten'],
  nextSteps: [
    { action: 'Werkgroep hub starten', owner: 'GGD Hollands Midden', due: '2027-01-15' },
    { action: 'Notitie terugkoppeling', owner: 'Gemeente Leiden', due: null },
  ],
};

/** The same content as JSON, with an empty opportunity and next step as the template leaves them. */
const JSON_FILE = JSON.stringify(
  {
    $comment: 'Ingevuld door de facilitator',
    region: 'Zuid-Holland Noord',
    date: '2026-11-20',
    participants: '24 deelnemers: inwoners, cliëntenraden, zorgaanbieders en drie gemeenten',
    themes: [
      { id: 'hub', title: 'Regionale participatiehub', recognised: 'nee' },
      { ...EXPECTED.themes[0], recognised: 'yes' },
      { ...EXPECTED.themes[1], recognised: 'partly' },
    ],
    opportunities: [...EXPECTED.opportunities, ''],
    hubIdeas: EXPECTED.hubIdeas,
    nextSteps: [...EXPECTED.nextSteps, { action: '', owner: ' ', due: '' }],
  },
  null,
  2,
);

/** The problems `parseSession` throws, as [code, line, message]. */
function problems(text: string, file = 'sessie.md'): [string, number | null, string][] {
  try {
    parseSession(text, file, THEMES);
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => [i.code, i.line, i.message]);
    throw e;
  }
  throw new Error('parseSession accepted the file');
}

describe('parseSession(text, file, themes) reads a filled-in file', () => {
  it('a Dutch Markdown file gives the session, every theme of the run in run order', () => {
    expect(parseSession(DUTCH, 'sessie.md', THEMES)).toEqual(EXPECTED);
  });

  it('an English Markdown file with the same content gives the same session', () => {
    expect(parseSession(ENGLISH, 'session.md', THEMES)).toEqual(EXPECTED);
  });

  it('the same content as JSON gives the same session (Dutch "nee" and blanks accepted)', () => {
    expect(parseSession(`\n  ${JSON_FILE}`, 'sessie.json', THEMES)).toEqual(EXPECTED);
  });

  it('comments are ignored, also over several lines and inside a line', () => {
    const text = [
      '<!-- Regio: Elders',
      '## Vervolgstappen',
      '| a | b |  -->',
      'Regio: Zuid-Holland Noord <!-- zoals in de run -->',
      'Datum: 2026-11-20',
    ].join('\n');
    expect(parseSession(text, 'sessie.md', THEMES)).toMatchObject({
      region: 'Zuid-Holland Noord',
      date: '2026-11-20',
      opportunities: [],
      nextSteps: [],
    });
  });

  it('without a "Regio:" line the region comes from the heading; keywords may be bold', () => {
    const text = '# Sessie-uitkomsten: Holland Rijnland\n**Datum:** 2026-11-20\n';
    expect(parseSession(text, 'sessie.md', [])).toEqual({
      region: 'Holland Rijnland',
      date: '2026-11-20',
      themes: [],
      opportunities: [],
      hubIdeas: [],
      nextSteps: [],
    });
  });
});

describe('parseSession names the line of every problem', () => {
  it('in Markdown: a bad date, a bad "Herkend", an unknown theme, a row of 2 cells, a bad due date', () => {
    const text = [
      '# Sessie-uitkomsten: Zuid-Holland Noord', // 1
      'Regio: Zuid-Holland Noord',
      'Datum: 20-11-2026', // 3
      '',
      '## Herkenning per thema',
      '### Participatieladder [ladder]',
      'Herkend: misschien', // 7
      '### Onbekend [bestaatniet]', // 8
      'Herkend: ja',
      '',
      '## Vervolgstappen',
      '| Actie | Eigenaar | Datum |',
      '| --- | --- | --- |',
      '| Werkgroep | GGD |', // 14
      '| Notitie | Gemeente | 15-01-2027 |', // 15
    ].join('\n');
    expect(problems(text)).toEqual([
      ['session_date', 3, `"Datum: 20-11-2026" — ${sessionMessage.date()}`],
      ['session_field', 7, `"Herkend: misschien" — ${sessionMessage.recognised('nl')}`],
      [
        'session_theme',
        8,
        `"### Onbekend [bestaatniet]" — ${sessionMessage.unknownTheme(THEMES.map((t) => t.id))}`,
      ],
      ['session_syntax', 14, `"| Werkgroep | GGD |" — ${sessionMessage.cells(2, 'nl')}`],
      ['session_date', 15, `"| Notitie | Gemeente | 15-01-2027 |" — ${sessionMessage.date()}`],
    ]);
  });

  it('"Herkend: misschien" reads: expected ja, deels or nee; in English: yes, partly or no', () => {
    const head = 'Regio: R\nDatum: 2026-11-20\n## Herkenning per thema\n### Ladder [ladder]\n';
    expect(problems(`${head}Herkend: misschien`)[0]?.[2]).toBe(
      '"Herkend: misschien" — expected ja, deels or nee (or leave it empty)',
    );
    expect(problems(`${head}Recognised: maybe`)[0]?.[2]).toBe(
      '"Recognised: maybe" — expected yes, partly or no (or leave it empty)',
    );
  });

  it('in Markdown: a missing date, a theme twice, stray text, an unknown section, an unclosed comment', () => {
    const text = [
      'Regio: R', // 1
      'Wat los commentaar', // 2
      '## Herkenning per thema',
      '### Ladder [ladder]', // 4
      '### Ladder nog eens [ladder]', // 5
      '### Zonder id', // 6
      'Herkend: ja',
      '## Notulen', // 8
      'vrije tekst die wordt overgeslagen',
      '## Belangrijkste kansen',
      'geen lijstpunt', // 11
      '<!-- niet gesloten', // 12
      'Datum: 2026-11-20',
    ].join('\n');
    expect(problems(text).map(([code, line, message]) => [code, line, message.split(' — ')[1]])).toEqual([
      ['session_date', 1, sessionMessage.date()],
      ['session_syntax', 2, sessionMessage.topLine('nl')],
      ['session_theme', 5, sessionMessage.twice(4)],
      ['session_theme', 6, sessionMessage.themeHeading()],
      ['session_syntax', 8, sessionMessage.section('nl')],
      ['session_syntax', 11, sessionMessage.listLine()],
      ['session_syntax', 12, sessionMessage.comment()],
    ]);
    expect(problems(text)[0]?.[2]).toBe(`no "Datum:" line — ${sessionMessage.date()}`);
  });

  it('a next step with an owner but no action is an error; an empty row is skipped', () => {
    const text = 'Regio: R\nDatum: 2026-11-20\n## Vervolgstappen\n| | | |\n| | GGD | 2027-01-15 |\n';
    expect(problems(text)).toEqual([
      ['session_field', 5, `"| | GGD | 2027-01-15 |" — ${sessionMessage.noAction()}`],
    ]);
  });

  it('in JSON: a syntax error names its line', () => {
    const text = ['{', '  "region": "R",', '  "date": "2026-11-20"', '  "opportunities": []', '}'].join('\n');
    expect(problems(text, 'sessie.json')).toEqual([
      ['session_syntax', 4, `not valid JSON — ${sessionMessage.json('"," between two items')}`],
    ]);
    const trailing = ['{', '  "region": "R",', '  "date": "2026-11-20",', '}'].join('\n');
    expect(problems(trailing, 'sessie.json')).toEqual([
      ['session_syntax', 4, 'not valid JSON — expected no "," before the closing bracket'],
    ]);
  });

  it('in JSON: a field of the wrong type, a bad value or date, an unknown theme or field name their lines', () => {
    const text = [
      '{', // 1
      '  "region": "Zuid-Holland Noord",',
      '  "date": "2026-11-20",',
      '  "opportunities": "Terugkoppeling",', // 4
      '  "themes": [',
      '    { "id": "ladder", "recognised": "misschien" },', // 6
      '    {',
      '      "id": "bestaatniet"', // 8
      '    }',
      '  ],',
      '  "nextSteps": [{ "action": "Werkgroep", "owner": "GGD", "due": "15-01-2027" }],', // 11
      '  "hubIdea": []', // 12
      '}',
    ].join('\n');
    expect(problems(text, 'sessie.json')).toEqual([
      ['session_field', 4, `opportunities is "Terugkoppeling" — ${sessionMessage.type('array')}`],
      ['session_field', 6, `themes[0].recognised is "misschien" — ${sessionMessage.recognisedJson()}`],
      [
        'session_theme',
        8,
        `themes[1].id is "bestaatniet" — ${sessionMessage.unknownTheme(THEMES.map((t) => t.id))}`,
      ],
      ['session_date', 11, `nextSteps[0].due is "15-01-2027" — ${sessionMessage.date()}`],
      [
        'session_field',
        12,
        `field "hubIdea" — ${sessionMessage.unknownField(['region', 'date', 'participants', 'themes', 'opportunities', 'hubIdeas', 'nextSteps', '$comment'])}`,
      ],
    ]);
  });

  it('in JSON: a missing date names the line of the object that lacks it', () => {
    expect(problems('{\n  "region": "R"\n}', 'sessie.json')).toEqual([
      ['session_date', 1, `date is missing — ${sessionMessage.date()}`],
    ]);
  });
});
