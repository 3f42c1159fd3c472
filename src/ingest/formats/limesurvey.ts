/**
 * LimeSurvey CSV (export-formats.md §2). One header row in one of three heading formats:
 *
 * - codes: `id, submitdate, lastpage, startlanguage, seed, …, Q1[SQ001]`;
 * - full text: `Response ID, Date submitted, Last page, Start language, …, Question [Subquestion]`
 *   (also abbreviated, which leaves these short names whole);
 * - code + text: `id. Response ID, submitdate. Date submitted, …` (header = code, alias = text).
 *
 * The first four columns are always id, submitdate, lastpage and startlanguage, in that order
 * (`createFieldMap` in LimeSurvey's common_helper.php), so a full-text export in a language whose
 * labels are not listed here is still recognised by its values in those four columns.
 */
import { parseDateTime } from '../dates.js';
import type { RawTable } from '../read/table.js';
import { cleanHeading, headingKey, metaIndices, toNormalized } from './headings.js';
import type { ExportFormat, Layout, NormalizedTable } from './types.js';

/** Metadata columns by code, in LimeSurvey's order (`createFieldMap`), and their English labels. */
const CODES: Record<string, string> = {
  id: 'Response ID',
  submitdate: 'Date submitted',
  lastpage: 'Last page',
  startlanguage: 'Start language',
  seed: 'Seed',
  token: 'Token',
  startdate: 'Date started',
  datestamp: 'Date last action',
  ipaddr: 'IP address',
  refurl: 'Referrer URL',
  interviewtime: 'Total time',
};
const FIRST_FOUR = ['id', 'submitdate', 'lastpage', 'startlanguage'];

/** Full-text label → code: English from LimeSurvey's source; German `Antwort ID` from export-formats.md §1. */
const LABELS = new Map<string, string>([
  ...Object.entries(CODES).map(([code, label]) => [label.toLowerCase(), code] as [string, string]),
  ['antwort id', 'id'],
]);

const LANGUAGE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/;

export const limesurvey: ExportFormat = {
  tool: 'limesurvey',
  detect(rows) {
    const head = rows[0];
    if (!head) return null;
    const keys = head.map(headingKey);
    if (FIRST_FOUR.every((c) => keys.includes(c))) return layout('code headings');
    const sep = codeTextSeparator(head);
    if (sep !== null && FIRST_FOUR.every((c) => keys.some((k) => k.startsWith(`${c}${sep}`))))
      return layout('code+text headings');
    if (FIRST_FOUR.every((c) => keys.some((k) => labelCode(k) === c))) return layout('full-text headings');
    if (startsLikeLimeSurvey(rows))
      return layout('full-text headings (recognised by its first four columns)');
    return null;
  },
  normalize(table: RawTable, at: Layout): NormalizedTable {
    const row = (table.records[0]?.cells ?? []).map(cleanHeading);
    let headers: string[];
    let aliases: string[][];
    let codes: (string | undefined)[];
    if (at.layout === 'code headings') {
      headers = row;
      codes = row.map((h) => h);
      aliases = row.map((h) => (Object.hasOwn(CODES, h) ? [CODES[h]!] : []));
    } else if (at.layout === 'code+text headings') {
      const sep = codeTextSeparator(row) ?? '. ';
      const split = row.map((h) => {
        const i = h.indexOf(sep);
        return i > 0 ? { code: h.slice(0, i), text: h.slice(i + sep.length).trim() } : { code: h, text: '' };
      });
      headers = split.map((s) => s.code);
      codes = headers;
      aliases = split.map((s) => (s.text ? [s.text] : []));
    } else {
      headers = row;
      const byPosition = at.layout.includes('first four');
      codes = row.map((h, i) => (byPosition && i < 4 ? FIRST_FOUR[i] : labelCode(h)));
      aliases = codes.map((c) => (c ? [c] : []));
    }
    const metaCodes = codes.map((c) => c?.toLowerCase());
    const at4 = (code: string) => headers[metaCodes.indexOf(code)];
    const timing = metaCodes.indexOf('interviewtime');
    return toNormalized(table, at, headers, aliases, {
      metaColumns: metaIndices(headers, (h, i) => {
        const code = metaCodes[i];
        if (code !== undefined && Object.hasOwn(CODES, code)) return true;
        // Timings follow the answers: groupTime<gid> and <question>Time, or "Group time: …" in full text.
        return timing >= 0 && i > timing && /^(groupTime\d+|\S+Time|Group time: .*)$/.test(codes[i] ?? h);
      }),
      respondentId: at4('id'),
      complete: at4('submitdate') === undefined ? undefined : { column: at4('submitdate')! },
      timestamp: at4('submitdate'),
      dateOrder: 'dmy',
    });
  },
};

/** The code of a full-text metadata label; `headerSpacesToUnderscores` may have written `Response_ID`. */
function labelCode(heading: string): string | undefined {
  return LABELS.get(heading.toLowerCase().replaceAll('_', ' '));
}

function layout(name: string): Layout {
  return { tool: 'limesurvey', layout: name, headerRows: 1 };
}

/** The separator after `id` in a code+text heading (`id. Response ID` → `. `), or null. */
function codeTextSeparator(head: readonly string[]): string | null {
  const m = /^id([^A-Za-z0-9_[\]]+)\S/.exec(cleanHeading(head[0] ?? ''));
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * True when the first four columns hold what LimeSurvey writes there: a response number, a submit
 * date or nothing, a page number or nothing, a language code; checked on every data record given.
 */
function startsLikeLimeSurvey(rows: readonly (readonly string[])[]): boolean {
  const [head, ...data] = rows;
  if (!head || head.length < 4 || head.slice(0, 4).some((h) => cleanHeading(h) === '') || data.length === 0)
    return false;
  return data.every((cells) => {
    const [id = '', submitted = '', page = '', language = ''] = cells.map((c) => c.trim());
    return (
      /^\d+$/.test(id) &&
      (submitted === '' || (parseDateTime(submitted, 'dmy') ?? parseDateTime(submitted, 'mdy')) !== null) &&
      /^\d*$/.test(page) &&
      LANGUAGE.test(language)
    );
  });
}
