/** CSV text as RFC 4180 writes it, with LF line ends: quote a field only when it needs it. */

/** A field as written: quoted (with `"` doubled) when it holds a comma, a quote, CR or LF. */
export function toCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV text, each record ended by `\n`. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(toCsvField).join(',')}\n`;
  return text;
}
