/**
 * Columns to codebook questions: a single column by what `classify` says of its values; a group
 * of sub-question columns as one multiple-choice question (ticks) or as Likert items sharing one
 * scale; anything else column by column.
 */

import { decimalComma, yesNoTick } from '../ingest/values.js';
import type { CodebookInput } from '../model/codebook.js';
import { type Classified, classify, distinctSorted } from './classify.js';
import { type ColumnGroup, type GroupMember, isOtherText } from './groups.js';
import { type IdPool, toId } from './ids.js';
import { note } from './messages.js';
import { type ColumnProfile, mergeProfiles } from './profile.js';
import type { ScaleBook } from './scalebook.js';
import { findMissingLabel } from './scales.js';

/** The option that an "other, namely" text column ticks. */
const OTHER_LABEL = { nl: 'Anders', en: 'Other' };

type AnyQuestion = CodebookInput['questions'][number];
/** A codebook question before it is put in a block. */
export type QuestionInput = WithoutBlock<AnyQuestion>;
type WithoutBlock<T> = T extends unknown ? Omit<T, 'block'> : never;

/** One inferred question, before it is put in a block. */
export interface Draft {
  question: QuestionInput;
  /** The column code the question comes from (for its block). */
  header: string;
  note: string;
  /** "No answer" spellings in a column that has no scale to hold them (numbers, ticks). */
  blanks: string[];
}

const text = (t: string) => ({ nl: t, en: t });

export class Inferrer {
  constructor(
    private readonly scales: ScaleBook,
    private readonly ids: IdPool,
    /** The tool's multi-select separator, tried first. */
    private readonly separator?: string,
  ) {}

  /** The question(s) of a column or a group of columns. */
  item(item: ColumnProfile | ColumnGroup): Draft[] {
    return 'kind' in item ? this.group(item) : [this.single(item)];
  }

  /** One column on its own. */
  single(
    profile: ColumnProfile,
    classified: Classified = classify(profile, this.separator),
    wantedId: string = profile.header,
  ): Draft {
    const { kind, missing } = classified;
    const id = this.ids.take(wantedId);
    const base = { id, text: text(profile.text), column: profile.header };
    const draft = (question: QuestionInput, line: string, blanks: string[] = []): Draft => ({
      question,
      header: profile.header,
      note: line,
      blanks,
    });
    const spellings = missing.map((m) => m.spelling);
    switch (kind.kind) {
      case 'empty':
        return draft({ ...base, type: 'open' }, note.empty(id));
      case 'known':
      case 'points': {
        const scale = kind.kind === 'known' ? this.scales.known(kind.scale) : this.scales.points(kind.points);
        this.scales.addMissing(scale, missing, kind.kind === 'points' ? kind.missingCodes : []);
        if (kind.kind === 'known' && kind.scale.single)
          return draft({ ...base, type: 'single', scale }, note.single(id, kind.scale.options.length));
        return draft({ ...base, type: 'likert', scale }, note.likert([id], scale));
      }
      case 'joined': {
        const pieces = kind.options.map((o) => ({ option: o, label: findMissingLabel(o.value) }));
        const scale = this.scales.values(
          id,
          distinctSorted(pieces.filter((p) => !p.label).map((p) => p.option)),
        );
        this.scales.addMissing(scale, [
          ...missing,
          ...pieces.flatMap((p) => (p.label ? [{ label: p.label, spelling: p.option.value }] : [])),
        ]);
        const options = this.scales.options(scale).length;
        return draft(
          { ...base, type: 'multi', scale, separator: kind.separator },
          note.multiJoined(id, options, kind.separator),
        );
      }
      case 'values': {
        const scale = this.scales.values(id, kind.values);
        this.scales.addMissing(scale, missing);
        return draft({ ...base, type: 'single', scale }, kind.note ?? note.single(id, kind.values.length));
      }
      case 'numeric':
        return draft(
          { ...base, type: 'numeric', min: kind.min, max: kind.max },
          note.numeric(id, kind.min, kind.max),
          spellings,
        );
      case 'open':
        return draft(
          { ...base, type: 'open' },
          kind.reason ? note.openBecause(id, kind.reason) : note.open(id),
        );
    }
  }

  /** A single-choice question listing every value seen (the region and role questions). */
  forcedSingle(profile: ColumnProfile): Draft {
    const { missing } = classify(profile);
    const values = distinctSorted(profile.distinct.filter((d) => !findMissingLabel(d.value)));
    return this.single(profile, { kind: { kind: 'values', values }, missing });
  }

  private group(group: ColumnGroup): Draft[] {
    const others = group.members.filter(isOtherText);
    const rest = group.members.filter((m) => !others.includes(m));
    const drafts: Draft[] = [];
    const ticks = rest.map(tickColumn);
    if (rest.length >= 2 && ticks.every((t) => t !== null) && ticks.some((t) => t!.ticked)) {
      drafts.push(this.multiColumns(group, rest, ticks as TickColumn[], others));
    } else if (rest.length >= 2) {
      for (const d of this.likertSet(group, rest)) drafts.push(d);
    } else for (const m of rest) drafts.push(this.single(m.profile));
    for (const m of others) drafts.push(this.single(m.profile));
    return drafts;
  }

  /**
   * One multi-select from its tick columns; an "other, namely" text column (`Q1[other]`) becomes
   * one more option, ticked by any text (its text is also kept as an open question).
   */
  private multiColumns(
    group: ColumnGroup,
    members: GroupMember[],
    ticks: TickColumn[],
    others: GroupMember[] = [],
  ): Draft {
    const id = this.ids.take(group.stem);
    const labels = members.map((m, i) => ({ value: ticks[i]!.label ?? m.subText, count: 1 }));
    const scale = this.scales.values(id, [
      ...labels,
      ...others.map(() => ({ value: OTHER_LABEL.nl, count: 1 })),
    ]);
    const options = this.scales.options(scale);
    for (const option of options.slice(members.length)) option.label = { ...OTHER_LABEL };
    const codes = options.map((o) => o.code);
    return {
      question: {
        id,
        text: text(group.stemText),
        type: 'multi',
        scale,
        columns: [
          ...members.map((m, i) => ({ code: codes[i]!, column: m.profile.header })),
          ...others.map((m, i) => ({
            code: codes[members.length + i]!,
            column: m.profile.header,
            other: true,
          })),
        ],
      },
      header: group.stem,
      note: note.multiColumns(id, members.length),
      blanks: ticks.flatMap((t) => t.blanks),
    };
  }

  /** Sub-questions on one scale: Likert items (known labels or 1–5/1–7 codes) or single choices sharing one list. */
  private likertSet(group: ColumnGroup, members: GroupMember[]): Draft[] {
    const merged = mergeProfiles(members.map((m) => m.profile));
    merged.header = `${members[0]!.profile.header} … ${members[members.length - 1]!.profile.header}`;
    const { kind, missing } = classify(merged);
    if (kind.kind === 'known' || kind.kind === 'points') {
      return members.map((m, i) => this.single(m.profile, { kind, missing }, memberId(group, m, i)));
    }
    if (kind.kind === 'values' && !kind.note) {
      const id = this.ids.take(group.stem);
      const scale = this.scales.values(id, kind.values);
      this.scales.addMissing(scale, missing);
      return members.map((m, i) => {
        const qid = this.ids.take(memberId(group, m, i));
        return {
          question: { id: qid, text: text(m.profile.text), column: m.profile.header, type: 'single', scale },
          header: m.profile.header,
          note: note.single(qid, kind.values.length),
          blanks: [],
        };
      });
    }
    return members.map((m) => this.single(m.profile));
  }
}

/** `Q1_SQ001` for a coded stem; `hoe_eens_bent_u_1` (stem text cut short, then the position) for a text stem. */
function memberId(group: ColumnGroup, member: GroupMember, i: number): string {
  return /\s/.test(group.stem) ? `${toId(group.stem)}_${i + 1}` : `${group.stem}_${member.sub}`;
}

interface TickColumn {
  /** The option's own label when the tool writes it in the cell (SurveyMonkey). */
  label?: string;
  ticked: boolean;
  blanks: string[];
}

/** A one-column-per-option multi-select column: only ticks, non-ticks and at most one label; else null. */
function tickColumn(member: GroupMember): TickColumn | null {
  if (member.profile.many) return null;
  const labels: string[] = [];
  const blanks: string[] = [];
  let ticked = false;
  for (const d of member.profile.distinct) {
    const t = yesNoTick(d.value, new Set());
    if (t === 1) ticked = true;
    else if (t === undefined) {
      if (findMissingLabel(d.value)) blanks.push(d.value);
      else if (decimalComma(d.value) !== undefined) return null;
      else labels.push(d.value);
    }
  }
  if (labels.length > 1) return null;
  return {
    ...(labels[0] !== undefined ? { label: labels[0] } : {}),
    ticked: ticked || labels.length > 0,
    blanks,
  };
}
