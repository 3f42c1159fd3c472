/** init proposes regioscan roles from a question's words and type, block by block. */
import { describe, expect, it } from 'vitest';
import { assignRoles, proposeRole } from '../../src/init/report-roles.js';
import type { CodebookInput } from '../../src/model/codebook.js';

type Q = CodebookInput['questions'][number];
const t = (nl: string) => ({ nl, en: nl });
const likert = (id: string, block: string, text: string): Q => ({
  id,
  block,
  type: 'likert',
  column: id,
  scale: 's',
  text: t(text),
});
const single = (id: string, block: string, text: string): Q => ({
  id,
  block,
  type: 'single',
  column: id,
  scale: 's',
  text: t(text),
});

describe('proposeRole(question, header)', () => {
  it.each([
    [single('q', 'b', 'Wat is uw leeftijd?'), 'background'],
    [likert('q', 'b', 'Deelnemers krijgen terugkoppeling over hun inbreng'), 'conditions'],
    [likert('q', 'b', 'Mijn inbreng heeft zichtbaar invloed gehad op beleid'), 'influence'],
    [single('q', 'b', 'Wilt u meedoen aan een regionale participatiehub?'), 'hub_support'],
    [single('q', 'b', 'Worden ervaringsdeskundigen betaald?'), 'lived_experience'],
    [single('q', 'b', 'Hoe vaak had u te maken met een burgerberaad?'), 'forms'],
    [single('q', 'b', 'Wilt u een uitnodiging voor de sessie?'), 'closing'],
    [single('q', 'b', 'Welke kleur heeft uw voordeur?'), null],
  ] as const)('%# gives %s', (q, role) => {
    expect(proposeRole(q, q.id)).toBe(role);
  });

  it('reads words out of a column code ("A4_leeftijd"), and a "B1" column is not language level B1', () => {
    expect(proposeRole(single('A4_leeftijd', 'A', 'A4_leeftijd'), 'A4_leeftijd')).toBe('background');
    expect(proposeRole(likert('B1_vroeg', 'B', 'B1_vroeg'), 'B1_vroeg')).toBeNull();
    expect(proposeRole(likert('B1_panel', 'B', 'B1_panel'), 'B1_panel')).toBe('forms');
  });
});

describe('assignRoles(blocks, questions, headers, background)', () => {
  it('gives a block the one role its questions suggest, with a title when its own is a placeholder', () => {
    const questions = [
      likert('D1', 'D', 'Inwoners worden vroeg betrokken'),
      likert('D2', 'D', 'Iets anders'),
      single('G1', 'G', 'Wilt u meedoen aan een hub?'),
      single('G2', 'G', 'Welke organisaties zijn actief?'),
    ];
    const out = assignRoles(
      [
        { id: 'D', title: t('Blok D') },
        { id: 'G', title: t('Hub en samenwerking') },
      ],
      questions,
      questions.map((q) => q.id),
      new Set(),
    );
    expect(out.blocks[0]).toMatchObject({ role: 'conditions', title: { nl: 'Randvoorwaarden' } });
    // G has two roles: each question keeps its own, the block none, its title stays.
    expect(out.blocks[1]).toEqual({ id: 'G', title: t('Hub en samenwerking') });
    expect(out.questions.map((q) => q.role)).toEqual([undefined, undefined, 'hub_support', 'collaboration']);
    expect(out.note).toContain('conditions (2 questions)');
  });
});
