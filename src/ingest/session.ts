/**
 * Parse a session-outcomes file (`src/model/session.ts`): JSON when its first non-blank character
 * is `{`, Markdown otherwise. Each format is read into the same plain data with a place for every
 * part, then checked once (schema, then the run's themes), so every problem names its line.
 *
 *   text ── readJson | readMarkdown ──▶ { data, locate } ── check ──▶ Session
 */
import type { z } from 'zod';
import {
  NextStep,
  RECOGNISED,
  RECOGNISED_HINT,
  RECOGNISED_WORDS,
  type Recognised,
  SESSION_WORDS,
  type Session,
  SessionFile,
  SessionTheme,
  type SessionWord,
} from '../model/session.js';
import { InputError, IssueList } from './errors.js';
import { atPlace, jsonExpected, type Path, type Place, type Read, readJson } from './json-places.js';

type Lang = 'nl' | 'en';

/** A theme of the run; `title` names a theme the file does not mention (default: its id). */
export interface SessionThemeRef {
  id: string;
  title?: string;
}

/** Every message about a session file, as functions; a problem reads `what — expected …`. */
export const sessionMessage = {
  at: atPlace,
  json: jsonExpected,
  date: () => 'expected a valid date as YYYY-MM-DD, e.g. 2026-11-20',
  region: () => 'expected the name of the region, as in the run',
  unknownRegion: (known: readonly string[]) =>
    known.length > 0
      ? `unknown region; expected one of ${known.join(', ')}`
      : 'unknown region; the run has none',
  recognised: (lang: Lang) =>
    lang === 'nl'
      ? 'expected ja, deels or nee (or leave it empty)'
      : 'expected yes, partly or no (or leave it empty)',
  recognisedJson: () => `expected ${RECOGNISED.map((r) => `"${r}"`).join(', ')} or null (not discussed)`,
  type: (expected: string) => `expected ${TYPES[expected] ?? expected}`,
  unknownField: (allowed: readonly string[]) => `unknown field; expected one of ${allowed.join(', ')}`,
  unknownTheme: (known: readonly string[]) =>
    known.length > 0
      ? `unknown theme; expected one of ${known.join(', ')}`
      : 'unknown theme; the run has none',
  twice: (first: number) => `given twice; the first is on line ${first}`,
  noAction: () => 'expected an action: the step has an owner or a date but nothing to do',
  cells: (found: number, lang: Lang) =>
    `a row of ${found} cell(s); expected 3: ${(['action', 'owner', 'due'] as const).map((w) => SESSION_WORDS[w][lang]).join(' | ')}`,
  themeHeading: () => 'expected the theme id in brackets at the end, e.g. "### Participatieladder [ladder]"',
  section: (lang: Lang) =>
    `unknown section; expected one of ${SECTIONS.map((s) => `"## ${SESSION_WORDS[s][lang]}"`).join(', ')}`,
  heading: () => 'expected a "##" section, or a "###" theme under the themes section',
  topLine: (lang: Lang) =>
    `expected ${(['region', 'date', 'participants'] as const).map((w) => `${SESSION_WORDS[w][lang]}:`).join(', ')} or a "##" section`,
  themeLine: (lang: Lang) =>
    `expected ${SESSION_WORDS.recognised[lang]}: or ${SESSION_WORDS.why[lang]}: under a "###" theme`,
  listLine: () => 'expected a list item, "1. …" or "- …"',
  tableLine: (lang: Lang) =>
    `expected a table row, "| ${(['action', 'owner', 'due'] as const).map((w) => SESSION_WORDS[w][lang]).join(' | ')} |"`,
  comment: () => 'the comment is not closed; expected "-->"',
} as const;

const TYPES: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

const SECTIONS = ['themes', 'opportunities', 'hubIdeas', 'nextSteps'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Parse a session file: its text, its name for messages, and the run's themes (every one is in
 * the result, in this order; one the file does not mention is `recognised: null`). With the
 * run's `regions`, the file's region must be one of them, by name or slug (case and accents
 * aside), and the result names it as the run does.
 * Throws an `InputError` listing every problem, each with its line.
 */
export function parseSession(
  text: string,
  file: string,
  themes: readonly SessionThemeRef[],
  regions?: readonly string[],
): Session {
  const issues = new IssueList(file);
  const body = text.replace(/^\uFEFF/, '');
  const read = body.trimStart().startsWith('{')
    ? readJson(body, issues, 'session_syntax')
    : readMarkdown(body, issues);
  const session = read && check(read, themes, issues, regions);
  if (!session || issues.errorCount > 0)
    throw new InputError([...issues.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return session;
}

/** Check the data of either format against the schema and the run's themes. */
function check(
  read: Read,
  themes: readonly SessionThemeRef[],
  issues: IssueList,
  regions?: readonly string[],
): Session | null {
  const { data, locate } = read;
  const problem = (code: string, place: Place, text: string) =>
    issues.error(code, sessionMessage.at(place, text), { line: place.line });

  const raw = isRecord(data) ? data : {};
  const known = new Map(themes.map((t) => [t.id, t]));
  const seen = new Map<string, number>();
  listOf(raw.themes).forEach((t, i) => {
    const id = isRecord(t) && typeof t.id === 'string' ? t.id.trim() : '';
    if (id === '') return;
    const place = locate(['themes', i, 'id']);
    if (!known.has(id)) problem('session_theme', place, sessionMessage.unknownTheme([...known.keys()]));
    else if (seen.has(id)) problem('session_theme', place, sessionMessage.twice(seen.get(id)!));
    seen.set(id, place.line);
  });
  listOf(raw.nextSteps).forEach((s, i) => {
    if (isRecord(s) && isBlank(s.action) && !(isBlank(s.owner) && isBlank(s.due)))
      problem('session_field', locate(['nextSteps', i]), sessionMessage.noAction());
  });

  const result = SessionFile.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const place = { line: locate([...issue.path, key]).line, what: `field "${key}"` };
          problem('session_field', place, sessionMessage.unknownField(fieldsAt(issue.path)));
        }
        continue;
      }
      const field = issue.path.findLast((p) => typeof p === 'string');
      const date = field === 'date' || field === 'due';
      problem(date ? 'session_date' : 'session_field', locate(issue.path), expectation(issue, field));
    }
    return null;
  }
  const file = result.data;
  let region = file.region;
  if (regions) {
    const match = regions.find((r) => regionKey(r) === regionKey(file.region));
    if (match === undefined) {
      problem('session_region', locate(['region']), sessionMessage.unknownRegion(regions));
      return null;
    }
    region = match;
  }
  const given = new Map(file.themes.map((t) => [t.id, t]));
  const participants = file.participants?.trim();
  return {
    region,
    date: file.date,
    ...(participants ? { participants } : {}),
    themes: themes.map((t) => {
      const theme = given.get(t.id);
      return {
        id: t.id,
        title: theme?.title || t.title || t.id,
        recognised: theme?.recognised ?? null,
        why: theme?.why ?? '',
      };
    }),
    opportunities: file.opportunities.filter((o) => o !== ''),
    hubIdeas: file.hubIdeas.filter((o) => o !== ''),
    nextSteps: file.nextSteps.filter((s) => s.action !== '' || s.owner !== '' || s.due !== null),
  };
}

/** A region name compared as a slug: "Zuid-Holland Noord", "zuid holland noord", "zuid-holland-noord". */
const regionKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function expectation(issue: z.core.$ZodIssue, field: PropertyKey | undefined): string {
  if (field === 'date' || field === 'due') return sessionMessage.date();
  if (field === 'region') return sessionMessage.region();
  if (field === 'recognised') return sessionMessage.recognisedJson();
  if (issue.code === 'invalid_type') return sessionMessage.type(issue.expected);
  return issue.message;
}

/** The fields an object at `path` may have. */
function fieldsAt(path: Path): string[] {
  const shape =
    path.length === 0 ? SessionFile.shape : path[0] === 'themes' ? SessionTheme.shape : NextStep.shape;
  return Object.keys(shape);
}

// ── Markdown ──────────────────────────────────────────────────────────────────────────────────

function readMarkdown(text: string, issues: IssueList): Read {
  const reader = new MarkdownReader(withoutComments(text, issues), issues);
  reader.lines.forEach((line, i) => {
    reader.read(line.trim(), i + 1);
  });
  return reader.finish();
}

/** The plain data of a Markdown file, before the schema. */
interface MarkdownData {
  region?: string;
  date?: string;
  participants?: string;
  themes: { id: string; title: string; recognised: Recognised | null; why: string }[];
  opportunities: string[];
  hubIdeas: string[];
  nextSteps: { action: string; owner: string; due: string | null }[];
}

const TOP_FIELDS = ['region', 'date', 'participants'] as const;
const THEME_FIELDS = ['recognised', 'why'] as const;
const COLUMNS = ['action', 'owner', 'due'] as const;

/** Reads a Markdown session file line by line: the section it is in, and the field that goes on. */
class MarkdownReader {
  readonly data: MarkdownData = { themes: [], opportunities: [], hubIdeas: [], nextSteps: [] };
  /** The line of each part, by its path joined with ".". */
  private readonly places = new Map<string, number>();
  /** The language of the first keyword seen, for messages. */
  private lang: Lang | null = null;
  private section: Section | 'top' = 'top';
  /** Skip lines up to the next heading (after a heading that was not understood). */
  private skip = false;
  /** The free text or list item that the next lines continue, and whether blank lines belong to it. */
  private more: { add: (line: string) => void; blanks: boolean } | null = null;
  private titleRegion: { name: string; line: number } | null = null;

  constructor(
    readonly lines: readonly string[],
    private readonly issues: IssueList,
  ) {}

  read(line: string, n: number): void {
    const heading = /^(#{1,6})\s+(.*?)[\s#]*$/.exec(line);
    if (heading) this.heading(heading[1]!.length, heading[2]!, n);
    else if (!this.skip) this.body(line, n);
  }

  /** A line that is no heading. */
  private body(line: string, n: number): void {
    if (line === '') {
      if (this.more?.blanks) this.more.add('');
      else this.more = null;
      return;
    }
    const field = /^(?:\*\*|__)?([\p{L}-]+)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/u.exec(line);
    if (field && this.field(field[1]!, field[2]!.trim(), n)) return;
    const item = /^(?:\d+[.)]|[-*+])(?:\s+(.*))?$/.exec(line);
    if (this.section === 'nextSteps' && line.startsWith('|')) this.row(line, n);
    else if (item && (this.section === 'opportunities' || this.section === 'hubIdeas'))
      this.item(this.section, item[1]?.trim() ?? '', n);
    else if (this.more) this.more.add(line);
    else this.unexpected(n);
  }

  private unexpected(n: number): void {
    const lang = this.lang ?? 'nl';
    const expected = {
      top: () => sessionMessage.topLine(lang),
      themes: () => sessionMessage.themeLine(lang),
      nextSteps: () => sessionMessage.tableLine(lang),
      opportunities: sessionMessage.listLine,
      hubIdeas: sessionMessage.listLine,
    }[this.section]();
    this.problem('session_syntax', n, expected);
  }

  finish(): Read {
    const { data, places, lines } = this;
    if (data.region === undefined && this.titleRegion) {
      data.region = this.titleRegion.name;
      places.set('region', this.titleRegion.line);
    }
    for (const t of data.themes) t.why = t.why.trim();
    if (data.participants !== undefined) data.participants = data.participants.trim();
    const locate = (path: Path): Place => {
      for (let n = path.length; n > 0; n--) {
        const line = places.get(path.slice(0, n).join('.'));
        if (line !== undefined) return { line, what: quote(lines[line - 1]!) };
      }
      const name = TOP_FIELDS.find((f) => f === path[0]);
      return {
        line: 1,
        what: `no "${name ? SESSION_WORDS[name][this.lang ?? 'nl'] : String(path[0])}:" line`,
      };
    };
    return { data, locate };
  }

  private heading(level: number, title: string, n: number): void {
    this.more = null;
    this.skip = false;
    if (level === 1) {
      const [head, ...rest] = title.split(':');
      if (rest.length > 0 && this.word(head!, ['title']))
        this.titleRegion ??= { name: rest.join(':').trim(), line: n };
    } else if (level === 2) {
      const section = this.word(title, SECTIONS);
      if (section) this.section = section;
      else this.fail('session_syntax', n, sessionMessage.section(this.lang ?? 'nl'));
    } else if (level === 3 && this.section === 'themes') {
      const m = /^(.*?)\s*\[([^\]]*)\]$/.exec(title);
      const id = m?.[2]?.trim() ?? '';
      if (id === '') this.fail('session_theme', n, sessionMessage.themeHeading());
      else
        this.places.set(
          `themes.${this.data.themes.push({ id, title: m![1]!, recognised: null, why: '' }) - 1}`,
          n,
        );
    } else this.fail('session_syntax', n, sessionMessage.heading());
  }

  /** A `Keyword: value` line; false when the keyword is no field of this section. */
  private field(keyword: string, value: string, n: number): boolean {
    const theme = this.data.themes.at(-1);
    const at = `themes.${this.data.themes.length - 1}`;
    const key =
      this.section === 'top'
        ? this.word(keyword, TOP_FIELDS)
        : this.section === 'themes' && theme
          ? this.word(keyword, THEME_FIELDS)
          : undefined;
    if (!key) return false;
    this.more = null;
    if (!this.place(key === 'recognised' || key === 'why' ? `${at}.${key}` : key, n)) return true;
    if (key === 'recognised') {
      const recognised = recognisedValue(value);
      if (recognised !== undefined) theme!.recognised = recognised;
      else
        this.problem(
          'session_field',
          n,
          sessionMessage.recognised(norm(keyword) === 'herkend' ? 'nl' : 'en'),
        );
    } else if (key === 'why') {
      theme!.why = value;
      this.more = { add: (l) => (theme!.why = wrap(theme!.why, l)), blanks: true };
    } else {
      this.data[key] = value;
      if (key === 'participants')
        this.more = {
          add: (l) => (this.data.participants = wrap(this.data.participants ?? '', l)),
          blanks: true,
        };
    }
    return true;
  }

  private row(line: string, n: number): void {
    this.more = null;
    const cells = tableCells(line);
    if (cells.every((c) => c === '' || /^:?-+:?$/.test(c))) return;
    if (cells.length === 3 && cells.every((c, i) => this.word(c, [COLUMNS[i]!]))) return;
    if (cells.length !== 3) {
      this.problem('session_syntax', n, sessionMessage.cells(cells.length, this.lang ?? 'nl'));
      return;
    }
    const [action, owner, due] = cells as [string, string, string];
    this.places.set(`nextSteps.${this.data.nextSteps.push({ action, owner, due: due || null }) - 1}`, n);
  }

  private item(section: 'opportunities' | 'hubIdeas', text: string, n: number): void {
    this.more = null;
    if (text === '') return;
    const list = this.data[section];
    this.places.set(`${section}.${list.push(text) - 1}`, n);
    this.more = { add: (l) => (list[list.length - 1] = wrap(list.at(-1)!, l)), blanks: false };
  }

  /** The keyword among `words` that `value` is, in either language; notes the file's language. */
  private word<W extends SessionWord>(value: string, words: readonly W[]): W | undefined {
    const key = norm(value);
    for (const w of words) {
      const { nl, en, also } = SESSION_WORDS[w];
      if (key === norm(nl)) this.lang ??= 'nl';
      else if (key === norm(en) || also.some((a) => norm(a) === key)) this.lang ??= 'en';
      else continue;
      return w;
    }
    return undefined;
  }

  /** Record where a field is; false (and a problem) when it was given before. */
  private place(path: string, n: number): boolean {
    const first = this.places.get(path);
    if (first === undefined) this.places.set(path, n);
    else this.problem('session_field', n, sessionMessage.twice(first));
    return first === undefined;
  }

  private problem(code: string, n: number, text: string): void {
    this.issues.error(code, sessionMessage.at({ line: n, what: quote(this.lines[n - 1]!) }, text), {
      line: n,
    });
  }

  /** A heading that was not understood: report it and skip its lines. */
  private fail(code: string, n: number, text: string): void {
    this.problem(code, n, text);
    this.skip = true;
  }
}

/** Text that goes on over a line, as Markdown reads it: a line break is a space, a blank line a paragraph. */
function wrap(text: string, line: string): string {
  if (line === '') return text === '' || text.endsWith('\n\n') ? text : `${text}\n\n`;
  return text === '' || text.endsWith('\n') ? text + line : `${text} ${line}`;
}

/** `ja`, `deels`, `nee` (or English), null for empty or the template's hint, undefined for anything else. */
function recognisedValue(value: string): Recognised | null | undefined {
  const v = value.toLowerCase().replace(/\s*[/|]\s*/g, ' / ');
  if (v === '' || v === RECOGNISED_HINT.nl || v === RECOGNISED_HINT.en) return null;
  return RECOGNISED_WORDS[v];
}

/** The lines of the file with `<!-- … -->` comments blanked out, so line numbers stay. */
function withoutComments(text: string, issues: IssueList): string[] {
  let open: number | null = null;
  const lines = text.split(/\r?\n/).map((line, i) => {
    let out = '';
    let rest = line;
    while (rest !== '') {
      if (open !== null) {
        const end = rest.indexOf('-->');
        if (end < 0) return out;
        rest = rest.slice(end + 3);
        open = null;
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) return out + rest;
        out += rest.slice(0, start);
        rest = rest.slice(start + 4);
        open = i + 1;
      }
    }
    return out;
  });
  if (open !== null)
    issues.error(
      'session_syntax',
      sessionMessage.at({ line: open, what: '"<!--"' }, sessionMessage.comment()),
      {
        line: open,
      },
    );
  return lines;
}

/** The cells of a table row `| a | b | c |`; `\|` is a literal bar. */
function tableCells(line: string): string[] {
  const body = line.slice(1).replace(/(?<!\\)\|\s*$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** A keyword compared loosely: case, accents, spaces and punctuation aside. */
function norm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function quote(line: string): string {
  const s = line.trim();
  return `"${s.length > 60 ? `${s.slice(0, 59)}…` : s}"`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
