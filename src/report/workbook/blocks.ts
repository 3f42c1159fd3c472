/**
 * Which results belong on which block sheet. Likert items and choice questions carry their
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
