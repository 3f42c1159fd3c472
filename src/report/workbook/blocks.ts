/**
 * Which results belong on which block sheet. Likert items, choice and numeric questions carry their
 * block; a ladder phase goes with the block of its "now" question, an IPA theme with the block
 * of its importance question, an index with the block of its first item, a comparison with the
 * block of its item (or index). Blocks keep the codebook order; empty blocks get no sheet.
 */
import type {
  ChoiceResult,
  Comparison,
  IndexResult,
  IpaResult,
  LadderResult,
  LikertResult,
  NumericResult,
  RegionResult,
} from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import type { Text } from '../labels/index.js';

export interface BlockContent {
  id: string;
  title: Text;
  /** Other blocks whose questions feed results shown here (the "desired" ladder block C2). */
  also: { id: string; title: Text }[];
  likert: LikertResult[];
  indices: IndexResult[];
  ladder: LadderResult[];
  ipa: IpaResult[];
  choices: ChoiceResult[];
  numeric: NumericResult[];
  comparisons: { kind: 'perspective' | 'benchmark'; comparison: Comparison }[];
}

/** Group a region's results by questionnaire block, in codebook order, dropping empty blocks. */
export function toBlockContents(codebook: Codebook, region: RegionResult): BlockContent[] {
  const contents = new Map<string, BlockContent>();
  const titleOf = (id: string): Text => codebook.blocks.find((b) => b.id === id)?.title ?? { nl: id, en: id };
  const get = (id: string): BlockContent => {
    let content = contents.get(id);
    if (!content) {
      content = {
        id,
        title: titleOf(id),
        also: [],
        likert: [],
        indices: [],
        ladder: [],
        ipa: [],
        choices: [],
        numeric: [],
        comparisons: [],
      };
      contents.set(id, content);
    }
    return content;
  };
  const fallback = codebook.blocks[0]?.id ?? '';
  const blockOf = (questionId: string | undefined) =>
    codebook.questions.find((q) => q.id === questionId)?.block ?? fallback;
  const indexBlock = new Map(codebook.indices.map((index) => [index.id, blockOf(index.items[0])]));
  const itemBlock = (item: string) => indexBlock.get(item) ?? blockOf(item);

  for (const r of region.likert) get(r.block).likert.push(r);
  for (const r of region.indices) get(indexBlock.get(r.index) ?? fallback).indices.push(r);
  for (const r of region.ladder) {
    const now = codebook.questions.find(
      (q) => q.type === 'ladder' && q.phase === r.phase && q.moment === 'now',
    );
    const any = codebook.questions.find((q) => q.type === 'ladder' && q.phase === r.phase);
    const content = get((now ?? any)?.block ?? fallback);
    content.ladder.push(r);
    const desired = codebook.questions.find(
      (q) => q.type === 'ladder' && q.phase === r.phase && q.moment === 'desired',
    );
    if (desired && desired.block !== content.id && !content.also.some((b) => b.id === desired.block)) {
      content.also.push({ id: desired.block, title: titleOf(desired.block) });
    }
  }
  for (const r of region.ipa) {
    const importance = codebook.questions.find(
      (q) => q.type === 'ipa' && q.theme === r.theme && q.aspect === 'importance',
    );
    get(importance?.block ?? fallback).ipa.push(r);
  }
  for (const r of region.choices) get(r.block).choices.push(r);
  for (const r of region.numeric) get(r.block).numeric.push(r);
  for (const comparison of region.perspective) {
    get(itemBlock(comparison.item)).comparisons.push({ kind: 'perspective', comparison });
  }
  for (const comparison of region.benchmark) {
    get(itemBlock(comparison.item)).comparisons.push({ kind: 'benchmark', comparison });
  }

  const order = new Map(codebook.blocks.map((b, i) => [b.id, i]));
  return [...contents.values()].sort(
    (a, b) => (order.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
}

/** The sections of a block sheet, in the order the sheet shows them. */
export const BLOCK_SECTIONS = [
  'likert',
  'indices',
  'ladder',
  'ipa',
  'choices',
  'numeric',
  'comparisons',
] as const;
export type BlockSection = (typeof BLOCK_SECTIONS)[number];

/**
 * The ids each section of a block sheet shows: question ids, and the index, phase and theme ids
 * (a ladder phase brings its now and desired questions, a theme its two halves), so that a chart
 * can be placed beside the table of the questions it draws.
 */
export function toSectionItems(codebook: Codebook, block: BlockContent): Record<BlockSection, Set<string>> {
  const phases = new Set(block.ladder.map((r) => r.phase));
  const themes = new Set(block.ipa.map((r) => r.theme));
  const questionsOf = (keep: (q: Codebook['questions'][number]) => boolean) =>
    codebook.questions.filter(keep).map((q) => q.id);
  return {
    likert: new Set(block.likert.map((r) => r.item)),
    indices: new Set(block.indices.map((r) => r.index)),
    ladder: new Set([...phases, ...questionsOf((q) => q.type === 'ladder' && phases.has(q.phase))]),
    ipa: new Set([...themes, ...questionsOf((q) => q.type === 'ipa' && themes.has(q.theme))]),
    choices: new Set(block.choices.map((r) => r.item)),
    numeric: new Set(block.numeric.map((r) => r.item)),
    comparisons: new Set(block.comparisons.map((c) => c.comparison.item)),
  };
}
