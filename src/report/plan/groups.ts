/**
 * The questions of a codebook gathered into the groups the report draws, in codebook order:
 * Likert items of one block and scale (diverging bars), two or more single-choice questions of one
 * block on one scale (a frequency matrix: a heat map), each other single, multi or rank question
 * (bars with intervals), numeric questions of one block, all ladder questions (one ladder chart),
 * all importance–performance questions (one chart), each open question (quotes). The region and
 * role questions are the response overview. Nothing is dropped: every question lands in a group.
 */
import type { Codebook, Question } from '../../model/codebook.js';
import { type RegioscanRole, roleOf } from '../../model/roles.js';
import type { Text } from '../labels/index.js';

export type GroupKind =
  | 'region'
  | 'role'
  | 'likert'
  | 'matrix'
  | 'choice'
  | 'numeric'
  | 'ladder'
  | 'ipa'
  | 'open';

/** The agenda of a co-creation session: where each part of the report belongs. */
export type SectionId = 'intro' | 'results' | 'opportunities' | 'hub' | 'next';

export interface QuestionGroup {
  kind: GroupKind;
  /** The role of the group's questions, or null (the generic chart of its kind). */
  role: RegioscanRole | null;
  section: SectionId;
  /** The block of the first question (for the title; the report never branches on it). */
  block: string;
  /** The block title for groups of several questions, the question wording for one. */
  title: Text;
  /** Question ids in codebook order. */
  items: string[];
}

const SECTION_OF_ROLE: Record<RegioscanRole, SectionId> = {
  background: 'intro',
  forms: 'hub',
  ladder: 'results',
  conditions: 'results',
  influence: 'results',
  lived_experience: 'hub',
  collaboration: 'hub',
  hub_support: 'hub',
  hub_functions: 'hub',
  priorities: 'opportunities',
  closing: 'next',
};

/** The section of a group: its role's, else by kind (importance–performance: opportunities). */
export function sectionOf(kind: GroupKind, role: RegioscanRole | null): SectionId {
  if (kind === 'region' || kind === 'role') return 'intro';
  if (role) return SECTION_OF_ROLE[role];
  return kind === 'ipa' ? 'opportunities' : 'results';
}

function kindOf(q: Question, codebook: Codebook, matrixKeys: ReadonlySet<string>): GroupKind {
  if (q.id === codebook.region.question) return 'region';
  if (q.id === codebook.role?.question) return 'role';
  // Forms of participation are frequencies: a heat map, also when coded as Likert items.
  if (q.type === 'likert' && roleOf(codebook, q) === 'forms' && matrixKeys.has(keyOf(q, codebook)))
    return 'matrix';
  if (q.type === 'single') return matrixKeys.has(keyOf(q, codebook)) ? 'matrix' : 'choice';
  if (q.type === 'multi' || q.type === 'rank') return 'choice';
  return q.type;
}

function keyOf(q: Question, codebook: Codebook): string {
  const scale = 'scale' in q ? q.scale : '';
  return `${q.type}|${q.block}|${roleOf(codebook, q) ?? ''}|${scale}`;
}

/** A block title `init` wrote for want of one ("Blok G06", "Vragen"): a chart names its question instead. */
function isPlaceholder(title: Text): boolean {
  return /^(blok|block) \S+$|^vragen$|^questions$/i.test(title.nl);
}

/** Every question of `codebook` in exactly one group, groups in the order of their first question. */
export function toQuestionGroups(codebook: Codebook): QuestionGroup[] {
  const singles = new Map<string, number>();
  for (const q of codebook.questions) {
    const forms = q.type === 'likert' && roleOf(codebook, q) === 'forms';
    if (
      (q.type !== 'single' && !forms) ||
      q.id === codebook.region.question ||
      q.id === codebook.role?.question
    )
      continue;
    singles.set(keyOf(q, codebook), (singles.get(keyOf(q, codebook)) ?? 0) + 1);
  }
  const matrixKeys = new Set([...singles].filter(([, n]) => n >= 2).map(([key]) => key));
  const groups: QuestionGroup[] = [];
  const byKey = new Map<string, QuestionGroup>();
  const blockTitle = (id: string): Text =>
    codebook.blocks.find((b) => b.id === id)?.title ?? { nl: id, en: id };
  for (const q of codebook.questions) {
    const kind = kindOf(q, codebook, matrixKeys);
    const role = roleOf(codebook, q);
    // Ladder and importance–performance are one chart each, whatever their blocks.
    const key =
      kind === 'ladder' || kind === 'ipa'
        ? kind
        : kind === 'likert' || kind === 'matrix' || kind === 'numeric'
          ? `${kind}|${keyOf(q, codebook)}`
          : `${kind}|${q.id}`;
    const found = byKey.get(key);
    if (found) {
      found.items.push(q.id);
      continue;
    }
    const group: QuestionGroup = {
      kind,
      role,
      section: sectionOf(kind, role),
      block: q.block,
      title: kind === 'choice' || kind === 'open' ? q.text : blockTitle(q.block),
      items: [q.id],
    };
    byKey.set(key, group);
    groups.push(group);
  }
  // A lone question under a placeholder block title is better named by its own words.
  for (const g of groups) {
    const only = g.items.length === 1 ? codebook.questions.find((q) => q.id === g.items[0]) : undefined;
    if (only && isPlaceholder(g.title)) g.title = only.short ?? only.text;
  }
  return groups;
}
