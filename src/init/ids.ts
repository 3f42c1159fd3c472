/** Question and scale ids derived from column codes or question texts: valid, short and unique. */

const ID = /^[A-Za-z][A-Za-z0-9_.]*$/;

/** Longest id derived from a question text (a column code is kept whole when it is valid). */
const MAX_TEXT_ID = 24;

/**
 * An id for a column: a code such as `Q1[SQ001]` becomes `Q1_SQ001`; a question text such as
 * "In welke regio woont u?" becomes `in_welke_regio_woont_u` (cut at a word, at most 24 characters).
 * An id never starts with a digit: `q` is put in front (`1` → `q1`; empty → `q`).
 */
export function toId(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();
  if (ID.test(ascii)) return ascii;
  const isText = /\s/.test(ascii);
  let id = (isText ? ascii.toLowerCase() : ascii)
    .replace(/[^A-Za-z0-9_.]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|[_.]+$/g, '');
  if (isText && id.length > MAX_TEXT_ID) {
    const cut = id.slice(0, MAX_TEXT_ID + 1);
    const at = cut.lastIndexOf('_');
    id = (at > 0 ? cut.slice(0, at) : cut.slice(0, MAX_TEXT_ID)).replace(/[_.]+$/, '');
  }
  if (!/^[A-Za-z]/.test(id)) id = `q${id}`;
  return id;
}

/** Hands out ids, adding `_2`, `_3`… when one is taken (case-insensitively, as headings are matched). */
export class IdPool {
  private readonly taken = new Set<string>();

  /** Reserve `ids` so later `take` calls never hand them out. */
  constructor(ids: readonly string[] = []) {
    for (const id of ids) this.taken.add(id.toLowerCase());
  }

  /** A free id based on `wanted` (made valid with `toId`). */
  take(wanted: string): string {
    const base = toId(wanted);
    let id = base;
    for (let n = 2; this.taken.has(id.toLowerCase()); n++) id = `${base}_${n}`;
    this.taken.add(id.toLowerCase());
    return id;
  }
}
