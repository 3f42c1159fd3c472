/**
 * The project file (`--about`): JSON a person writes by hand, so every problem names its line and
 * says what was expected there; texts in one language or in both; a region's own entries.
 */
import { describe, expect, it } from 'vitest';
import { parseAbout } from '../../src/ingest/about.js';
import { InputError } from '../../src/ingest/errors.js';

const problems = (text: string) => {
  try {
    parseAbout(text, 'project.json');
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.issues.map((i) => [i.file, i.line, i.message]);
  }
};

describe('parseAbout(text, file)', () => {
  it('reads who, recruitment, fieldwork, limitations and a region’s own entries', () => {
    const about = parseAbout(
      `{
  "commissionedBy": "Coalitie Participatie",
  "recruitment": { "nl": "Via cliëntenraden", "en": "Through client councils" },
  "fieldwork": { "from": "2026-09-21", "to": "2026-11-01" },
  "limitations": ["Geen panel"],
  "regions": { "Twente": { "conductedBy": "Bureau Oost" } }
}`,
      'project.json',
    );
    expect(about.commissionedBy).toBe('Coalitie Participatie');
    expect(about.recruitment).toEqual({ nl: 'Via cliëntenraden', en: 'Through client councils' });
    expect(about.fieldwork).toEqual({ from: '2026-09-21', to: '2026-11-01' });
    expect(about.limitations).toEqual(['Geen panel']);
    expect(about.regions.Twente?.conductedBy).toBe('Bureau Oost');
  });

  it('names the line of a syntax error and what was expected', () => {
    expect(problems('{\n  "commissionedBy": "A"\n  "conductedBy": "B"\n}')).toEqual([
      ['project.json', 3, 'not valid JSON — expected "," between two items'],
    ]);
    expect(problems('{\n  "commissionedBy": "A",\n}')).toEqual([
      ['project.json', 3, 'not valid JSON — expected no "," before the closing bracket'],
    ]);
  });

  it('names the line of a wrong value, an unknown field and a period that runs backwards', () => {
    expect(
      problems(`{
  "commissionedBy": "A",
  "fieldwork": { "from": "21-09-2026", "to": "2026-11-01" },
  "recruitmnet": "typo",
  "regions": { "Twente": { "fieldwork": { "from": "2026-11-02", "to": "2026-11-01" } } }
}`),
    ).toEqual([
      ['project.json', 3, 'fieldwork.from is "21-09-2026" — expected a date as YYYY-MM-DD, e.g. 2026-09-21'],
      [
        'project.json',
        4,
        'recruitmnet is "typo" — unknown field; expected one of commissionedBy, conductedBy, recruitment, fieldwork, limitations, $schema, regions',
      ],
    ]);
    expect(
      problems(
        '{\n  "regions": {\n    "Twente": { "fieldwork": { "from": "2026-11-02", "to": "2026-11-01" } }\n  }\n}',
      ),
    ).toEqual([
      ['project.json', 3, 'regions.Twente.fieldwork.to is "2026-11-01" — expected "from" on or before "to"'],
    ]);
  });

  it('says what a text may be when it is a number', () => {
    expect(problems('{\n  "commissionedBy": 12\n}')).toEqual([
      ['project.json', 2, 'commissionedBy is 12 — expected a text, or { "nl": "…", "en": "…" }'],
    ]);
  });
});
