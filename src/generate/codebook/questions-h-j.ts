/** Questions of blocks H (opportunities and challenges), I (hub functions) and J (closing). */
import { HUB_FUNCTIONS, THEMES } from './items.js';
import type { QuestionInput } from './questions-a-c.js';

/** Blocks H, I and J: importance and performance per theme, opportunities, hub functions, consent. */
export function blockHJ(): QuestionInput[] {
  const ipa: QuestionInput[] = THEMES.flatMap((theme) => {
    const base = `H${theme.code}_${theme.id}`;
    const name = { nl: theme.nl.toLowerCase(), en: theme.en.charAt(0).toLowerCase() + theme.en.slice(1) };
    return [
      {
        id: `${base}_belang`,
        block: 'H',
        type: 'ipa',
        column: `${base}_belang`,
        scale: 'belang',
        theme: theme.id,
        aspect: 'importance',
        text: {
          nl: `Hoe belangrijk is ${name.nl} voor uw regio?`,
          en: `How important is ${name.en} for your region?`,
        },
        short: { nl: `${theme.nl} (belang)`, en: `${theme.en} (importance)` },
      },
      {
        id: `${base}_prestatie`,
        block: 'H',
        type: 'ipa',
        column: `${base}_prestatie`,
        scale: 'prestatie',
        theme: theme.id,
        aspect: 'performance',
        text: {
          nl: `Hoe gaat het nu met ${name.nl} in uw regio?`,
          en: `How well is ${name.en} going in your region now?`,
        },
        short: { nl: `${theme.nl} (hoe het gaat)`, en: `${theme.en} (performance)` },
      },
    ] satisfies QuestionInput[];
  });
  return [
    ...ipa,
    {
      id: 'H9_kansen',
      block: 'H',
      type: 'open',
      column: 'H9_kansen',
      text: {
        nl: 'Welke kansen en uitdagingen ziet u voor zorg en welzijn in uw regio?',
        en: 'What opportunities and challenges do you see for care and welfare in your region?',
      },
      short: { nl: 'Kansen en uitdagingen', en: 'Opportunities and challenges' },
    },
    {
      id: 'I1_hubfuncties',
      block: 'I',
      type: 'rank',
      scale: 'hubfunctie',
      columns: [1, 2, 3].map((k) => `I1_hubfuncties_${k}`),
      text: {
        nl: `Welke functies van een regionale participatiehub vindt u het belangrijkst? Kies uw top 3 uit ${HUB_FUNCTIONS.length}.`,
        en: `Which functions of a regional participation hub matter most to you? Choose your top 3 of ${HUB_FUNCTIONS.length}.`,
      },
      short: { nl: 'Belangrijkste hub-functies', en: 'Most important hub functions' },
    },
    {
      id: 'J1_sessie',
      block: 'J',
      type: 'single',
      column: 'J1_sessie',
      scale: 'janee',
      text: {
        nl: 'Wilt u een uitnodiging voor de co-creatiesessie over de uitkomsten? Uw contactgegevens vragen we via een apart formulier.',
        en: 'Would you like an invitation to the co-creation session on the results? We ask for your contact details in a separate form.',
      },
      short: { nl: 'Uitnodiging sessie', en: 'Session invitation' },
    },
  ];
}
