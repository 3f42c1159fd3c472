/**
 * Blocks from column codes where they show them: Qualtrics' `Q2.9` (block 2, question 9) gives
 * block `Q2`; LimeSurvey's default codes `G01Q03` (group 1, question 3) give block `G01`; a letter
 * before the number (`D1_vroeg`, `E2`) gives block `D`. Without at least two such blocks, every
 * question goes in one block `A`.
 */
import type { CodebookInput } from '../model/codebook.js';
import { note } from './messages.js';

type BlockInput = CodebookInput['blocks'][number];

/** The block a column code names, or null. */
export function blockKey(header: string): string | null {
  const qualtrics = /^Q(\d+)\.\d+/.exec(header);
  if (qualtrics) return `Q${qualtrics[1]}`;
  const limesurvey = /^G(\d+)Q\d+/.exec(header);
  if (limesurvey) return `G${limesurvey[1]}`;
  const letter = /^([A-Z])\d+/.exec(header);
  return letter ? letter[1]! : null;
}

/** Blocks for questions coming from `headers` (in order), and the block of each question. */
export function assignBlocks(headers: readonly string[]): {
  blocks: BlockInput[];
  of: string[];
  note: string;
} {
  const keys = headers.map(blockKey);
  const distinct = [...new Set(keys.filter((k): k is string => k !== null))];
  const keyed = keys.filter((k) => k !== null).length;
  if (distinct.length < 2 || keyed * 2 < headers.length) {
    return {
      blocks: [{ id: 'A', title: { nl: 'Vragen', en: 'Questions' } }],
      of: headers.map(() => 'A'),
      note: note.oneBlock(),
    };
  }
  // A question without a key stays with the one before it (the first block at the start).
  let current = distinct[0]!;
  const of = keys.map((k) => {
    if (k !== null) current = k;
    return current;
  });
  return {
    blocks: distinct.map((id) => ({ id, title: { nl: `Blok ${id}`, en: `Block ${id}` } })),
    of,
    note: note.blocks(distinct),
  };
}
