/**
 * An independent count of a CSV's records, over the decoded text as it streams: a check on the
 * parser, not a second parser. It follows the grammar papaparse reads (a quote opens a value only
 * at the start of a field; `""` inside a quoted value is a quote; a quote closes the value when
 * white space and then a delimiter, a line end or the end of the file follow, else it is text), so
 * on a sound file both counts agree and a difference means records were lost or merged on the way
 * (pieces cut inside a quoted value, line ends unified, records skipped), never a matter of taste.
 * It jumps from quote to quote and line end to line end with `indexOf`, so it costs a few percent
 * of parsing.
 */
const QUOTE = 34;

export class RecordCounter {
  /** Record ends seen outside quoted values. */
  private ends = 0;
  /** Characters after the last record end: the last record has no line end of its own. */
  private tail = false;
  private quoted = false;
  /** The character before the next piece; -1 at the start of the file. */
  private previous = -1;
  /** A quote at the end of a piece, kept until the next piece shows what follows it. */
  private carry = '';
  /** Characters of the quoted value still open at the end of the last piece (0 when none is). */
  openLength = 0;
  /** The record (1-based, header included) where that value opened. */
  openRecord = 0;
  private readonly delimiter: number;
  private readonly newline: string;

  constructor(delimiter: string, newline: string) {
    this.delimiter = delimiter.charCodeAt(0);
    this.newline = newline;
  }

  /** Count the records in the next piece of text. */
  push(piece: string): void {
    const text = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    const length = text.length;
    const nl = this.newline;
    const nlCode = nl.charCodeAt(0);
    let pos = 0;
    // The next line end at or after `pos` (kept across quotes: most values are short).
    let next = -2;
    // Where the open quoted value starts in this piece (0: it opened in an earlier one).
    let openAt = 0;
    while (pos < length) {
      if (!this.quoted) {
        const q = text.indexOf('"', pos);
        const end = q < 0 ? length : q;
        let last = -1;
        if (next !== -1 && next < pos) next = text.indexOf(nl, pos);
        for (; next >= 0 && next < end; next = text.indexOf(nl, next + 1)) {
          this.ends++;
          last = next;
        }
        if (last >= 0) this.tail = last < end - 1;
        else if (end > pos) this.tail = true;
        if (q < 0) break;
        const before = q > 0 ? text.charCodeAt(q - 1) : this.previous;
        if (before === -1 || before === this.delimiter || before === nlCode) {
          this.quoted = true;
          this.openRecord = this.ends + 1;
          this.openLength = 0;
          openAt = q + 1;
        }
        this.tail = true;
        pos = q + 1;
        continue;
      }
      const q = text.indexOf('"', pos);
      if (q < 0) break;
      let i = q + 1;
      if (i < length && text.charCodeAt(i) === QUOTE) {
        pos = i + 1;
        continue;
      }
      while (i < length && !this.isEnd(text.charCodeAt(i)) && isSpace(text.charCodeAt(i))) i++;
      if (i === length) {
        // What follows the quote is in the next piece.
        this.carry = text.slice(q);
        this.previous = q > 0 ? text.charCodeAt(q - 1) : this.previous;
        this.openLength += q - openAt;
        return;
      }
      if (this.isEnd(text.charCodeAt(i))) {
        this.quoted = false;
        this.openLength = 0;
      }
      pos = q + 1;
    }
    if (this.quoted) this.openLength += length - openAt;
    this.previous = text.charCodeAt(length - 1);
  }

  /** Record ends counted so far (outside quoted values). */
  get recordEnds(): number {
    return this.ends;
  }

  /** True when the text so far ends a record: outside any quoted value, after a line end. */
  atRecordStart(): boolean {
    return (
      !this.quoted && this.carry === '' && this.previous === this.newline.charCodeAt(this.newline.length - 1)
    );
  }

  /** The number of records in the file, blank ones included; call after the last piece. */
  finish(): number {
    if (this.carry !== '') this.tail = true;
    return this.ends + (this.tail ? 1 : 0);
  }

  private isEnd(code: number): boolean {
    return code === this.delimiter || code === this.newline.charCodeAt(0);
  }
}

/** White space as `String.prototype.trim` sees it (papaparse allows it after a closing quote). */
function isSpace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code));
}
