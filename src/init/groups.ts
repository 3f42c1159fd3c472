/**
 * Sub-question columns of one question, recognised by their headings: LimeSurvey `Q1[SQ001]`,
 * SurveyMonkey `Question [Option]`, Google Forms grids `Question [Row]`, Qualtrics `Q5_1…Q5_n`
 * (and any `stem_part` codes side by side, such as `A3_domein_wmo`, `A3_domein_ggz`).
 */
import { labelKey } from '../ingest/values.js';
import type { ColumnProfile } from './profile.js';

export interface GroupMember {
  profile: ColumnProfile;
  /** The sub-question code or text from the heading (`SQ001`, `1`, `Panel`). */
  sub: string;
  /** The sub-question text where the tool gives it (`[Panel]` in a text heading), else `sub`. */
  subText: string;
}

export interface ColumnGroup {
  kind: 'group';
  /** The shared part of the headings (`Q1`, `Welke vormen kent u?`). */
  stem: string;
  /** The question text shared by the members. */
  stemText: string;
  members: GroupMember[];
}

const BRACKET = /^(.*?)\s*\[([^[\]]+)\]$/;
const PART = /^(.+)_([A-Za-z0-9]+)$/;
/**
 * A heading that is a question code and its text (`Q7_1 Vormen: Klankbordgroep`, `A3. Leeftijd`),
 * as hand-made and SPSS-style exports write them: the code has a digit, the text follows a space.
 */
const CODE_AND_TEXT = /^([A-Za-z]{0,6}\d[A-Za-z0-9_]*)[.:]?\s+(\S.*)$/;

/** The code and the text of a `CODE text` heading, or null. */
export function codeAndText(heading: string): { code: string; text: string } | null {
  const m = CODE_AND_TEXT.exec(heading.trim());
  return m ? { code: m[1]!, text: m[2]! } : null;
}

/** Split a heading into stem and sub-question, or null when it has none. */
export function splitHeading(heading: string): { stem: string; sub: string } | null {
  const bracket = BRACKET.exec(heading);
  if (bracket && bracket[1] !== '') return { stem: bracket[1]!, sub: bracket[2]!.trim() };
  const code = /\s/.test(heading) ? codeAndText(heading)?.code : heading;
  const part = code === undefined ? null : PART.exec(code);
  return part ? { stem: part[1]!, sub: part[2]! } : null;
}

/**
 * Split a question text into stem text and sub-question text: `Stem [Sub]`, Qualtrics'
 * `Stem - Sub`, or `Stem: Sub`.
 */
function splitText(text: string): { stem: string; sub: string } | null {
  const bracket = BRACKET.exec(text);
  if (bracket && bracket[1] !== '') return { stem: bracket[1]!, sub: bracket[2]!.trim() };
  for (const separator of [' - ', ': ']) {
    const at = text.lastIndexOf(separator);
    if (at > 0) return { stem: text.slice(0, at).trim(), sub: text.slice(at + separator.length).trim() };
  }
  return null;
}

/**
 * Gather side-by-side columns whose headings share a stem into groups of two or more;
 * every other column is returned as it is, in column order.
 */
export function groupColumns(profiles: readonly ColumnProfile[]): (ColumnProfile | ColumnGroup)[] {
  const out: (ColumnProfile | ColumnGroup)[] = [];
  let run: { stem: string; members: GroupMember[] } | null = null;
  const flush = () => {
    if (!run) return;
    if (run.members.length === 1) out.push(run.members[0]!.profile);
    else {
      const texts = run.members.map((m) => splitText(m.profile.text));
      const first = texts[0];
      out.push({
        kind: 'group',
        stem: run.stem,
        stemText: first && texts.every((t) => t?.stem === first.stem) ? first.stem : run.stem,
        members: run.members.map((m, i) => ({ ...m, subText: texts[i]?.sub || m.sub })),
      });
    }
    run = null;
  };
  for (const profile of profiles) {
    const split = splitHeading(profile.header);
    const member = split ? { profile, sub: split.sub, subText: split.sub } : null;
    if (run && split && labelKey(split.stem) === labelKey(run.stem)) run.members.push(member!);
    else {
      flush();
      if (split) run = { stem: split.stem, members: [member!] };
      else out.push(profile);
    }
  }
  flush();
  return out;
}

/** True for a group member that holds free text beside the options: `Q1[other]`, `Q2_TEXT`, "Other (please specify)". */
export function isOtherText(member: GroupMember): boolean {
  const sub = labelKey(member.sub);
  return (
    sub === 'other' ||
    sub === 'text' ||
    sub.endsWith('comment') ||
    /please specify|namelijk|anders, ?nl|toelichting/.test(labelKey(member.subText))
  );
}
