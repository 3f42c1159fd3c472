/** The small rules `regioscan init` is built from, on literal values written down from the examples. */
import { describe, expect, it } from 'vitest';
import { splitHeading } from '../../src/init/groups.js';
import { IdPool, toId } from '../../src/init/ids.js';
import { findJoined } from '../../src/init/joined.js';
import { matchRegion, matchRole, roleSide } from '../../src/init/places.js';
import { findKnownScale, findMissingLabel } from '../../src/init/scales.js';

const d = (value: string, count = 1) => ({ value, count });

describe('ids', () => {
  it('toId keeps valid codes, turns brackets and text into underscores, and never starts with a digit', () => {
    expect(toId('D1_vroeg')).toBe('D1_vroeg');
    expect(toId('Q1[SQ001]')).toBe('Q1_SQ001');
    expect(toId('Q2.9_7')).toBe('Q2.9_7');
    expect(toId('In welke regio woont of werkt u?')).toBe('in_welke_regio_woont_of');
    expect(toId('Cliëntenraad')).toBe('Clientenraad');
    expect(toId('5 jaar')).toBe('q5_jaar');
    expect(toId('')).toBe('q');
  });

  it('IdPool adds _2, _3 to ids already taken, case-insensitively', () => {
    const pool = new IdPool(['rol']);
    expect([pool.take('ROL'), pool.take('D1'), pool.take('d1'), pool.take('D1')]).toEqual([
      'ROL_2',
      'D1',
      'd1_2',
      'D1_3',
    ]);
  });
});

describe('splitHeading', () => {
  it('splits LimeSurvey, SurveyMonkey/Google Forms and Qualtrics sub-question headings', () => {
    expect(splitHeading('Q1[SQ001]')).toEqual({ stem: 'Q1', sub: 'SQ001' });
    expect(splitHeading('Welke vormen kent u? [Panel]')).toEqual({
      stem: 'Welke vormen kent u?',
      sub: 'Panel',
    });
    expect(splitHeading('Q5_1')).toEqual({ stem: 'Q5', sub: '1' });
    expect(splitHeading('regio')).toBeNull();
    expect(splitHeading('Hoe oud_bent u')).toBeNull();
  });
});

describe('region and role', () => {
  it('matchRegion: a name, a question, a code holding the word; level from the word', () => {
    expect(matchRegion('Regio', 'Regio')).toEqual({ level: 'region', strength: 3 });
    expect(matchRegion('gemeente', '')).toEqual({ level: 'municipality', strength: 3 });
    expect(matchRegion('Q3', 'In welke regio woont of werkt u?')).toEqual({ level: 'region', strength: 2 });
    expect(matchRegion('Q4', 'In welke gemeente woont u?')).toEqual({ level: 'municipality', strength: 2 });
    expect(matchRegion('A2_gemeente', 'A2_gemeente')).toEqual({ level: 'municipality', strength: 1 });
    expect(matchRegion('D1', 'Werkt u samen met de gemeente?')).toBeNull();
  });

  it('matchRole: rol/role, "Wat is uw rol…", "In welke hoedanigheid…"', () => {
    expect(matchRole('rol', 'rol')).toBe(3);
    expect(matchRole('Q2', 'Wat is uw rol in de zorg?')).toBe(2);
    expect(matchRole('Q2', 'In welke hoedanigheid vult u de vragenlijst in?')).toBe(2);
    expect(matchRole('A1_rol', 'A1_rol')).toBe(1);
    expect(matchRole('D1', 'Ik word vroeg betrokken')).toBe(0);
  });

  it('roleSide by the words of the issue; a professional word wins over a resident word', () => {
    for (const label of [
      'Inwoner',
      'Cliënt',
      'Patiënt',
      'Naaste of mantelzorger',
      'Ervaringsdeskundige',
      'Lid cliëntenraad of Wmo-raad',
    ])
      expect(roleSide(label), label).toBe('residents');
    for (const label of [
      'Professional bij een zorgaanbieder',
      'Zorgverzekeraar',
      'Welzijnsorganisatie',
      'Beleidsmedewerker',
      'Gemeente',
      'Cliëntondersteuner',
    ])
      expect(roleSide(label), label).toBe('professionals');
    expect(roleSide('Anders')).toBeNull();
  });
});

describe('scales', () => {
  it('findKnownScale: agreement labels in Dutch or English, frequency; mixed unknown labels match nothing', () => {
    expect(findKnownScale(['Helemaal eens', 'oneens', 'Niet eens, niet oneens'])?.id).toBe('eens5');
    expect(findKnownScale(['Strongly disagree', 'Agree'])?.id).toBe('eens5');
    expect(findKnownScale(['nooit', 'soms', 'altijd'])?.id).toBe('frequentie5');
    expect(findKnownScale(['eens', 'misschien'])).toBeUndefined();
    expect(findKnownScale([])).toBeUndefined();
  });

  it('findMissingLabel: "weet niet", "n.v.t.", "don\'t know", "not applicable"', () => {
    expect(findMissingLabel('Weet niet')?.label.nl).toBe('weet niet');
    expect(findMissingLabel('N.v.t.')?.label.nl).toBe('n.v.t.');
    expect(findMissingLabel("Don't know")?.label.nl).toBe('weet niet');
    expect(findMissingLabel('Not applicable')?.label.nl).toBe('n.v.t.');
    expect(findMissingLabel('nee')).toBeUndefined();
  });
});

describe('findJoined', () => {
  it('recurring pieces joined by ";" are options, counted per choice', () => {
    expect(findJoined([d('panel;raad'), d('panel', 2), d('raad;enquête'), d('enquête')])).toEqual({
      separator: ';',
      options: [d('panel', 3), d('raad', 2), d('enquête', 2)],
    });
  });

  it('Microsoft Forms answers ending in ";" are joined even when no option recurs', () => {
    expect(findJoined([d('Panel;Cliëntenraad;'), d('Wmo-raad;')], ';')?.options.map((o) => o.value)).toEqual([
      'Panel',
      'Cliëntenraad',
      'Wmo-raad',
    ]);
  });

  it('", " needs an option seen alone as well as joined; free text with commas is not joined', () => {
    expect(findJoined([d('Goed, maar laat'), d('Slecht, geen terugkoppeling'), d('Prima')])).toBeNull();
    expect(findJoined([d('Panel, Enquête'), d('Panel'), d('Enquête, Raad'), d('Raad')])?.separator).toBe(
      ', ',
    );
  });
});
