/** Questions of blocks A (background), B (current forms) and C (participation ladder now and desired). */
import type { CodebookInput } from '../../model/codebook.js';
import { DOMAINS, FORMS, type Item, PHASES } from './items.js';

export type QuestionInput = CodebookInput['questions'][number];

/** One column per option of a multi question: `<id>_<option id>`, ticked = 1. */
export const multiColumns = (id: string, list: readonly Item[]) =>
  list.map((it) => ({ code: it.code, column: `${id}_${it.id}` }));

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Block A: role, municipality, domains, age band. */
export function blockA(): QuestionInput[] {
  return [
    {
      id: 'A1_rol',
      block: 'A',
      type: 'single',
      column: 'A1_rol',
      scale: 'rol',
      text: {
        nl: 'In welke rol vult u deze vragenlijst in?',
        en: 'In which role are you filling in this questionnaire?',
      },
      short: { nl: 'Rol', en: 'Role' },
    },
    {
      id: 'A2_gemeente',
      block: 'A',
      type: 'single',
      column: 'A2_gemeente',
      scale: 'gemeente',
      text: { nl: 'In welke gemeente woont of werkt u?', en: 'In which municipality do you live or work?' },
      short: { nl: 'Gemeente', en: 'Municipality' },
    },
    {
      id: 'A3_domein',
      block: 'A',
      type: 'multi',
      scale: 'domein',
      columns: multiColumns('A3_domein', DOMAINS),
      text: {
        nl: 'Met welke domeinen hebt u te maken? (meerdere antwoorden mogelijk)',
        en: 'Which domains are you involved with? (several answers possible)',
      },
      short: { nl: 'Domein', en: 'Domain' },
    },
    {
      id: 'A4_leeftijd',
      block: 'A',
      type: 'single',
      column: 'A4_leeftijd',
      scale: 'leeftijd',
      text: { nl: 'Wat is uw leeftijd?', en: 'What is your age?' },
      short: { nl: 'Leeftijd', en: 'Age' },
    },
  ];
}

/** Block B: how often the respondent met each existing form of participation in the past year. */
export function blockB(): QuestionInput[] {
  return FORMS.map((form) => ({
    id: `B${form.code}_${form.id}`,
    block: 'B',
    type: 'single',
    column: `B${form.code}_${form.id}`,
    scale: 'frequentie',
    text: {
      nl: `Hoe vaak had u het afgelopen jaar te maken met deze vorm van participatie: ${lower(form.nl)}?`,
      en: `How often did you deal with this form of participation in the past year: ${lower(form.en)}?`,
    },
    short: { nl: form.nl, en: form.en },
  }));
}

/** Block C: ladder rung per policy phase, now (C1) and as it should be (C2). */
export function blockC(): QuestionInput[] {
  const ladder = (moment: 'now' | 'desired', prefix: 'C1' | 'C2'): QuestionInput[] =>
    PHASES.map((phase) => ({
      id: `${prefix}_${phase.id}`,
      block: 'C',
      type: 'ladder',
      column: `${prefix}_${phase.id}`,
      scale: 'ladder',
      phase: phase.id,
      moment,
      text:
        moment === 'now'
          ? {
              nl: `Hoe worden inwoners nu betrokken bij de ${lower(phase.nl)}?`,
              en: `How are residents involved in ${lower(phase.en)} now?`,
            }
          : {
              nl: `Hoe zou de betrokkenheid van inwoners bij de ${lower(phase.nl)} moeten zijn?`,
              en: `How should residents be involved in ${lower(phase.en)}?`,
            },
      short:
        moment === 'now'
          ? { nl: `${phase.nl} (nu)`, en: `${phase.en} (now)` }
          : { nl: `${phase.nl} (gewenst)`, en: `${phase.en} (desired)` },
    }));
  return [...ladder('now', 'C1'), ...ladder('desired', 'C2')];
}
